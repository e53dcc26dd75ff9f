/**
 * Model-based tests: a small abstract model of what can happen to a two-server cluster
 * (time passes, publishes, crashes, restarts, database failures) is walked with
 * `xstate/graph`; every path is replayed against the real simulation, and the invariants
 * are checked in every state the path visits.
 */
import { createTestModel } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { createClusterRun, type ClusterRun } from '../../../src/machines/cluster/cluster-run';
import { ranks } from '../../../src/machines/clock/ranks';
import type { ClusterCommand } from '../../../src/machines/cluster/cluster-events';
import { defaultSettings } from '../../../src/machines/settings';
import { allEvents, clusterModel, servers, type ModelEvent } from './cluster-model';
import { getVersionProfile } from '../../../src/machines/versions/version-profile';

/** Each `time.pass` lets 65 s of the real cluster run: touches, polls and elections happen. */
const timeStep = 65;

/** Two elected servers started at 0; `warmUp` seconds later (with a publish by B at 100 s when long enough). */
function startCluster(warmUp: number): ClusterRun {
	const run = createClusterRun({ profile: getVersionProfile('13.5.2', defaultSettings), settings: defaultSettings, servers: servers.map((id) => ({ id, start: 0, role: 'elected', appUrl: true })) });
	servers.forEach((id, order) => run.schedule({ key: { at: 0, rank: ranks.start, order }, command: { type: 'scenario.start', at: 0, server: id } }));
	if (warmUp > 100) run.schedule({ key: { at: 100, rank: ranks.publish, order: 1 }, command: { type: 'scenario.publish', at: 100, server: 'B', instructions: 1 } });
	run.runUntil(warmUp);
	return run;
}

function act(run: ClusterRun, event: ModelEvent): void {
	if (event.type === 'time.pass') return run.runUntil(run.now + timeStep);
	const at = run.now;
	const order = servers.indexOf(event.server);
	const commands: Record<typeof event.type, [ClusterCommand, number]> = {
		'server.publish': [{ type: 'scenario.publish', at, server: event.server, instructions: 1 }, ranks.publish],
		'server.crash': [{ type: 'scenario.crash', at, server: event.server }, ranks.crash],
		'server.start': [{ type: 'scenario.start', at, server: event.server }, ranks.start],
		'db.lost': [{ type: 'scenario.dbFailure', at, server: event.server }, ranks.dbFailure],
		'db.back': [{ type: 'scenario.dbRestore', at, server: event.server }, ranks.dbRestore],
	};
	const [command, rank] = commands[event.type];
	run.schedule({ key: { at, rank, order }, command });
	run.runUntil(at);
}

/** The invariants of issue 4, checked on the real database and log. */
function checkInvariants(run: ClusterRun): void {
	const tables = run.tables();
	expect(tables.servers.filter((row) => row.isSchedulingPublisher).length).toBeLessThanOrEqual(1);
	const origin = new Map(tables.instructions.map((row) => [row.id, row.originated]));
	for (const id of servers) {
		let process = 0;
		let last = 0;
		for (const entry of run.log) {
			if (entry.server !== id) continue;
			if (entry.type === 'start') process += 1;
			if (entry.type !== 'apply') continue;
			// In id order and never twice, across restarts too; never a row this process wrote.
			expect(entry.instruction).toBeGreaterThan(last);
			expect(origin.get(entry.instruction)).not.toBe(`${id}#${process}`);
			last = entry.instruction;
		}
	}
}

interface Coverage {
	paths: number;
	failovers: number;
	applies: number;
	deactivations: number;
}

/** Replays every path against a fresh cluster; counts what the paths reached, to show the invariants were not checked in vain. */
async function walk(paths: ReturnType<ReturnType<typeof createTestModel>['getShortestPaths']>, warmUp = 0): Promise<Coverage> {
	const coverage: Coverage = { paths: 0, failovers: 0, applies: 0, deactivations: 0 };
	for (const path of paths) {
		const run = startCluster(warmUp);
		const executors = Object.fromEntries(allEvents.map((e) => [e.type, ({ event }: { event: ModelEvent }) => act(run, event)]));
		await path.test({ events: executors, states: { cluster: () => checkInvariants(run) } });
		const flagged = run.tables().servers.find((row) => row.isSchedulingPublisher)?.computerName;
		coverage.paths += 1;
		if (flagged === 'B') coverage.failovers += 1;
		if (run.log.some((e) => e.type === 'apply')) coverage.applies += 1;
		if (run.log.some((e) => e.type === 'deactivate')) coverage.deactivations += 1;
		run.stop();
	}
	return coverage;
}

describe('cluster model', () => {
	test('holds the invariants on the shortest path to every state reachable in six time steps', async () => {
		const model = createTestModel(clusterModel(6), { events: allEvents });
		const coverage = await walk(model.getShortestPaths());
		expect(coverage.paths).toBeGreaterThan(100);
		expect(coverage.failovers).toBeGreaterThan(0);
		expect(coverage.applies).toBeGreaterThan(0);
		expect(coverage.deactivations).toBeGreaterThan(0);
	}, 30_000);

	// Simple paths explode quickly, so this walk is narrower: every order of crashing,
	// restarting and cutting off the publisher around one time step of an established cluster.
	test('holds the invariants on every simple path of crashes, restarts and database failures', async () => {
		const events = allEvents.filter((e) => e.type === 'time.pass' || ('server' in e && e.server === 'A' && e.type !== 'server.publish'));
		const model = createTestModel(clusterModel(1), { events });
		const coverage = await walk(model.getSimplePaths(), 200);
		expect(coverage.paths).toBeGreaterThan(500);
		expect(coverage.applies).toBe(coverage.paths);
	}, 30_000);
});
