import { describe, expect, test } from 'vitest';
import type { ServerRow } from '../../../src/machines/database/database-state';
import { touchServer } from '../../../src/machines/database/server-registrations';

const stale = 120;

function touchAll(steps: readonly (readonly [identity: string, now: number])[]) {
	let rows: readonly ServerRow[] = [];
	return steps.map(([identity, now]) => {
		const result = touchServer(rows, { identity, address: `https://${identity}/`, now, staleTimeout: stale });
		rows = result.servers;
		return { identity, role: result.role, deactivated: result.deactivated, rows };
	});
}

describe('touchServer', () => {
	test('flags the first server even alone, which then reads Single', () => {
		const [first] = touchAll([['A', 15]]);
		expect(first!.role).toBe('single');
		expect(first!.rows).toEqual([
			{ id: 1, computerName: 'A', address: 'https://A/', registeredDate: 15, lastNotifiedDate: 15, isActive: true, isSchedulingPublisher: true },
		]);
	});

	test('makes a newcomer Subscriber at once, and the first server publisher only at its next touch', () => {
		const roles = touchAll([
			['A', 15],
			['B', 25],
			['A', 75],
		]).map((step) => `${step.identity}:${step.role}`);
		expect(roles).toEqual(['A:single', 'B:subscriber', 'A:publisher']);
	});

	test('deactivates a dead publisher strictly after the stale timeout, and promotes whoever touches next', () => {
		const steps = touchAll([
			['A', 15],
			['B', 25],
			['A', 75], // A's last touch
			['B', 195], // 195 − 75 = 120: not yet stale
			['B', 255], // stale: deactivated, but the flag was counted before
			['C', 256],
		]);
		expect(steps[3]!.deactivated).toEqual([]);
		expect(steps[4]!).toMatchObject({ deactivated: ['A'], role: 'single' });
		expect(steps[4]!.rows.find((r) => r.computerName === 'B')!.isSchedulingPublisher).toBe(false);
		// The next touch, even a newcomer's, finds no flag and takes it.
		expect(steps[5]!.role).toBe('publisher');
		expect(touchServer(steps[5]!.rows, { identity: 'B', address: 'b', now: 315, staleTimeout: stale }).role).toBe('subscriber');
	});

	test('never flags two rows, whatever the order of touches', () => {
		const steps = touchAll([
			['A', 0],
			['B', 0],
			['C', 0],
			['B', 200],
			['C', 200],
			['A', 400],
			['B', 400],
		]);
		for (const step of steps) expect(step.rows.filter((r) => r.isSchedulingPublisher).length).toBeLessThanOrEqual(1);
	});

	test('keeps the flag of a quick restart, and reuses the row', () => {
		const [, , again] = touchAll([
			['A', 15],
			['B', 25],
			['A', 100],
		]);
		expect(again!.role).toBe('publisher');
		expect(again!.rows).toHaveLength(2);
		expect(again!.rows[0]).toMatchObject({ id: 1, registeredDate: 15, lastNotifiedDate: 100 });
	});

	test('brings a deactivated ex-publisher back as Subscriber', () => {
		const steps = touchAll([
			['A', 15],
			['B', 25],
			['B', 200], // A stale: deactivated, flag cleared
			['B', 260], // B promoted
			['A', 300],
		]);
		expect(steps[4]!.role).toBe('subscriber');
		expect(steps[4]!.rows.find((r) => r.computerName === 'B')!.isSchedulingPublisher).toBe(true);
	});
});
