import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eventKinds } from '../../../src/machines/scenario/scenario-types';
import { simulate } from '../../../src/machines/simulate';

const fixtures = join(import.meta.dirname, '../../fixtures/scenarios');
const fixtureNames = readdirSync(fixtures).filter((name) => name.endsWith('.json') && !name.endsWith('.golden.json'));
const readFixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

/** Small seeded generator (mulberry32): the random scenarios are the same on every run. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomScenario(seed: number) {
	const next = random(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
	const ids = ['A', 'B', 'C', 'D'].slice(0, 2 + Math.floor(next() * 3));
	const servers = ids.map((id) => ({
		id,
		start: Math.floor(next() * 60),
		role: next() < 0.8 ? 'elected' : pick(['publisher', 'subscriber', 'single']),
		...(next() < 0.3 ? { machineName: 'changes', machineIdentifier: next() < 0.5 } : {}),
	}));
	const events = Array.from({ length: 12 }, () => {
		const at = Math.floor(next() * 900);
		const kind = pick(eventKinds);
		const event = { at, server: pick(ids), do: kind };
		if (kind === 'publish' || kind === 'edit') return { ...event, instructions: 1 + Math.floor(next() * 1500) };
		if (kind === 'dbFailure' || kind === 'dbHang') return { ...event, until: at + 1 + Math.floor(next() * 300) };
		if (kind === 'recycle' && next() < 0.5) return { ...event, mainDom: 'lost' };
		return event;
	});
	const umbraco = pick(['8.18.8', '13.5.2', '16.1.0', '17.0.2', '17.4.0', '17.6.0', '17.7.0', '17.8.0', '18.3.0']);
	return { umbraco, settings: { retainInstructions: 600 }, servers, events, until: 1200 };
}

describe('simulate is deterministic', () => {
	test.each(fixtureNames)('%s gives the same result twice, and the same with a poll on every tick', (name) => {
		const scenario = readFixture(name);
		const first = simulate(scenario);
		expect(simulate(scenario)).toEqual(first);
		expect(simulate(scenario, { everyTick: true })).toEqual(first);
	});

	test('the file order of events at different instants does not matter', () => {
		const scenario = readFixture('issue-example.json') as { events: unknown[] };
		const reversed = { ...scenario, events: [...scenario.events].reverse() };
		expect(simulate(reversed)).toEqual(simulate(scenario));
	});

	test('same-instant events of one kind keep their file order', () => {
		const servers = [{ id: 'A', start: 0 }];
		const events = [
			{ at: 100, server: 'A', do: 'edit', instructions: 1 },
			{ at: 100, server: 'A', do: 'edit', instructions: 2 },
		];
		const counts = (list: typeof events) => simulate({ umbraco: '13.5.2', servers, events: list, until: 100 }).log.flatMap((e) => (e.type === 'write' ? [e.count] : []));
		expect(counts(events)).toEqual([1, 2]);
		expect(counts([...events].reverse())).toEqual([2, 1]);
	});

	test.each(Array.from({ length: 60 }, (_, seed) => seed + 1))('random scenario %i: repeatable, sleeping polls change nothing, invariants hold', (seed) => {
		const scenario = randomScenario(seed);
		const result = simulate(scenario);
		expect(simulate(scenario, { everyTick: true })).toEqual(result);
		expect(result.final.database.servers.filter((row) => row.isSchedulingPublisher).length).toBeLessThanOrEqual(1);
		for (const id of scenario.servers.map((s) => s.id)) {
			const ids = result.log.flatMap((e) => (e.server === id && e.type === 'apply' ? [e.instruction] : []));
			expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
		}
		const times = result.log.map((e) => e.t);
		expect(times).toEqual([...times].sort((a, b) => a - b));
	});
});
