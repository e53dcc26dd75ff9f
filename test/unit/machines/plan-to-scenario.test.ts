/**
 * "Simulate this design": every preset becomes a scenario the simulator accepts and runs;
 * instances expand to unique ids, pinned roles and the application URL carry over, and an
 * unsupported version gives the simulator's own reason.
 */
import { describe, expect, test } from 'vitest';
import { PlanSchema, type Plan, type PlanInput } from '../../../src/domain/plan/schema';
import { presets } from '../../../src/domain/presets';
import { planToScenario, type PlanScenarioDocument } from '../../../src/machines/guided';
import { maxSimulatedServers, toScenarioId } from '../../../src/machines/guided/plan-servers';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';
import { simulate } from '../../../src/machines/simulate';
import { unsupportedVersionReason } from '../../../src/machines/versions/version-profile';

const scenarioIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type ServerInput = PlanInput['servers'][number];
const server = (id: string, kind: 'backoffice' | 'frontend', extra: Partial<ServerInput> = {}): ServerInput => ({
	id,
	name: id.toUpperCase(),
	host: `${id}.internal`,
	kind,
	...extra,
});

/** A small Umbraco 13 plan: an admin server and front-ends, as given. */
function makePlan(servers: ServerInput[], extra: Partial<PlanInput> = {}): Plan {
	return PlanSchema.parse({
		planVersion: 1,
		name: 'Test farm',
		umbraco: '13.5.2',
		hosting: 'iis',
		servers,
		loadBalancer: { publicHost: 'www.example.com' },
		files: { strategy: 'replication' },
		applicationUrl: 'https://www.example.com',
		...extra,
	});
}

function converted(plan: Plan): { scenario: PlanScenarioDocument; notes: readonly string[] } {
	const result = planToScenario(plan);
	if (!result.ok) throw new Error(result.reason);
	return result;
}

const ids = (scenario: PlanScenarioDocument) => scenario.servers.map((s) => s.id);

describe('planToScenario: presets', () => {
	const cases = presets.map((preset) => [preset.id, PlanSchema.parse(preset.plan)] as const);

	test.each(cases)('%s becomes a valid scenario that runs, or says why it cannot', (_id, plan) => {
		const reason = unsupportedVersionReason(plan.umbraco);
		const result = planToScenario(plan);
		if (reason !== undefined) {
			expect(result).toEqual({ ok: false, reason: expect.stringContaining(reason) });
			return;
		}
		if (!result.ok) throw new Error(result.reason);
		const validation = validateScenario(result.scenario);
		expect(validation.ok && validation.warnings).toEqual([]);
		expect(result.scenario.servers).toHaveLength(plan.servers.reduce((n, s) => n + s.instances, 0));
		for (const id of ids(result.scenario)) expect(id).toMatch(scenarioIdPattern);
		expect(new Set(ids(result.scenario)).size).toBe(result.scenario.servers.length);
		for (const note of result.notes) expect(note.trim()).not.toBe('');
		const { log, final } = simulate(result.scenario);
		expect(log.filter((e) => e.type === 'write')).toHaveLength(1);
		expect(Object.values(final.servers).every((s) => s.running)).toBe(true);
	});

	test('the v7 preset is refused with the simulator reason, and every other preset converts', () => {
		const refused = cases.filter(([, plan]) => !planToScenario(plan).ok).map(([id]) => id);
		expect(refused).toEqual(['v7-iis-dfs']);
	});

	test('the same plan always gives the same scenario', () => {
		for (const [, plan] of cases) expect(planToScenario(plan)).toEqual(planToScenario(plan));
	});
});

describe('planToScenario: servers', () => {
	test('instances expand to numbered ids; a single instance keeps its plan id', () => {
		const { scenario, notes } = converted(makePlan([server('admin', 'backoffice'), server('web', 'frontend', { instances: 3 })]));
		expect(ids(scenario)).toEqual(['admin', 'web-1', 'web-2', 'web-3']);
		expect(notes).toContainEqual(expect.stringContaining('became web-1, web-2, web-3'));
	});

	test('a scaled server never takes the id of another plan server', () => {
		const { scenario } = converted(makePlan([server('web', 'frontend', { instances: 2 }), server('web-1', 'frontend')]));
		expect(ids(scenario)).toEqual(['web-1-2', 'web-2', 'web-1']);
		expect(validateScenario(scenario).ok).toBe(true);
	});

	test('pinned roles carry over, elected is the default, and the run honours them', () => {
		const plan = makePlan([server('admin', 'backoffice', { role: 'publisher' }), server('web', 'frontend', { role: 'subscriber', instances: 2 }), server('spare', 'frontend')]);
		const { scenario } = converted(plan);
		expect(scenario.servers.map((s) => s.role)).toEqual(['publisher', 'subscriber', 'subscriber', 'elected']);
		const { final } = simulate(scenario);
		expect(final.servers['admin']!.role).toBe('SchedulingPublisher');
		expect(final.servers['web-2']!.role).toBe('Subscriber');
		expect(final.servers['spare']!.role).toBe('Single');
	});

	test('single maps to DisableElectionForSingleServer', () => {
		const { scenario } = converted(makePlan([server('solo', 'backoffice', { role: 'single' })]));
		expect(scenario.servers).toEqual([{ id: 'solo', start: 0, role: 'single', appUrl: true }]);
		expect(simulate(scenario).final.servers['solo']!.role).toBe('Single');
	});

	test('servers start a few seconds apart, each gets a request, the backoffice server publishes at 120 s', () => {
		const { scenario } = converted(makePlan([server('web', 'frontend', { instances: 2 }), server('admin', 'backoffice')]));
		expect(scenario.servers.map((s) => s.start)).toEqual([0, 5, 10]);
		expect(scenario.events).toContainEqual({ at: 120, server: 'admin', do: 'publish', instructions: 3 });
		for (const s of scenario.servers) expect(scenario.events).toContainEqual({ at: s.start + 10, server: s.id, do: 'request' });
		expect(scenario.until).toBe(600);
	});

	test('a very large plan is cut to the simulated maximum, every server keeping an instance', () => {
		const { scenario, notes } = converted(makePlan([server('admin', 'backoffice'), server('web', 'frontend', { instances: 100 }), server('api', 'frontend', { instances: 100 })]));
		expect(scenario.servers).toHaveLength(maxSimulatedServers);
		expect(ids(scenario)).toContain('api');
		expect(Math.max(...scenario.servers.map((s) => s.start))).toBeLessThan(120);
		expect(notes).toContainEqual(expect.stringContaining(`runs ${maxSimulatedServers - 2} of its 100 instances`));
		expect(validateScenario(scenario).ok).toBe(true);
	});
});

describe('planToScenario: names and ids', () => {
	test('odd display names do not matter: ids come from the plan ids', () => {
		const odd = ['Wéb «1» / ☃', 'a"b\'c<d>', '   spaced   out  ', '../../etc'];
		const plan = makePlan(odd.map((name, i) => ({ ...server(`s-${i}`, i === 0 ? 'backoffice' : 'frontend'), name })));
		const { scenario } = converted(plan);
		expect(ids(scenario)).toEqual(['s-0', 's-1', 's-2', 's-3']);
		expect(simulate(scenario).log.length).toBeGreaterThan(0);
	});

	test('ids that are not plan-valid (a draft, an older file) still become unique valid ids', () => {
		const plan = makePlan([server('admin', 'backoffice'), server('web', 'frontend')]);
		const oddIds = ['Web 1/ü', 'web-1', '---', '', 'A B', 'a-b', 'x'.repeat(80)];
		const odd = { ...plan, servers: oddIds.map((id, i) => ({ ...plan.servers[i % 2]!, id, instances: i === 0 ? 2 : 1 })) } as Plan;
		const { scenario } = converted(odd);
		for (const id of ids(scenario)) expect(id).toMatch(scenarioIdPattern);
		expect(new Set(ids(scenario)).size).toBe(scenario.servers.length);
		expect(validateScenario(scenario).ok).toBe(true);
	});

	test.each([
		['Web 1/ü', 'web-1'],
		['---', 'server'],
		['A--B', 'a-b'],
		[`${'a'.repeat(39)}-b`, 'a'.repeat(39)],
	])('toScenarioId(%j) = %j', (text, id) => {
		expect(toScenarioId(text)).toBe(id);
	});
});

describe('planToScenario: version, URL and settings', () => {
	test('an unsupported version gives the simulator reason', () => {
		const plan = makePlan([server('admin', 'backoffice')], { umbraco: '7.15.10' });
		const result = planToScenario(plan);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toContain(unsupportedVersionReason('7.15.10')!);
	});

	test('the exact version is kept; a version between reference lines says which code runs', () => {
		const { scenario, notes } = converted(makePlan([server('admin', 'backoffice')], { umbraco: '16.3.0' }));
		expect(scenario.umbraco).toBe('16.3.0');
		expect(notes).toContainEqual(expect.stringContaining('v13 code'));
	});

	test('appUrl follows the plan; without one, 17.5 elected servers are noted to stay Unknown', () => {
		const servers = [server('admin', 'backoffice'), server('web', 'frontend')];
		expect(converted(makePlan(servers)).scenario.servers.every((s) => s.appUrl)).toBe(true);
		const { scenario, notes } = converted(makePlan(servers, { umbraco: '17.5.0', applicationUrl: undefined }));
		expect(scenario.servers.every((s) => !s.appUrl)).toBe(true);
		expect(notes).toContainEqual(expect.stringContaining('stay Unknown'));
		expect(Object.values(simulate(scenario).final.servers).map((s) => s.role)).toEqual(['Unknown', 'Unknown']);
	});

	test('messenger options become scenario settings; differing values are noted', () => {
		const messenger = (syncSeconds: number) => ({ settings: { messenger: { syncSeconds, maxProcessingInstructions: 500 } } });
		const same = converted(makePlan([server('admin', 'backoffice', messenger(10)), server('web', 'frontend', messenger(10))]));
		expect(same.scenario.settings).toEqual({ syncPeriod: 10, maxProcessingInstructionCount: 500 });
		const differ = converted(makePlan([server('admin', 'backoffice', messenger(10)), server('web', 'frontend', messenger(20))]));
		expect(differ.scenario.settings?.syncPeriod).toBe(10);
		expect(differ.notes).toContainEqual(expect.stringContaining('syncSeconds differs'));
		expect(validateScenario(differ.scenario).ok).toBe(true);
	});

	test('what the simulation leaves out is noted', () => {
		const { notes } = converted(makePlan([server('admin', 'backoffice', { settings: { mainDomLock: 'sql' } }), server('web', 'frontend', { database: 'read-only-login' })]));
		expect(notes).toContainEqual(expect.stringContaining('Read-only database access (web)'));
		expect(notes).toContainEqual(expect.stringContaining('MainDom lock'));
	});
});
