/**
 * The guided scenarios stay true: each runs to every step's second and the state and log
 * entries its caption talks about are there. Also checks shape (steps in order, short plain
 * captions, official role names) and that lesson links point at real headings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findGuidedScenario, guidedScenarios, type GuidedScenario } from '../../../src/machines/guided';
import type { LogEntry } from '../../../src/machines/log';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';
import type { Scenario } from '../../../src/machines/scenario/scenario-types';
import { runScenario, simulate } from '../../../src/machines/simulate';
import { defaultSettings } from '../../../src/machines/settings';
import { getVersionProfile } from '../../../src/machines/versions/version-profile';

const root = join(import.meta.dirname, '../../..');

function validated(guided: GuidedScenario): Scenario {
	const validation = validateScenario(guided.scenario);
	if (!validation.ok) throw new Error(`${guided.id}: ${JSON.stringify(validation.issues)}`);
	return validation.scenario;
}

const runTo = (guided: GuidedScenario, at: number) => runScenario({ ...validated(guided), until: at });
const guided = (id: string): GuidedScenario => findGuidedScenario(id)!;
type Expected = Partial<LogEntry> & { readonly t: number; readonly server: string; readonly type: LogEntry['type'] };

/**
 * Per scenario, per step: log entries the caption names, each expected after the previous
 * step's second and no later than this step's.
 */
const captionEvents: Record<string, readonly (readonly Expected[])[]> = {
	'farm-election': [
		[{ t: 0, server: 'admin', type: 'boot', mode: 'cold' }, { t: 5, server: 'web1', type: 'boot', mode: 'cold' }, { t: 10, server: 'web2', type: 'boot', mode: 'cold' }],
		[{ t: 15, server: 'admin', type: 'touch' }, { t: 15, server: 'admin', type: 'role', role: 'Single' }],
		[{ t: 20, server: 'web1', type: 'role', role: 'Subscriber' }, { t: 25, server: 'web2', type: 'role', role: 'Subscriber' }],
		[{ t: 75, server: 'admin', type: 'role', role: 'SchedulingPublisher' }],
		[{ t: 152, server: 'admin', type: 'write', rows: [1], count: 2 }],
		[{ t: 155, server: 'web1', type: 'apply', instruction: 1 }, { t: 155, server: 'web2', type: 'apply', instruction: 1 }],
		[{ t: 180, server: 'admin', type: 'job', job: 'scheduledPublishing' }],
	],
	'publisher-failover': [
		[{ t: 180, server: 'admin', type: 'job', job: 'scheduledPublishing' }, { t: 195, server: 'admin', type: 'touch' }],
		[{ t: 200, server: 'admin', type: 'crash' }],
		[{ t: 260, server: 'web1', type: 'touch' }, { t: 265, server: 'web2', type: 'touch' }],
		[{ t: 320, server: 'web1', type: 'deactivate', target: 'admin' }],
		[{ t: 325, server: 'web2', type: 'role', role: 'SchedulingPublisher' }],
		[{ t: 370, server: 'web2', type: 'job', job: 'scheduledPublishing' }],
		[{ t: 400, server: 'admin', type: 'boot', mode: 'warm' }, { t: 415, server: 'admin', type: 'role', role: 'Subscriber' }],
	],
	'subscriber-cold-boot': [
		[{ t: 0, server: 'admin', type: 'boot', mode: 'cold' }, { t: 0, server: 'web1', type: 'boot', mode: 'cold' }, { t: 0, server: 'web2', type: 'boot', mode: 'cold' }],
		[{ t: 30, server: 'admin', type: 'write', rows: [1] }, { t: 60, server: 'web1', type: 'apply', instruction: 1 }, { t: 60, server: 'web2', type: 'apply', instruction: 1 }],
		[{ t: 90, server: 'web1', type: 'stop' }, { t: 100, server: 'admin', type: 'write', count: 400 }, { t: 100, server: 'web2', type: 'apply', instruction: 2 }, { t: 110, server: 'web2', type: 'stop' }],
		[{ t: 120, server: 'admin', type: 'write', rows: [3], count: 700 }],
		[{ t: 200, server: 'web1', type: 'boot', mode: 'cold' }, { t: 200, server: 'web2', type: 'boot', mode: 'warm' }],
		[{ t: 230, server: 'admin', type: 'write', rows: [4] }, { t: 260, server: 'web1', type: 'apply', instruction: 4 }, { t: 260, server: 'web2', type: 'apply', instruction: 3 }, { t: 260, server: 'web2', type: 'apply', instruction: 4 }],
	],
	'subscriber-database-failure': [
		[{ t: 100, server: 'admin', type: 'write', rows: [1] }, { t: 100, server: 'web1', type: 'apply', instruction: 1 }, { t: 100, server: 'web2', type: 'apply', instruction: 1 }],
		[],
		[{ t: 200, server: 'admin', type: 'write', rows: [2] }, { t: 200, server: 'web1', type: 'apply', instruction: 2 }],
		[],
		[{ t: 315, server: 'admin', type: 'deactivate', target: 'web2' }],
		[{ t: 400, server: 'web2', type: 'apply', instruction: 2 }],
		[{ t: 445, server: 'web2', type: 'touch' }],
	],
	'overlapping-recycle': [
		[{ t: 100, server: 'admin', type: 'write', rows: [1] }, { t: 100, server: 'web1', type: 'apply', instruction: 1 }],
		[{ t: 201, server: 'admin', type: 'start' }, { t: 201, server: 'admin', type: 'write', rows: [2] }],
		[{ t: 202, server: 'admin', type: 'stop' }, { t: 202, server: 'admin', type: 'boot', mode: 'warm' }],
		[{ t: 217, server: 'admin', type: 'role', role: 'SchedulingPublisher' }],
		[{ t: 240, server: 'admin', type: 'write', rows: [3] }, { t: 262, server: 'admin', type: 'apply', instruction: 2 }],
	],
	'v17-load-balanced-backoffice': [
		[{ t: 0, server: 'node-1', type: 'role', role: 'SchedulingPublisher' }, { t: 4, server: 'node-3', type: 'role', role: 'SchedulingPublisher' }],
		[{ t: 72, server: 'node-2', type: 'job', job: 'webhookFiring' }],
		[{ t: 90, server: 'node-2', type: 'write', rows: [1] }, { t: 95, server: 'node-3', type: 'write', rows: [2] }],
		[{ t: 122, server: 'node-2', type: 'job', job: 'scheduledPublishing' }, { t: 124, server: 'node-3', type: 'job', job: 'cacheInstructionsPruning' }],
		[{ t: 200, server: 'node-1', type: 'crash' }],
		[{ t: 247, server: 'node-2', type: 'job', job: 'scheduledPublishing' }],
	],
	'publisher-lost-maindom': [
		[{ t: 120, server: 'admin', type: 'write', rows: [1] }, { t: 120, server: 'web1', type: 'apply', instruction: 1 }, { t: 120, server: 'web2', type: 'apply', instruction: 1 }],
		[{ t: 201, server: 'admin', type: 'start' }, { t: 202, server: 'admin', type: 'stop' }],
		[{ t: 240, server: 'admin', type: 'write', rows: [], count: 2 }],
		[{ t: 320, server: 'web1', type: 'deactivate', target: 'admin' }, { t: 325, server: 'web2', type: 'role', role: 'SchedulingPublisher' }],
		[{ t: 400, server: 'web2', type: 'write', rows: [2] }, { t: 400, server: 'web1', type: 'apply', instruction: 2 }],
		[],
	],
	'v17-no-application-url': [
		[{ t: 10, server: 'web2', type: 'role', role: 'Unknown' }],
		[],
		[],
		[{ t: 150, server: 'admin', type: 'write', rows: [1] }, { t: 150, server: 'web1', type: 'apply', instruction: 1 }, { t: 150, server: 'web2', type: 'apply', instruction: 1 }],
		[{ t: 190, server: 'admin', type: 'job', job: 'scheduledPublishing' }, { t: 255, server: 'web1', type: 'job', job: 'scheduledPublishing' }],
		[],
	],
};

const cases = guidedScenarios.map((entry) => [entry.id, entry] as const);
const serverIds = (entry: GuidedScenario) => new Set(validated(entry).servers.map((server) => server.id));

describe('guided scenarios: shape', () => {
	test('ids are unique kebab-case names of their files, and every scenario has caption events listed here', () => {
		const ids = guidedScenarios.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			expect(existsSync(join(root, 'src/machines/guided', `${id}.ts`))).toBe(true);
			expect(Object.keys(captionEvents)).toContain(id);
		}
	});

	test.each(cases)('%s is a valid scenario of at most an hour with 4–8 steps in time order', (_id, entry) => {
		const validation = validateScenario(entry.scenario);
		expect(validation.ok && validation.warnings).toEqual([]);
		const scenario = validated(entry);
		expect(scenario.until).toBeLessThanOrEqual(3600);
		expect(entry.steps.length).toBeGreaterThanOrEqual(4);
		expect(entry.steps.length).toBeLessThanOrEqual(8);
		entry.steps.forEach((step, index) => {
			expect(step.at).toBeGreaterThanOrEqual(index === 0 ? 0 : entry.steps[index - 1]!.at + 1);
			expect(step.at).toBeLessThanOrEqual(scenario.until);
		});
	});

	test.each(cases)('%s has short plain captions naming only its own servers and official roles', (_id, entry) => {
		const scenario = validated(entry);
		const official = new Set(Object.values(getVersionProfile(scenario.umbraco, defaultSettings).roleNames));
		const ids = serverIds(entry);
		for (const text of [entry.title, entry.summary, ...entry.steps.flatMap((step) => [step.title, step.caption])]) {
			expect(text.trim()).not.toBe('');
			expect(text).not.toMatch(/[`*_#[\]<>]/);
		}
		for (const step of entry.steps) {
			const sentences = step.caption.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');
			expect(sentences.length, step.caption).toBeGreaterThanOrEqual(1);
			expect(sentences.length, step.caption).toBeLessThanOrEqual(3);
			for (const id of [...(step.focus ?? []), ...(step.checks ?? []).map((check) => check.server)]) expect(ids).toContain(id);
			for (const check of step.checks ?? []) if (typeof check.role === 'string') expect(official).toContain(check.role);
			if (!scenario.umbraco.startsWith('8.')) expect(step.caption).not.toMatch(/\b(?:Master|Slave|Replica)\b/);
		}
	});
});

describe('guided scenarios: captions match the simulation', () => {
	test.each(cases)('%s: every check holds at its step', (_id, entry) => {
		for (const step of entry.steps) {
			const { final } = runTo(entry, step.at);
			for (const { server, ...facts } of step.checks ?? []) {
				expect(final.servers[server], `${entry.id} at ${step.at} s, ${server}`).toMatchObject(facts);
			}
		}
	});

	test.each(cases)('%s: the log entries each caption names happen before its step', (id, entry) => {
		const expected = captionEvents[id]!;
		expect(expected).toHaveLength(entry.steps.length);
		const { log } = runTo(entry, entry.steps.at(-1)!.at);
		entry.steps.forEach((step, index) => {
			const after = index === 0 ? -1 : entry.steps[index - 1]!.at;
			const window = log.filter((e) => e.t > after && e.t <= step.at);
			for (const wanted of expected[index]!) expect(window, `${id} step ${index + 1}`).toContainEqual(expect.objectContaining(wanted));
		});
	});
});

describe('guided scenarios: further claims of the captions', () => {
	const logOf = (id: string, until?: number) => runTo(guided(id), until ?? validated(guided(id)).until).log;
	const ofType = (log: readonly LogEntry[], type: LogEntry['type']) => log.filter((e) => e.type === type);

	test('farm-election: scheduled publishing runs on admin only', () => {
		const runs = logOf('farm-election').filter((e) => e.type === 'job' && e.job === 'scheduledPublishing');
		expect(new Set(runs.map((e) => e.server))).toEqual(new Set(['admin']));
		expect(logOf('farm-election', 155).filter((e) => e.type === 'apply' && e.server === 'admin')).toEqual([]);
	});

	test('publisher-failover: no scheduled publishing between the crash and the new publisher', () => {
		const runs = logOf('publisher-failover').filter((e) => e.type === 'job' && e.job === 'scheduledPublishing' && e.t > 200 && e.t < 370);
		expect(runs).toEqual([]);
		expect(logOf('publisher-failover', 320).filter((e) => e.type === 'role' && e.t > 200)).toEqual([]);
	});

	test('pinned scenarios never touch umbracoServer, and web1 never applies the rows it skipped', () => {
		expect(ofType(logOf('subscriber-cold-boot'), 'touch')).toEqual([]);
		expect(ofType(logOf('v17-load-balanced-backoffice'), 'touch')).toEqual([]);
		const web1 = logOf('subscriber-cold-boot').filter((e) => e.type === 'apply' && e.server === 'web1');
		expect(web1.map((e) => (e.type === 'apply' ? e.instruction : 0))).toEqual([1, 4]);
	});

	test('subscriber-database-failure: web2 neither touches nor applies while its database is down', () => {
		const down = logOf('subscriber-database-failure').filter((e) => e.server === 'web2' && e.t >= 150 && e.t < 400);
		expect(down.filter((e) => e.type === 'touch' || e.type === 'apply')).toEqual([]);
	});

	test('overlapping-recycle: the new process skips the row it wrote itself', () => {
		const applied = logOf('overlapping-recycle').filter((e) => e.type === 'apply' && e.server === 'admin');
		expect(applied.map((e) => (e.type === 'apply' ? e.instruction : 0))).toEqual([2]);
	});

	test('overlapping-recycle: in Umbraco 8 the old process hands over in the second the new one starts', () => {
		const scenario = guided('overlapping-recycle').scenario as Record<string, unknown>;
		const { log } = simulate({ ...scenario, umbraco: '8.18.8', until: 205 });
		const admin = log.filter((e) => e.server === 'admin' && e.t >= 201);
		expect(admin).toContainEqual({ t: 201, server: 'admin', type: 'stop' });
		expect(admin).toContainEqual({ t: 201, server: 'admin', type: 'boot', mode: 'warm' });
	});

	test('v17-load-balanced-backoffice: no job runs before the first at 72 s', () => {
		expect(ofType(logOf('v17-load-balanced-backoffice', 72), 'job')).toEqual([{ t: 72, server: 'node-2', type: 'job', job: 'webhookFiring' }]);
	});

	test('v17-no-application-url: nobody ever touches; 17.3 would have elected by 90 s and 17.6 by 25 s', () => {
		expect(ofType(logOf('v17-no-application-url'), 'touch')).toEqual([]);
		const scenario = guided('v17-no-application-url').scenario as Record<string, unknown>;
		const rolesAt = (umbraco: string, until: number) => Object.values(simulate({ ...scenario, umbraco, until }).final.servers).map((s) => s.role);
		expect(rolesAt('17.3.2', 90)).toEqual(['Single', 'Subscriber', 'Subscriber']);
		expect(rolesAt('17.6.0', 25)).toEqual(['Single', 'Subscriber', 'Subscriber']);
	});
});

describe('guided scenarios: the publisher that lost MainDom', () => {
	const scenario = () => guided('publisher-lost-maindom').scenario as Record<string, unknown>;
	const adminAfterRecycle = (log: readonly LogEntry[]) => log.filter((e) => e.server === 'admin' && e.t >= 201);

	test('17.6: the new admin process never boots, touches or applies; only its distributed job host carries on', () => {
		const log = simulate(scenario()).log;
		const types = new Set(adminAfterRecycle(log).filter((e) => e.t > 202).map((e) => e.type));
		expect([...types].filter((type) => ['boot', 'touch', 'apply'].includes(type))).toEqual([]);
		// v17's distributed job host takes no notice of MainDom [runtime semantics §5, inferred].
		expect(types.has('job')).toBe(true);
		expect(log.filter((e) => e.type === 'boot' && e.server === 'admin')).toEqual([{ t: 0, server: 'admin', type: 'boot', mode: 'cold' }]);
		expect(log.filter((e) => e.server !== 'admin' && e.type === 'apply').map((e) => (e.type === 'apply' ? e.instruction : 0))).toEqual([1, 1, 2]);
	});

	test('17.7 writes the publish at 240 s as row 2 and both front-ends apply it in that second; admin still reads nothing', () => {
		const { log, final } = simulate({ ...scenario(), umbraco: '17.7.0' });
		expect(log).toContainEqual({ t: 240, server: 'admin', type: 'write', rows: [2], count: 2 });
		expect(log).toContainEqual({ t: 240, server: 'web1', type: 'apply', instruction: 2 });
		expect(log).toContainEqual({ t: 240, server: 'web2', type: 'apply', instruction: 2 });
		expect(final.servers['admin']).toEqual({ role: 'Unknown', running: true, lastSynced: null });
		expect(final.servers['web1']!.lastSynced).toBe(3);
	});

	test('18.1 behaves as 17.6 and 18.2 as 17.7; 13.13 never got the fix', () => {
		const rowsAt240 = (umbraco: string) => simulate({ ...scenario(), umbraco }).log.flatMap((e) => (e.type === 'write' && e.t === 240 ? [e.rows] : []));
		expect(rowsAt240('18.1.0')).toEqual([[]]);
		expect(rowsAt240('18.2.0')).toEqual([[2]]);
		expect(rowsAt240('13.13.0')).toEqual([[]]);
	});

	test('a recycle that hands MainDom over keeps writing on 17.6', () => {
		const events = (scenario()['events'] as Record<string, unknown>[]).map((e) => (e['do'] === 'recycle' ? { at: e['at'], server: e['server'], do: 'recycle' } : e));
		const { log } = simulate({ ...scenario(), events });
		expect(log).toContainEqual({ t: 240, server: 'admin', type: 'write', rows: [2], count: 2 });
	});
});

describe('guided scenarios: lesson links', () => {
	// Heading ids as Astro makes them (github-slugger): lower case, punctuation dropped, spaces to dashes.
	const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '').replace(/\s/g, '-');
	const lessonFiles = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? lessonFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));

	test.each(cases.filter(([, entry]) => entry.lesson !== undefined))('%s links to an existing lesson heading', (_id, entry) => {
		const match = /^\/lessons\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(entry.lesson!);
		expect(match).not.toBeNull();
		const file = lessonFiles(join(root, 'content/lessons')).find((path) => path.endsWith(`/${match![1]}.mdx`));
		expect(file).toBeDefined();
		const headings = readFileSync(file!, 'utf8').match(/^#{2,6} .+$/gm) ?? [];
		expect(headings.map((heading) => slug(heading.replace(/^#+ /, '')))).toContain(match![2]);
	});
});
