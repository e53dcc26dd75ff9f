import { describe, expect, test } from 'vitest';
import { touchLoopMachine } from '../../../src/machines/server/touch-loop-machine';
import { syncLoopMachine } from '../../../src/machines/server/sync-loop-machine';
import { runAsChild, testBench } from './actor-helpers';

function touchLoop(bench: ReturnType<typeof testBench>, serverId: string, options: { appUrlKnown?: boolean; bootAt?: number } = {}) {
	const config = { serverId, order: 0, database: bench.database, profile: bench.profile, settings: bench.settings, elected: true, bootAt: options.bootAt ?? 0 };
	return runAsChild(touchLoopMachine.provide({ actions: bench.actions }), { config, appUrlKnown: options.appUrlKnown ?? true });
}

describe('touchLoopMachine', () => {
	test('touches 15 s after boot and every 60 s, and reports only role changes to its parent', () => {
		const bench = testBench();
		const a = touchLoop(bench, 'A');
		bench.clock.runUntil(30);
		const b = touchLoop(bench, 'B', { bootAt: 30 });
		bench.clock.runUntil(200);
		expect(bench.log.filter((e) => e.type === 'touch').map((e) => `${e.t}:${e.server}`)).toEqual(['15:A', '45:B', '75:A', '105:B', '135:A', '165:B', '195:A']);
		expect(a.received()).toEqual([
			{ type: 'role.elected', at: 15, role: 'single' },
			{ type: 'role.elected', at: 75, role: 'publisher' },
		]);
		expect(b.received()).toEqual([{ type: 'role.elected', at: 45, role: 'subscriber' }]);
		expect(a.child.getSnapshot().value).toBe('scheduled');
	});

	test('waits for a request that reveals the URL, then resumes on its grid', () => {
		const bench = testBench();
		const loop = touchLoop(bench, 'A', { appUrlKnown: false });
		bench.clock.runUntil(100);
		expect(loop.child.getSnapshot().value).toBe('awaitingUrl');
		loop.child.send({ type: 'server.firstRequest', at: 100 });
		bench.clock.runUntil(200);
		expect(bench.log.filter((e) => e.type === 'touch').map((e) => e.t)).toEqual([135, 195]);
	});

	test('v13 keeps touching after a failure; v8 stops for good', () => {
		for (const [umbraco, expected] of [['13.5.2', [15, 135]], ['8.18.8', [20]]] as const) {
			const bench = testBench(umbraco);
			const loop = touchLoop(bench, 'A');
			if (umbraco.startsWith('8')) loop.child.send({ type: 'server.firstRequest', at: 5 });
			bench.clock.runUntil(60);
			bench.databaseActor.send({ type: 'db.connection.lost', server: 'A' });
			bench.clock.runUntil(100);
			bench.databaseActor.send({ type: 'db.connection.restored', server: 'A' });
			bench.clock.runUntil(150);
			expect(bench.log.filter((e) => e.type === 'touch').map((e) => e.t)).toEqual(expected);
			expect(loop.child.getSnapshot().value).toBe(umbraco.startsWith('8') ? 'stopped' : 'scheduled');
		}
	});
});

describe('syncLoopMachine', () => {
	function syncLoop(bench: ReturnType<typeof testBench>, serverId: string, everyTick = false) {
		const config = {
			serverId,
			order: 0,
			database: bench.database,
			profile: bench.profile,
			settings: bench.settings,
			localIdentity: `${serverId}#1`,
			bootAt: 0,
			saveAs: null,
			everyTick,
		};
		return runAsChild(syncLoopMachine.provide({ actions: bench.actions }), { config, lastSynced: 0, role: 'subscriber' });
	}

	const write = (bench: ReturnType<typeof testBench>, originated: string, count: number, at: number) =>
		bench.databaseActor.send({ type: 'db.write', server: originated[0]!, at, originated, count, replyTo: bench.database });

	test('sleeps while nothing is new, then polls at its next 5 s tick and applies rows in id order, skipping its own', () => {
		const bench = testBench();
		const loop = syncLoop(bench, 'B');
		bench.clock.runUntil(101);
		expect(loop.child.getSnapshot().context.nextAt).toBeNull();
		write(bench, 'A#1', 1, 101);
		write(bench, 'B#1', 1, 101);
		write(bench, 'A#1', 1, 101);
		bench.clock.runUntil(200);
		expect(bench.log).toEqual([
			{ t: 105, server: 'B', type: 'apply', instruction: 1 },
			{ t: 105, server: 'B', type: 'apply', instruction: 3 },
		]);
		expect(loop.child.getSnapshot().context.lastSynced).toBe(3);
	});

	test('polls on every tick when asked to, with the same result', () => {
		const bench = testBench();
		syncLoop(bench, 'B', true);
		bench.clock.runUntil(101);
		write(bench, 'A#1', 1, 101);
		bench.clock.runUntil(200);
		expect(bench.log).toEqual([{ t: 105, server: 'B', type: 'apply', instruction: 1 }]);
	});

	test('prunes after a role change makes it the publisher, more than 60 s after boot', () => {
		const bench = testBench();
		const loop = syncLoop(bench, 'A');
		bench.clock.runUntil(70);
		loop.child.send({ type: 'role.changed', at: 70, role: 'publisher' });
		bench.clock.runUntil(200);
		expect(bench.log.map((e) => `${e.t}:${e.type}`)).toEqual(['70:prune', '135:prune', '200:prune']);
	});
});
