import { describe, expect, test } from 'vitest';
import {
	behindBy,
	createFlow,
	pollSeconds,
	publish,
	secondsToNextPoll,
	tick,
	type FlowState,
} from '../../../src/components/lesson/instruction-flow';

const run = (state: FlowState, seconds: number) => Array.from({ length: seconds }).reduce<FlowState>((s) => tick(s), state);

describe('publish', () => {
	test('appends rows with increasing ids', () => {
		expect(publish(publish(createFlow())).rows).toEqual([1, 2]);
	});
});

describe('tick', () => {
	test('a front-end applies pending rows only at its own poll, in id order', () => {
		const state = publish(publish(createFlow()));
		const [fe1, fe2] = run(state, 1).servers;
		expect(fe1!.lastSynced).toBe(2);
		expect(fe2!.lastSynced).toBe(0);
		expect(run(state, 4).servers.map((s) => s.lastSynced)).toEqual([2, 2]);
		expect(run(state, 1).log[0]!.text).toBe('Front-end 1 applied instructions 1, 2');
	});

	test('every front-end is up to date within one poll period of a publish', () => {
		for (let start = 0; start < pollSeconds; start++) {
			const published = publish(run(createFlow(), start));
			const later = run(published, pollSeconds);
			expect(later.servers.every((s) => behindBy(later, s) === 0)).toBe(true);
		}
	});

	test('a poll with nothing new writes nothing to the log', () => {
		expect(run(createFlow(), 12).log).toEqual([]);
	});
});

describe('secondsToNextPoll', () => {
	test('counts down to each server’s poll second and starts again at 5', () => {
		const [fe1] = createFlow().servers;
		expect([0, 1, 2, 5, 6].map((t) => secondsToNextPoll({ ...createFlow(), t }, fe1!))).toEqual([1, 5, 4, 1, 5]);
	});
});
