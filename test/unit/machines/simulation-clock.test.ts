import { describe, expect, test } from 'vitest';
import { nextTick } from '../../../src/machines/clock/next-tick';
import { ranks } from '../../../src/machines/clock/ranks';
import { SimulationClock } from '../../../src/machines/clock/simulation-clock';

describe('SimulationClock', () => {
	test('fires timers by time, then rank, then order, then scheduling sequence', () => {
		const clock = new SimulationClock();
		const fired: string[] = [];
		const at = (name: string, time: number, rank: number, order: number) => clock.schedule({ at: time, rank, order }, () => fired.push(name));
		at('sync B', 75, ranks.sync, 1);
		at('touch B', 75, ranks.touch, 1);
		at('touch A', 75, ranks.touch, 0);
		at('crash A', 75, ranks.crash, 0);
		at('early', 10, ranks.jobs, 9);
		at('touch A again', 75, ranks.touch, 0);
		clock.runUntil(100);
		expect(fired).toEqual(['early', 'crash A', 'touch A', 'touch A again', 'touch B', 'sync B']);
	});

	test('moves time to each timer as it fires, then to the end', () => {
		const clock = new SimulationClock();
		const seen: number[] = [];
		clock.schedule({ at: 15, rank: 0, order: 0 }, () => seen.push(clock.now));
		clock.schedule({ at: 75, rank: 0, order: 0 }, () => seen.push(clock.now));
		clock.runUntil(60);
		expect(seen).toEqual([15]);
		expect(clock.now).toBe(60);
		clock.runUntil(600);
		expect(seen).toEqual([15, 75]);
		expect(clock.now).toBe(600);
	});

	test('runs timers scheduled while firing, including ones due at the same instant', () => {
		const clock = new SimulationClock();
		const fired: string[] = [];
		clock.schedule({ at: 5, rank: 1, order: 0 }, () => {
			fired.push('first');
			clock.schedule({ at: 5, rank: 2, order: 0 }, () => fired.push('same instant, later rank'));
			clock.schedule({ at: 3, rank: 0, order: 0 }, () => fired.push('in the past: now'));
		});
		clock.runUntil(10);
		expect(fired).toEqual(['first', 'in the past: now', 'same instant, later rank']);
	});

	test('skips cancelled timers', () => {
		const clock = new SimulationClock();
		const fired: number[] = [];
		const handle = clock.schedule({ at: 5, rank: 0, order: 0 }, () => fired.push(5));
		clock.schedule({ at: 6, rank: 0, order: 0 }, () => fired.push(6));
		handle.cancel();
		clock.runUntil(10);
		expect(fired).toEqual([6]);
	});

	test('keeps heap order over many timers', () => {
		const clock = new SimulationClock();
		const fired: number[] = [];
		const times = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1000);
		for (const t of times) clock.schedule({ at: t, rank: 0, order: 0 }, () => fired.push(t));
		clock.runUntil(1000);
		expect(fired).toEqual([...times].sort((a, b) => a - b));
	});
});

describe('nextTick', () => {
	test.each([
		[15, 60, 0, false, 15],
		[15, 60, 15, false, 15],
		[15, 60, 15, true, 75],
		[15, 60, 16, false, 75],
		[15, 60, 75, true, 135],
		[60, 5, 201, false, 205],
		[60, 5, 0.1 + 0.2, false, 60],
		[0.1, 0.2, 0.3, false, 0.3],
	])('grid from %d every %d, from %d (strictly %s) is %d', (first, period, from, strictly, expected) => {
		expect(nextTick(first, period, from, strictly)).toBe(expected);
	});
});
