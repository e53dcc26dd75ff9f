/**
 * The shortcuts that make a run fast change nothing anyone can see. `everyTick` turns them
 * off: every sync tick polls and every touch's answer goes to its loop, which then logs it
 * itself. Both runs must give the same log and final state, and every process and loop must
 * show the same state values and the fields the simulator reads, at every checked second.
 */
import type { AnyActorRef } from 'xstate';
import { describe, expect, test } from 'vitest';
import { ranks } from '../../../src/machines/clock/ranks';
import { createClusterRun, type ClusterRun } from '../../../src/machines/cluster/cluster-run';
import { scenarioCommands } from '../../../src/machines/scenario/scenario-commands';
import type { Scenario } from '../../../src/machines/scenario/scenario-types';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';
import { runScenario } from '../../../src/machines/simulate';
import { getVersionProfile } from '../../../src/machines/versions/version-profile';

function scenario(input: Record<string, unknown>): Scenario {
	const checked = validateScenario(input);
	if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
	return checked.scenario;
}

/** The benchmark's shape, shorter: a first request on each server, then a publish every minute. */
function publishEveryMinute(umbraco: string, count: number, until: number, extra: readonly Record<string, unknown>[] = []): Scenario {
	const servers = Array.from({ length: count }, (_, i) => ({ id: `S${i + 1}`, start: (i * 7) % 60 }));
	const requests = servers.map((server) => ({ at: server.start + 1, server: server.id, do: 'request' }));
	const publishes = Array.from({ length: Math.floor((until - 120) / 60) }, (_, i) => ({ at: 120 + 60 * i, server: 'S1', do: 'publish', instructions: 1 }));
	return scenario({ umbraco, servers, events: [...requests, ...publishes, ...extra], until });
}

const trouble = [
	{ at: 700, server: 'S1', do: 'crash' },
	{ at: 1000, server: 'S1', do: 'start' },
	{ at: 1300, server: 'S2', do: 'recycle' },
	{ at: 1500, server: 'S3', do: 'dbFailure', until: 1700 },
	{ at: 1600, server: 'S2', do: 'edit', instructions: 2500 },
	{ at: 1900, server: 'S3', do: 'stop' },
	{ at: 2000, server: 'S3', do: 'start' },
];

/** The 2026 behaviours: hung calls (touch and sync, short and long), a recycle that loses MainDom, a new machine name. */
const trouble2026 = [
	{ at: 400, server: 'S2', do: 'dbHang', until: 700 },
	{ at: 500, server: 'S3', do: 'dbHang', until: 530 },
	{ at: 520, server: 'S3', do: 'dbHang', until: 640 },
	{ at: 800, server: 'S1', do: 'recycle', mainDom: 'lost' },
	{ at: 1000, server: 'S4', do: 'stop' },
	{ at: 1100, server: 'S4', do: 'start' },
	{ at: 1300, server: 'S1', do: 'recycle' },
	{ at: 1400, server: 'S3', do: 'dbHang', until: 1401 },
];

function with2026Servers(input: Scenario): Scenario {
	return scenario({ ...input, servers: input.servers.map((server) => (server.id === 'S4' ? { ...server, machineName: 'changes', machineIdentifier: true } : server)) });
}

const cases: readonly (readonly [string, Scenario])[] = [
	...['13.5.2', '17.5.0', '17.6.0', '17.7.0', '17.8.0', '18.3.0'].map(
		(umbraco) => [`${umbraco}: hung calls, a recycle that loses MainDom, a new machine name`, with2026Servers(publishEveryMinute(umbraco, 4, 1800, trouble2026))] as const
	),
	...['8.18.8', '13.5.2', '16.1.0', '17.0.2', '17.4.0', '17.6.0'].map((umbraco) => [`${umbraco}: a publish every minute`, publishEveryMinute(umbraco, 4, 1800)] as const),
	...['8.18.8', '13.5.2', '16.1.0', '17.4.0'].map((umbraco) => [`${umbraco}: crashes, restarts, a recycle, a database failure, a backlog`, publishEveryMinute(umbraco, 4, 2400, trouble)] as const),
	[
		'13.5.2: pinned roles, a server without a URL, a short stale timeout',
		scenario({
			umbraco: '13.5.2',
			settings: { staleTimeout: 61, retainInstructions: 300, pruneThrottle: 30 },
			servers: [{ id: 'A', start: 0, role: 'publisher' }, { id: 'B', start: 3 }, { id: 'C', start: 9, appUrl: false }, { id: 'D', start: 20, role: 'single' }],
			events: [
				{ at: 50, server: 'C', do: 'request' },
				{ at: 130, server: 'B', do: 'publish', instructions: 3 },
				{ at: 200, server: 'B', do: 'crash' },
				{ at: 420, server: 'B', do: 'start' },
				{ at: 500, server: 'A', do: 'edit', instructions: 150 },
			],
			until: 900,
		}),
	],
	[
		'17.6.0: machine-name touches until a URL is known, a job host cut off as it starts, a failover',
		scenario({
			umbraco: '17.6.0',
			servers: [{ id: 'A', start: 0, appUrl: false }, { id: 'B', start: 10, appUrl: false }, { id: 'C', start: 20 }],
			events: [
				{ at: 50, server: 'B', do: 'dbFailure', until: 90 },
				{ at: 100, server: 'A', do: 'publish', instructions: 1 },
				{ at: 300, server: 'A', do: 'crash' },
				{ at: 700, server: 'C', do: 'publish', instructions: 2 },
			],
			until: 1000,
		}),
	],
];

type Snapshot = { value: unknown; context: Record<string, unknown>; children?: Record<string, AnyActorRef | undefined> };

/** What the simulator reads of a loop (see `playback/frame.ts`). */
const loopFields = { touch: ['first', 'role', 'appUrlKnown', 'busyUntil'], sync: ['first', 'lastSynced', 'role', 'busyUntil'], jobs: ['nextAt', 'lastTickAt', 'role', 'firstRequestAt'] } as const;

function pick(context: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
	return Object.fromEntries(fields.map((field) => [field, context[field]]));
}

/** The state values and simulator-read fields of every process and loop. */
function observe(run: ClusterRun) {
	return run.context().processes.map((entry) => {
		const snapshot = entry.ref.getSnapshot() as unknown as Snapshot;
		const loops = Object.entries(loopFields).map(([id, fields]) => {
			const child = snapshot.children?.[id]?.getSnapshot() as Snapshot | undefined;
			return child ? { id, value: child.value, ...pick(child.context, fields) } : { id };
		});
		return { id: entry.ref.id, phase: entry.phase, value: snapshot.value, ...pick(snapshot.context, ['role', 'lastSynced', 'bootAt', 'appUrlKnown']), loops };
	});
}

function record(input: Scenario, everyTick: boolean, seconds: readonly number[]) {
	const run = createClusterRun({ ...input, profile: getVersionProfile(input.umbraco, input.settings), everyTick });
	for (const command of scenarioCommands(input)) run.schedule(command);
	const seen = seconds.map((t) => {
		run.runUntil(t);
		return { t, logLength: run.log.length, tables: run.tables(), actors: observe(run) };
	});
	run.stop();
	return seen;
}

describe('the fast paths change nothing', () => {
	test.each(cases)('%s: same log and final state with every tick delivered', (_, input) => {
		const fast = runScenario(input);
		const slow = runScenario(input, { everyTick: true });
		expect(fast.log).toEqual(slow.log);
		expect(fast.final).toEqual(slow.final);
		expect(fast.log.length).toBeGreaterThan(50);
	});

	test.each(cases)('%s: same states and simulator fields at every checked second', (_, input) => {
		const seconds = Array.from({ length: 24 }, (_, i) => Math.floor(((i + 1) * input.until) / 24) - (i % 3));
		expect(record(input, false, seconds)).toEqual(record(input, true, seconds));
	});

	test('a standing touch stops with its process, and a restart starts a new one', () => {
		const input = publishEveryMinute('13.5.2', 2, 900, [{ at: 300, server: 'S2', do: 'stop' }, { at: 480, server: 'S2', do: 'start' }]);
		const touches = runScenario(input).log.filter((entry) => entry.server === 'S2' && entry.type === 'touch').map((entry) => entry.t);
		expect(touches.filter((t) => t > 300 && t < 480)).toEqual([]);
		expect(touches.filter((t) => t >= 480)).toEqual([495, 555, 615, 675, 735, 795, 855]);
	});

	test('commands scheduled while the run is under way see the same state either way', () => {
		const input = publishEveryMinute('13.5.2', 3, 600);
		const runs = [false, true].map((everyTick) => {
			const run = createClusterRun({ ...input, profile: getVersionProfile(input.umbraco, input.settings), everyTick });
			for (const command of scenarioCommands(input)) run.schedule(command);
			run.runUntil(250);
			run.schedule({ key: { at: 250, rank: ranks.crash, order: 99 }, command: { type: 'scenario.crash', at: 250, server: 'S1' } });
			run.runUntil(600);
			const result = { log: [...run.log], tables: run.tables(), actors: observe(run) };
			run.stop();
			return result;
		});
		expect(runs[0]).toEqual(runs[1]);
	});
});
