/**
 * Every exercise can be failed and solved: its start does not meet the goal, the steps of its
 * solution do, and shortcuts that dodge the lesson (deleting servers, leaving the version or
 * the design the exercise is about) do not.
 */
import { describe, expect, test } from 'vitest';
import { checkPlanGoal } from '../../../../src/domain/exercises/plan-goal';
import { planExercises, type PlanExercise } from '../../../../src/domain/exercises/plan-exercises';
import { validatePlan } from '../../../../src/domain/plan/parse';
import type { Plan, PlanInput } from '../../../../src/domain/plan/schema';
import { exerciseHref, exercises, findExercise } from '../../../../src/lib/exercises';
import { simExercises } from '../../../../src/machines/exercises/sim-exercises';
import { createRecording } from '../../../../src/machines/playback/recording';
import { prepareScenario } from '../../../../src/components/simulator/page-scenario';

const parse = (input: PlanInput): Plan => {
	const result = validatePlan(input);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.plan;
};

type Server = PlanInput['servers'][number];
const eachServer = (input: PlanInput, change: (server: Server) => Server): PlanInput => ({ ...input, servers: input.servers.map(change) });
const settings = (server: Server, more: NonNullable<Server['settings']>): Server => ({ ...server, settings: { ...server.settings, ...more } });

/** The solution of each planner exercise, as the learner would click it. */
const solutions: Record<string, (start: PlanInput) => PlanInput> = {
	'repair-shared-temp': (start) => ({
		...eachServer(start, (s) => ({ ...settings(s, { localTemp: 'environment-temp', examineFactory: 'temp' }), role: s.kind === 'backoffice' ? 'publisher' : 'subscriber' })),
		applicationUrl: 'https://www.example.com',
	}),
	'share-the-keys': (start) => ({ ...start, keys: { shared: true, store: 'file-share' } }),
	'repair-v8-azure': (start) => ({
		...eachServer(start, (s) => settings(s, { mainDomLock: 'sql' })),
		umbraco: '8.18.8',
		keys: { shared: true, store: 'config' },
	}),
	'v8-safe-release': (start) => ({ ...start, umbraco: '8.6.4' }),
	'probe-and-identity': (start) => ({
		...eachServer(start, (s) => settings(s, { machineIdentifier: `${s.id}-{instance}` })),
		umbraco: '17.6.0',
		loadBalancer: { ...start.loadBalancer, healthCheckPath: '/umbraco/api/health/ready' },
	}),
	'repair-v17-backplane': (start) => ({
		...eachServer(start, (s) => ({ ...s, role: 'publisher' })),
		loadBalancer: { ...start.loadBalancer, stickySessions: 'cookie' },
		backoffice: { mode: 'load-balanced', signalR: 'redis', isolatedCaches: true, temporaryFileLocation: 'shared', temporaryFilePath: '//fileserver/umbraco-temp' },
	}),
	'engage-repair': (start) => ({ ...start, loadBalancer: { ...start.loadBalancer, stickySessions: 'cookie' }, engage: { ...start.engage!, pingReachable: true } }),
};

describe.each(planExercises.map((e) => [e.id, e] as const))('planner exercise %s', (id, exercise: PlanExercise) => {
	test('starts unsolved', () => {
		const verdict = checkPlanGoal(exercise.check, parse(exercise.start));
		expect(verdict.met).toBe(false);
		expect(verdict.missing.length).toBeGreaterThan(0);
	});

	test('is solved by its solution', () => {
		const solve = solutions[id];
		expect(solve, 'a solution in this test').toBeDefined();
		expect(checkPlanGoal(exercise.check, parse(solve!(exercise.start)))).toEqual({ met: true, missing: [] });
	});

	test('is not solved by deleting servers or switching version', () => {
		const solved = solutions[id]!(exercise.start);
		const fewer = { ...solved, servers: solved.servers.slice(0, 1).map((s) => ({ ...s, instances: 1 })) };
		expect(checkPlanGoal(exercise.check, parse(fewer)).met).toBe(false);
		expect(checkPlanGoal(exercise.check, parse({ ...solved, umbraco: '7.15.10' })).met).toBe(false);
	});
});

test('an incomplete design never meets a goal', () => {
	expect(checkPlanGoal({}, undefined)).toEqual({ met: false, missing: [expect.stringMatching(/not complete/)] });
});

/** The solution of each simulator exercise, as actions appended to its scenario. */
const simSolutions: Record<string, readonly Record<string, unknown>[]> = {
	'cold-boot-on-return': [
		{ at: 100, server: 'web2', do: 'stop' },
		{ at: 110, server: 'admin', do: 'publish', instructions: 1100 },
		{ at: 200, server: 'web2', do: 'start' },
	],
	'take-over-as-scheduler': [
		{ at: 100, server: 'web2', do: 'stop' },
		{ at: 100, server: 'admin', do: 'stop' },
		{ at: 400, server: 'web2', do: 'start' },
	],
};

describe.each(simExercises.map((e) => [e.id, e] as const))('simulator exercise %s', (id, exercise) => {
	const secondsMet = (events: readonly Record<string, unknown>[]) => {
		const document = { ...exercise.scenario, events: [...(exercise.scenario.events ?? []), ...events] };
		const prepared = prepareScenario(document as typeof exercise.scenario);
		const recording = createRecording(prepared.scenario, prepared.profile);
		recording.extendTo(document.until);
		const met: number[] = [];
		for (let t = 0; t <= document.until; t += 5) if (exercise.check(recording.frameAt(t)).met) met.push(t);
		return met;
	};

	test('is never met if the learner does nothing', () => {
		expect(secondsMet([])).toEqual([]);
	});

	test('is met after its solution', () => {
		expect(secondsMet(simSolutions[id]!).length).toBeGreaterThan(0);
	});
});

describe('the exercise index', () => {
	test('lists every exercise once, with the tool that opens it', () => {
		const ids = exercises.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(exerciseHref(findExercise('share-the-keys')!)).toBe('/planner/?exercise=share-the-keys');
		expect(exerciseHref(findExercise('cold-boot-on-return')!)).toBe('/simulator/?exercise=cold-boot-on-return');
		for (const exercise of exercises) expect(exercise.hints.length).toBeGreaterThan(0);
	});
});
