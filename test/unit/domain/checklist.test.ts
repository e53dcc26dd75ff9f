import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../../src/domain/checklist/build-checklist';
import { code } from '../../../src/domain/checklist/code-span';
import { formatChecklistMarkdown } from '../../../src/domain/checklist/format-markdown';
import { checklistGroupIds } from '../../../src/domain/checklist/types';
import { validatePlan } from '../../../src/domain/plan/parse';
import { presets } from '../../../src/domain/presets/index';
import { ruleIds } from '../../../src/domain/rules/rule-ids';
import { sourceIds } from '../../../src/domain/sources/source-catalogue';
import { makePlan, patchServer } from '../../helpers/plans';

const texts = (plan: ReturnType<typeof makePlan>) => buildChecklist(plan).groups.flatMap((g) => g.items.map((i) => i.text)).join('\n');

describe('code', () => {
	test.each([
		['plain', '`plain`'],
		['a`b', '``a`b``'],
		['`edge', '`` `edge ``'],
		['two\nlines', '`two lines`'],
		['lone\rreturn', '`lone return`'],
		['nul\u0000tab\t', '`nul tab `'],
		[' both ', '`  both  `'],
	])('wraps %j as %s', (value, expected) => expect(code(value)).toBe(expected));
});

describe('buildChecklist', () => {
	test.each(presets.map((p) => [p.id, p.plan] as const))('%s: groups in order, unique ids, known rules and sources', (_, input) => {
		const result = validatePlan(input);
		if (!result.ok) throw new Error('preset invalid');
		const checklist = buildChecklist(result.plan);
		const order = checklist.groups.map((g) => checklistGroupIds.indexOf(g.id));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		const items = checklist.groups.flatMap((g) => g.items);
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
		for (const item of items) {
			if (item.rule) expect(ruleIds).toContain(item.rule);
			for (const source of item.sources) expect(sourceIds).toContain(source);
		}
		for (const server of result.plan.servers) expect(items.some((i) => i.server === server.id)).toBe(true);
	});

	test('names each version’s own keys', () => {
		const azure = { hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' } } as const;
		expect(texts(makePlan({ ...azure, umbraco: '7.7.3' }))).toContain('umbracoLocalTempStorage = EnvironmentTemp');
		expect(texts(makePlan({ ...azure, umbraco: '7.6.1' }))).toContain('umbracoContentXMLStorage = EnvironmentTemp');
		expect(texts(makePlan({ ...azure, umbraco: '8.18.8' }))).toContain('Umbraco.Core.LocalTempStorage = EnvironmentTemp');
		expect(texts(makePlan({ ...azure, umbraco: '13.5.2' }))).toContain('Umbraco:CMS:Hosting:LocalTempStorageLocation = EnvironmentTemp');
		expect(texts(makePlan({ ...azure, umbraco: '9.2.0' }))).toContain('`SqlMainDomLock`');
		expect(texts(makePlan({ ...azure, umbraco: '9.5.0' }))).toContain('`FileSystemMainDomLock`');
	});

	test('tells 8.6.0–8.6.3 replicas, not the Master, to turn overlapped recycling off', () => {
		const plan = makePlan({ umbraco: '8.6.2', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' } });
		const items = buildChecklist(plan).groups.flatMap((g) => g.items).filter((i) => i.id.endsWith('.overlap'));
		expect(items.map((i) => i.server)).toEqual(['web-1', 'web-2']);
	});

	test('has upgrade steps per version family', () => {
		const upgrade = (umbraco: string) => buildChecklist(makePlan({ umbraco })).groups.find((g) => g.id === 'upgrades')!.items[0]!;
		expect(upgrade('7.15.10').rule).toBe('R55');
		expect(upgrade('8.11.0').rule).toBe('R55');
		expect(upgrade('8.12.0').text).toContain('Umbraco.Core.ConfigurationStatus');
		expect(upgrade('13.5.2').text).toContain('Umbraco:CMS:Unattended:UpgradeUnattended = true');
	});

	test('adds the Engage group only for Engage plans', () => {
		expect(buildChecklist(makePlan()).groups.some((g) => g.id === 'engage')).toBe(false);
		expect(buildChecklist(makePlan({ engage: { cmServer: 'admin' } })).groups.some((g) => g.id === 'engage')).toBe(true);
	});
});

describe('formatChecklistMarkdown', () => {
	test('keeps names from users literal', () => {
		const plan = makePlan({ name: '# Big *plan*', servers: patchServer('web-1', { name: '<img src=x onerror=alert(1)>' }) });
		const markdown = formatChecklistMarkdown(buildChecklist(plan), plan);
		expect(markdown).toContain('# Checklist: `# Big *plan*`');
		expect(markdown).toContain('### `<img src=x onerror=alert(1)>` (`web-1`)');
		expect(markdown).not.toMatch(/(^|[^`])<img/m);
		expect(markdown).toContain('route it to `<img src=x onerror=alert(1)>`, `Web 2`');
	});

	test('writes one task per item', () => {
		const plan = makePlan();
		const checklist = buildChecklist(plan);
		const tasks = formatChecklistMarkdown(checklist, plan).match(/^- \[ \] /gm) ?? [];
		expect(tasks.length).toBe(checklist.groups.reduce((n, g) => n + g.items.length, 0));
	});
});
