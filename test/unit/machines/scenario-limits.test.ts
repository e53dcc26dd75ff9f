import { describe, expect, test } from 'vitest';
import { pruneInstructions, writeInstructions } from '../../../src/machines/database/cache-instructions';
import { emptyDatabase } from '../../../src/machines/database/database-state';
import { estimateScenarioWork } from '../../../src/machines/scenario/scenario-budget';
import { formatIssue } from '../../../src/machines/scenario/scenario-issues';
import { scenarioLimits } from '../../../src/machines/scenario/scenario-limits';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';
import { runScenario, simulate } from '../../../src/machines/simulate';

const minimal = { umbraco: '13.5.2', servers: [{ id: 'A', start: 0 }], until: 60 };
const year = 31_536_000;

function problems(value: unknown): string[] {
	const result = validateScenario(value);
	return result.ok ? [] : result.issues.map(formatIssue);
}

const servers = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `S${i}`, start: 0 }));
const requests = (count: number) => Array.from({ length: count }, () => ({ at: 1, server: 'A', do: 'request' }));
const event = (fields: Record<string, unknown>) => ({ ...minimal, events: [{ at: 1, server: 'A', do: 'publish', instructions: 1, ...fields }] });

describe('scenario limits: the largest value passes, the next one is refused with its path', () => {
	test.each([
		['servers', { ...minimal, servers: servers(200) }, { ...minimal, servers: servers(201) }, 'servers: 201 servers; a scenario can have at most 200'],
		['events', { ...minimal, events: requests(10_000) }, { ...minimal, events: requests(10_001) }, 'events: 10 001 events; a scenario can have at most 10 000'],
		['id length', { ...minimal, servers: [{ id: 'x'.repeat(64), start: 0 }] }, { ...minimal, servers: [{ id: 'x'.repeat(65), start: 0 }] }, 'servers[0].id: expected at most 64 characters; got 65'],
		['until', { ...minimal, until: year, settings: { touchPeriod: year, pruneThrottle: year }, servers: [{ id: 'A', start: 0, role: 'subscriber' }] }, { ...minimal, until: year + 1 }, 'until: expected at most 31 536 000 seconds (one simulated year); got 31536001'],
		['an event time', event({ at: year }), event({ at: year + 0.5 }), 'events[0].at: expected at most 31 536 000 seconds (one simulated year); got 31536000.5'],
		['a start', { ...minimal, servers: [{ id: 'A', start: year }] }, { ...minimal, servers: [{ id: 'A', start: 1e21 }] }, 'servers[0].start: expected at most 31 536 000 seconds (one simulated year); got 1e+21'],
		['a dbFailure end', event({ do: 'dbFailure', until: year }), event({ do: 'dbFailure', until: year + 1 }), 'events[0].until: expected at most 31 536 000 seconds (one simulated year); got 31536001'],
		['instructions', event({ instructions: 1_000_000 }), event({ instructions: 9_007_199_254_740_992 }), 'events[0].instructions: expected a whole number ≤ 1 000 000; got 9007199254740992'],
		['rowsPerPoll', { ...minimal, settings: { rowsPerPoll: 100_000 } }, { ...minimal, settings: { rowsPerPoll: 100_001 } }, 'settings.rowsPerPoll: expected a whole number ≤ 100 000; got 100001'],
		['maxProcessingInstructionCount', { ...minimal, settings: { maxProcessingInstructionCount: 1 } }, { ...minimal, settings: { maxProcessingInstructionCount: 0 } }, 'settings.maxProcessingInstructionCount: expected a whole number ≥ 1; got 0'],
		['touchPeriod', { ...minimal, settings: { touchPeriod: 1 } }, { ...minimal, settings: { touchPeriod: 1e-9 } }, 'settings.touchPeriod: expected a number of seconds ≥ 1; got 1e-9'],
		['syncPeriod', { ...minimal, settings: { syncPeriod: 1 } }, { ...minimal, settings: { syncPeriod: 0.999 } }, 'settings.syncPeriod: expected a number of seconds ≥ 1; got 0.999'],
		['staleTimeout', { ...minimal, settings: { staleTimeout: year } }, { ...minimal, settings: { staleTimeout: year * 2 } }, 'settings.staleTimeout: expected at most 31 536 000 seconds (one simulated year); got 63072000'],
		['pruneThrottle', { ...minimal, settings: { pruneThrottle: 1 } }, { ...minimal, settings: { pruneThrottle: 0 } }, 'settings.pruneThrottle: expected a number of seconds ≥ 1; got 0'],
		['retainInstructions', { ...minimal, settings: { retainInstructions: 1 } }, { ...minimal, settings: { retainInstructions: 0 } }, 'settings.retainInstructions: expected a number of seconds ≥ 1; got 0'],
	])('%s', (_, largest, tooLarge, message) => {
		expect(problems(largest)).toEqual([]);
		expect(problems(tooLarge)).toEqual([message]);
	});

	test.each(['web\u0000', 'web\n1', 'a\u001b[2J', 'x\u0085', 'A\u202eevil', 'web\u200b1', 'web\u2028'])('refuses a control character in the server id %j', (id) => {
		expect(problems({ ...minimal, servers: [{ id, start: 0 }] })).toEqual([`servers[0].id: expected no control characters (line breaks, text-direction marks, zero-width spaces and the like); got ${JSON.stringify(id)}`]);
	});

	test('refuses a list that is too long before reading any item in it', () => {
		const bad = Array.from({ length: 10_001 }, () => 'not an event');
		expect(problems({ ...minimal, events: bad })).toEqual(['events: 10 001 events; a scenario can have at most 10 000']);
	});

	test('keeps "unknown server" messages short however many servers there are', () => {
		const result = problems({ ...minimal, servers: servers(200), events: [{ at: 1, server: 'Z', do: 'stop' }] });
		expect(result).toEqual(['events[0].server: expected the id of a server in "servers" ("S0", "S1", "S2" … 200 in all); got "Z"']);
	});

	test('the limits are one object, as documented', () => {
		expect(scenarioLimits).toMatchObject({ servers: 200, events: 10_000, idLength: 64, seconds: year, minPeriod: 1, instructions: 1_000_000, count: 100_000, fileBytes: 1_000_000, depth: 64 });
	});
});

describe('the work budget', () => {
	test('refuses the largest scenario of the single limits, saying how long it could run', () => {
		const largest = { ...minimal, settings: { touchPeriod: 1 }, servers: servers(200), until: year };
		expect(problems(largest)).toEqual([
			'until: 200 servers (touchPeriod 1 s, pruneThrottle 60 s) running for 31 536 000 s is about 6 314 559 400 simulation steps; the limit is 500 000: set until to at most 2 492, or use fewer servers or longer periods',
		]);
		expect(problems({ ...largest, until: 2492 })).toEqual([]);
		expect(problems({ ...largest, until: 2493 })).toHaveLength(1);
	});

	test.each([
		['200 servers at the defaults', { servers: servers(200) }],
		['one server at the defaults', { servers: servers(1) }],
		['every server a publisher, pruning every second', { servers: servers(50).map((s) => ({ ...s, role: 'publisher' })), settings: { pruneThrottle: 1 } }],
		['10 000 events', { servers: servers(20), events: Array.from({ length: 10_000 }, (_, i) => ({ at: i, server: `S${i % 20}`, do: 'request' })) }],
	])('the suggested until is the longest that passes: %s', (_, fields) => {
		const scenario = { ...minimal, ...fields, until: year };
		const message = problems(scenario)[0] ?? '';
		const latest = Number(/set until to at most ([\d ]+),/.exec(message)?.[1]?.replace(/ /g, ''));
		expect(latest).toBeGreaterThan(0);
		expect(problems({ ...scenario, until: latest })).toEqual([]);
		expect(problems({ ...scenario, until: latest + 1 })).toEqual([expect.stringMatching(/^until: .* set until to at most /)]);
	});

	test('a scenario within the budget is one that 24 h of 20 servers with a publish a minute fits in', () => {
		const events = Array.from({ length: 1440 }, (_, i) => ({ at: 60 * i, server: 'S0', do: 'publish', instructions: 1 }));
		expect(problems({ ...minimal, servers: servers(20), events, until: 86_400 })).toEqual([]);
	});

	test('refuses more instruction rows than the limit, counted from maxProcessingInstructionCount', () => {
		const publishes = (count: number) => Array.from({ length: count }, (_, i) => ({ at: i, server: 'A', do: 'publish', instructions: 1_000_000 }));
		expect(problems({ ...minimal, events: publishes(20) })).toEqual([]);
		expect(problems({ ...minimal, events: publishes(21) })).toEqual([
			'events: the publish and edit events write 21 000 cache-instruction rows in all (⌈instructions / maxProcessingInstructionCount⌉ each); the limit is 20 000',
		]);
		expect(problems({ ...minimal, settings: { maxProcessingInstructionCount: 100_000 }, events: publishes(21) })).toEqual([]);
	});

	test('refuses more process starts than the limit: servers, then start and recycle events', () => {
		const restarts = (count: number) => Array.from({ length: count }, (_, i) => ({ at: 10 + i, server: 'S0', do: i % 2 ? 'start' : 'recycle' }));
		const crashes = Array.from({ length: 5000 }, (_, i) => ({ at: 10 + i, server: 'S1', do: 'crash' }));
		expect(problems({ ...minimal, servers: servers(200), events: [...restarts(1800), ...crashes] })).toEqual([]);
		expect(problems({ ...minimal, servers: servers(200), events: restarts(1801) })).toEqual(['events: the servers and their start and recycle events start 2 001 processes; the limit is 2 000']);
	});

	test('refuses rows that too many servers would each apply', () => {
		const events = Array.from({ length: 20 }, (_, i) => ({ at: i, server: 'S0', do: 'edit', instructions: 1_000_000 }));
		expect(problems({ ...minimal, servers: servers(200), events, until: 1 })).toEqual([
			'events: 20 000 cache-instruction rows, each applied by 200 servers, are about 4 001 104 simulation steps; the limit is 500 000: write fewer rows (fewer instructions or a larger maxProcessingInstructionCount) or use fewer servers',
		]);
	});

	test.each(['8.18.8', '13.5.2', '16.2.0', '17.4.0', '17.6.0', '17.8.0'])('the estimate is at least what Umbraco %s logs', (umbraco) => {
		const fast = { touchPeriod: 10, pruneThrottle: 5, syncPeriod: 1, rowsPerPoll: 1, maxProcessingInstructionCount: 2 };
		for (const [role, settings] of [['elected', {}], ['elected', fast], ['publisher', fast], ['subscriber', {}]] as const) {
			const list = Array.from({ length: 5 }, (_, i) => ({ id: `S${i}`, start: i * 7, role: i === 0 ? 'elected' : role }));
			const events: Record<string, unknown>[] = list.map((server) => ({ at: server.start + 3, server: server.id, do: 'request' }));
			for (let at = 100; at < 3600; at += 300) events.push({ at, server: `S${(at / 100) % 5}`, do: 'publish', instructions: 7 });
			events.push({ at: 900, server: 'S1', do: 'crash' }, { at: 1000, server: 'S1', do: 'start' }, { at: 1200, server: 'S2', do: 'recycle' });
			events.push({ at: 1500, server: 'S3', do: 'dbHang', until: 1700 }, { at: 2000, server: 'S0', do: 'recycle', mainDom: 'lost' }, { at: 2400, server: 'S0', do: 'recycle' });
			const result = validateScenario({ umbraco, settings, servers: list, events, until: 3600 });
			if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
			expect(runScenario(result.scenario).log.length).toBeLessThanOrEqual(estimateScenarioWork(result.scenario).steps);
		}
	});
});

describe('instructions are batched by count', () => {
	test('a publish of 1 000 000 instructions is written as 1 000 rows and applied as such', () => {
		const { log } = simulate({ ...minimal, servers: [{ id: 'A', start: 0 }, { id: 'B', start: 0 }], events: [{ at: 200, server: 'A', do: 'publish', instructions: 1_000_000 }], until: 400 });
		const write = log.find((entry) => entry.type === 'write');
		expect(write).toMatchObject({ server: 'A', count: 1_000_000 });
		expect(write?.type === 'write' && write.rows).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
		expect(log.filter((entry) => entry.server === 'B' && entry.type === 'apply')).toHaveLength(1000);
	});

	test('rows carry counts: the last row holds the remainder', () => {
		const { db } = writeInstructions(emptyDatabase, 'A#1', 1_000_000, 0, 300_000);
		expect(db.instructions.map((row) => row.instructionCount)).toEqual([300_000, 300_000, 300_000, 100_000]);
	});

	test('a prune with nothing old enough keeps the very same table, so frequent prunes of a big table cost nothing', () => {
		const db = writeInstructions(emptyDatabase, 'A#1', 20_000, 100, 1).db;
		const nothingOld = pruneInstructions(db, 150, 100);
		expect(nothingOld).toEqual({ db, deleted: 0 });
		expect(nothingOld.db).toBe(db);
		expect(pruneInstructions(db, 1000, 100).db.instructions.map((row) => row.id)).toEqual([20_000]);
	});
});
