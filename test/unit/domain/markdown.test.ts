/**
 * Markdown the domain writes (the bundle's README.md and CHECKLIST.md, the checklist
 * command) rendered the way GitHub renders it (CommonMark + GFM, raw HTML passed through so
 * any leak shows): names from users stay text, never elements, links or emphasis.
 */
import { describe, expect, test } from 'vitest';
import { bundleEntries } from '../../../src/domain/bundle/build-bundle';
import { buildChecklist } from '../../../src/domain/checklist/build-checklist';
import { code, codeList } from '../../../src/domain/checklist/code-span';
import { formatChecklistMarkdown } from '../../../src/domain/checklist/format-markdown';
import { markdownCode, markdownMessage, markdownText } from '../../../src/domain/generators/formats/markdown';
import type { Plan } from '../../../src/domain/plan/schema';
import { makePlan } from '../../helpers/plans';
import { allowedTags, markdownProblems, renderMarkdown as render } from './markdown-check';

/** Names that are Markdown or HTML in disguise; every one is a valid plan name. */
const hostile = [
	'<img src=x onerror=alert(1)>',
	'[Download the fix](https://evil.example/fix.exe)',
	'https://evil.example/fix.exe',
	'www.evil.com',
	'mail evil@evil.com now',
	'<https://evil.example>',
	'![pixel](https://evil.example/p.png)',
	'`a` **b** _c_ ~~d~~ ``e``',
	'`',
	'x``',
	'\\',
	'a\\`<b>`',
	'&lt;script&gt; &#60;i&#62;',
	'<!-- hide -->',
	'$\\alpha$ | a | b |',
	'[x][ref] [ref]: https://evil.example',
	'# heading - list > quote',
	'evil.com//evil:evil',
] as const;

const permalink = 'https://lbacademy.invalid/planner/#plan=1.abc--def';

function expectInert(markdown: string, names: readonly string[]): void {
	expect(markdownProblems(markdown, permalink), markdown).toEqual([]);
	const { text, html } = render(markdown);
	for (const name of names) expect(text, html).toContain(name);
}

function hostilePlan(name: string): Plan {
	// Two backoffice servers behind the load balancer: rules name them in their findings.
	return makePlan({
		name,
		servers: [
			{ id: 'admin', name: `${name} admin`, host: 'admin.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true, instances: 2 },
			{ id: 'web-1', name, host: 'www.evil.com', kind: 'backoffice', role: 'subscriber', behindLoadBalancer: true, database: 'read-only-login' },
			{ id: 'web-2', name: `2 ${name}`, host: 'web2.internal', kind: 'frontend', role: 'single', settings: { keepAliveSettings: true } },
		],
		engage: { cmServer: 'admin', authCookieDomain: '.evil.com' },
		umbraco: '13.5.2-www.evil.com',
	});
}

describe.each(hostile)('the name %j', (name) => {
	const plan = hostilePlan(name);
	const entries = bundleEntries({ plan, planInput: plan, diagramSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>', permalink });
	const file = (path: string) => entries.find((e) => e.path === path)!.contents;

	test('stays text in README.md (headings, findings, apply steps)', () => {
		expectInert(file('README.md'), [name, `${name} admin`, `2 ${name}`, '13.5.2-www.evil.com']);
	});

	test('stays text in CHECKLIST.md', () => {
		expectInert(file('CHECKLIST.md'), [name, `${name} admin`, `2 ${name}`]);
		expectInert(formatChecklistMarkdown(buildChecklist(plan), plan), [name]);
	});
});

describe('one escaping path', () => {
	const values = [...hostile, ' padded ', '', 'lone\rreturn', 'nul\u0000esc\u001Bdel\u007Fnel\u0085ls\u2028ps\u2029', 'tab\there'];

	test.each(values)('markdownCode(%j) is one code span holding the value', (value) => {
		const span = markdownCode(value);
		expect(span).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
		const { tags, html } = render(`x ${span} y`);
		expect(tags, html).toEqual(['p', 'code', 'code', 'p']);
	});

	test.each(values)('markdownText(%j) renders as the literal text', (value) => {
		const escaped = markdownText(value);
		expect(escaped).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
		const { tags, text, html } = render(`x ${escaped} y`);
		expect(tags, html).toEqual(['p', 'p']);
		expect(text.trim(), html).toBe(`x ${value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')} y`.trim());
	});

	test('the checklist’s code spans are the same function', () => {
		expect(code).toBe(markdownCode);
		expect(codeList(['a`b', '<c>'])).toBe('``a`b``, `<c>`');
	});

	test('a lone carriage return cannot end a code span line', () => {
		expect(markdownCode('a\rb')).toBe('`a b`');
		expect(render(`- ${markdownCode('a\r<img src=x>')}`).tags).toEqual(['ul', 'li', 'code', 'code', 'li', 'ul']);
	});

	test('tool messages keep their code spans; the rest is escaped text', () => {
		expect(markdownMessage('Set `Umbraco:CMS:X` on <b>Web_1</b>.')).toBe('Set `Umbraco:CMS:X` on \\<b\\>Web\\_1\\</b\\>.');
		for (const name of hostile) {
			const { tags, hrefs, html } = render(`- ${markdownMessage(`\`true\` on ${name}, the CM server; set \`Key\`.`)}`);
			expect(tags.filter((t) => !allowedTags.has(t) || t === 'a'), html).toEqual([]);
			expect(hrefs, html).toEqual([]);
		}
	});
});
