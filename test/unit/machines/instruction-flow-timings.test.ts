import { describe, expect, test } from 'vitest';
import { applied, entries, jobTimes, run, times } from './scenario-helpers';

const trio = [{ id: 'A', start: 0 }, { id: 'B', start: 10 }, { id: 'C', start: 20 }];

// Runtime semantics §2, v13 unless said otherwise.
describe('instruction flow', () => {
	test('a publish writes ⌈N/1000⌉ rows; every other server applies them at its next poll, the writer never', () => {
		const { log, final } = run({ servers: trio, events: [{ at: 101, server: 'B', do: 'publish', instructions: 2500 }], until: 200 });
		expect(entries(log, 'B', 'write')).toEqual([{ t: 101, server: 'B', type: 'write', rows: [1, 2, 3], count: 2500 }]);
		expect(final.database.instructions.map((row) => [row.id, row.instructionCount, row.originated])).toEqual([
			[1, 1000, 'B#1'],
			[2, 1000, 'B#1'],
			[3, 500, 'B#1'],
		]);
		// Polls every 5 s from 60 s after boot: A polls at 105, C at 105 (80 + 5k).
		expect(times(log, 'A', 'apply')).toEqual([105, 105, 105]);
		expect(applied(log, 'C')).toEqual([1, 2, 3]);
		expect(applied(log, 'B')).toEqual([]);
		// Own rows still move the position.
		expect(Object.values(final.servers).map((s) => s.lastSynced)).toEqual([3, 3, 3]);
	});

	test('a backlog is read 100 rows per poll, 5 s apart, in id order', () => {
		const events = Array.from({ length: 250 }, () => ({ at: 50, server: 'A', do: 'edit', instructions: 1 }));
		const { log } = run({ servers: [{ id: 'A', start: 0 }, { id: 'B', start: 0 }], events, until: 100 });
		expect(applied(log, 'B')).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
		const polls = [...new Set(times(log, 'B', 'apply'))];
		expect(polls).toEqual([60, 65, 70]);
		expect(times(log, 'B', 'apply').filter((t) => t === 60)).toHaveLength(100);
	});

	test('settings change the batch size and the rows per poll', () => {
		const settings = { maxProcessingInstructionCount: 10, rowsPerPoll: 2 };
		const { log } = run({ settings, servers: [{ id: 'A', start: 0 }, { id: 'B', start: 0 }], events: [{ at: 61, server: 'A', do: 'publish', instructions: 25 }], until: 100 });
		expect(entries(log, 'A', 'write')[0]).toMatchObject({ rows: [1, 2, 3], count: 25 });
		expect(log.filter((e) => e.type === 'apply').map((e) => e.t)).toEqual([65, 65, 70]);
	});

	test('a request and a poll in the same second: the request comes first', () => {
		const { log } = run({ servers: [{ id: 'A', start: 0 }, { id: 'B', start: 0 }], events: [{ at: 100, server: 'A', do: 'publish', instructions: 1 }], until: 101 });
		expect(times(log, 'B', 'apply')).toEqual([100]);
	});

	test('a server cut off from the database applies nothing until it is back, then catches up', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 0 }];
		const events = [{ at: 100, server: 'B', do: 'dbFailure', until: 132 }, { at: 110, server: 'A', do: 'publish', instructions: 1 }];
		const { log } = run({ servers, events, until: 200 });
		expect(times(log, 'B', 'apply')).toEqual([135]);
	});

	test('a publish on a server cut off from the database writes nothing', () => {
		const events = [{ at: 100, server: 'A', do: 'dbFailure', until: 200 }, { at: 110, server: 'A', do: 'publish', instructions: 1 }];
		const { log, final } = run({ servers: [{ id: 'A', start: 0 }], events, until: 300 });
		expect(entries(log, 'A', 'write')).toEqual([]);
		expect(final.database.instructions).toEqual([]);
	});

	test('a restarted process applies what its predecessor wrote after its last poll: a new LocalIdentity', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 0 }];
		const events = [
			{ at: 61, server: 'A', do: 'publish', instructions: 1 }, // A's own poll at 65 moves it to 1
			{ at: 66, server: 'A', do: 'publish', instructions: 1 },
			{ at: 67, server: 'A', do: 'stop' },
			{ at: 70, server: 'A', do: 'start' },
		];
		const { log } = run({ servers, events, until: 200 });
		expect(entries(log, 'A', 'boot')).toMatchObject([{ t: 0, mode: 'cold' }, { t: 70, mode: 'warm' }]);
		expect(applied(log, 'A')).toEqual([2]);
		expect(times(log, 'A', 'apply')).toEqual([130]);
	});

	test('a process that booted on an empty table and restarts after rows appeared boots cold (stored id 0)', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 0 }];
		const events = [{ at: 61, server: 'A', do: 'publish', instructions: 1 }, { at: 62, server: 'A', do: 'stop' }, { at: 64, server: 'A', do: 'start' }];
		const { log } = run({ servers, events, until: 200 });
		expect(entries(log, 'A', 'boot')).toMatchObject([{ t: 0, mode: 'cold' }, { t: 64, mode: 'cold' }]);
	});
});

describe('boot', () => {
	const pair = [{ id: 'A', start: 0 }, { id: 'B', start: 0 }];

	test('warm after a short stop, cold when more than maxProcessingInstructionCount instructions wait', () => {
		const down = (instructions: number) => [
			{ at: 30, server: 'A', do: 'publish', instructions: 1 }, // B syncs row 1 at 60
			{ at: 100, server: 'B', do: 'stop' },
			{ at: 110, server: 'A', do: 'publish', instructions },
			{ at: 200, server: 'B', do: 'start' },
		];
		const warm = run({ servers: pair, events: down(1000), until: 300 });
		expect(entries(warm.log, 'B', 'boot').map((e) => 'mode' in e && e.mode)).toEqual(['cold', 'warm']);
		expect(times(warm.log, 'B', 'apply')).toEqual([60, 260]);
		const cold = run({ servers: pair, events: down(1001), until: 300 });
		expect(entries(cold.log, 'B', 'boot').map((e) => 'mode' in e && e.mode)).toEqual(['cold', 'cold']);
		// A cold boot skips to MAX(id): the missed rows are never replayed.
		expect(times(cold.log, 'B', 'apply')).toEqual([60]);
		expect(cold.final.servers['B']!.lastSynced).toBe(3);
	});

	test('cold when the last row it synced was pruned', () => {
		const settings = { retainInstructions: 60 };
		const events = [
			{ at: 30, server: 'A', do: 'publish', instructions: 1 },
			{ at: 100, server: 'B', do: 'stop' },
			{ at: 110, server: 'A', do: 'publish', instructions: 1 },
			{ at: 300, server: 'B', do: 'start' },
		];
		const { log, final } = run({ settings, servers: pair, events, until: 400 });
		expect(final.database.instructions.map((row) => row.id)).toEqual([2]);
		expect(entries(log, 'B', 'boot').at(-1)).toMatchObject({ t: 300, mode: 'cold' });
	});

	test('v17.0 boots cold after every restart; 17.1+ reads umbracoLastSynced and boots warm', () => {
		const events = [{ at: 100, server: 'B', do: 'stop' }, { at: 200, server: 'B', do: 'start' }];
		const bootModes = (umbraco: string) => entries(run({ umbraco, servers: pair, events, until: 300 }).log, 'B', 'boot').map((e) => 'mode' in e && e.mode);
		expect(bootModes('17.0.2')).toEqual(['cold', 'cold']);
		expect(bootModes('17.4.0')).toEqual(['cold', 'warm']);
		expect(bootModes('13.5.2')).toEqual(['cold', 'warm']);
	});

	test('v17 deletes umbracoLastSynced rows after the retention, so an idle cluster restarts cold; v13 restarts warm', () => {
		const settings = { retainInstructions: 300 };
		const events = [{ at: 30, server: 'A', do: 'publish', instructions: 1 }, { at: 1000, server: 'B', do: 'stop' }, { at: 1100, server: 'B', do: 'start' }];
		const v17 = run({ umbraco: '17.4.0', settings, servers: pair, events, until: 1200 });
		expect(v17.final.database.lastSynced?.map((row) => row.machineId)).toEqual(['B']);
		expect(entries(v17.log, 'B', 'boot').at(-1)).toMatchObject({ mode: 'cold' });
		const v13 = run({ settings, servers: pair, events, until: 1200 });
		expect(entries(v13.log, 'B', 'boot').at(-1)).toMatchObject({ mode: 'warm' });
	});
});

describe('pruning', () => {
	test('v13: the publisher prunes in its sync loop more than 60 s after boot or its last prune; subscribers never', () => {
		const { log } = run({ servers: [{ id: 'A', start: 0 }, { id: 'B', start: 10 }], until: 300 });
		expect(times(log, 'A', 'prune')).toEqual([65, 130, 195, 260]);
		expect(times(log, 'B', 'prune')).toEqual([]);
	});

	test('deletes rows older than the retention except the newest', () => {
		const events = [1, 2, 3].map((i) => ({ at: 60 + i, server: 'A', do: 'publish', instructions: 1 }));
		const { log, final } = run({ settings: { retainInstructions: 100 }, servers: [{ id: 'A', start: 0 }], events, until: 300 });
		expect(entries(log, 'A', 'prune').map((e) => 'deleted' in e && e.deleted)).toEqual([0, 0, 2, 0]);
		expect(final.database.instructions.map((row) => row.id)).toEqual([3]);
	});

	test('16.1: a pruning job every pruneThrottle from 180 s after boot on the publisher', () => {
		const { log } = run({ umbraco: '16.1.0', servers: [{ id: 'A', start: 0 }, { id: 'B', start: 10 }], until: 330 });
		expect(jobTimes(log, 'A', 'cacheInstructionsPruning')).toEqual([180, 240, 300]);
		expect(times(log, 'A', 'prune')).toEqual([180, 240, 300]);
		expect(times(log, 'B', 'prune')).toEqual([]);
	});

	test('v17: pruning is a distributed job taken by whichever host ticks first after it falls due, whatever its role', () => {
		const { log } = run({ umbraco: '17.4.0', servers: [{ id: 'A', start: 0 }, { id: 'B', start: 0, role: 'subscriber' }], until: 330 });
		const pruners = log.filter((e) => e.type === 'prune').map((e) => `${e.t}:${e.server}`);
		// At 125 and 190 A's tick takes scheduled publishing (earlier in the table) and B's tick pruning;
		// at 255 webhook firing and scheduled publishing come first, so pruning waits for A's tick at 260.
		expect(pruners).toEqual(['125:B', '190:B', '260:A', '325:A']);
		expect(log.filter((e) => e.type === 'job' && e.t === 255).map((e) => `${e.server}:${'job' in e && e.job}`)).toEqual(['A:webhookFiring', 'B:scheduledPublishing']);
	});
});
