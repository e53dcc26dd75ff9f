import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../../src/machines/log';
import { actionPhrase, narrate } from '../../../../src/components/simulator/narration';
import { formatClock, timerProgress } from '../../../../src/components/simulator/sim-format';

const entries: LogEntry[] = [
	{ t: 15, server: 'admin', type: 'touch' },
	{ t: 15, server: 'admin', type: 'role', role: 'SchedulingPublisher' },
	{ t: 20, server: 'web1', type: 'apply', instruction: 4 },
	{ t: 190, server: 'web1', type: 'deactivate', target: 'admin' },
	{ t: 191, server: 'web2', type: 'crash' },
	{ t: 192, server: 'web3', type: 'boot', mode: 'cold' },
	{ t: 193, server: 'web3', type: 'role', role: 'Subscriber' },
];

describe('narration', () => {
	it('says nothing when off, or when nothing important happened', () => {
		expect(narrate(entries, 'off')).toBe('');
		expect(narrate(entries.slice(0, 1), 'roles')).toBe('');
	});

	it('reads out roles and failures, at most three, and counts the rest', () => {
		expect(narrate(entries.slice(0, 2), 'roles')).toBe('At 15 s: admin became SchedulingPublisher.');
		expect(narrate(entries, 'roles')).toBe('At 193 s: admin became SchedulingPublisher; web1 marked admin inactive; web2 crashed; and 2 more.');
	});

	it('reads everything at the highest verbosity', () => {
		expect(narrate(entries.slice(0, 3), 'all')).toBe('At 20 s: admin touched its row; admin became SchedulingPublisher; web1 apply instruction 4.');
	});
});

describe('times', () => {
	it('formats simulated seconds as a clock', () => {
		expect([0, 59, 61, 3600, 3725.9].map(formatClock)).toEqual(['0:00', '0:59', '1:01', '1:00:00', '1:02:05']);
	});

	it('places a periodic timer: before its first tick, and within a period', () => {
		expect(timerProgress(5, 0, 15, 60)).toEqual({ next: 15, progress: 5 / 15 });
		expect(timerProgress(45, 0, 15, 60)).toEqual({ next: 75, progress: 0.5 });
		expect(timerProgress(75, 0, 15, 60)).toEqual({ next: 135, progress: 0 });
	});
});

describe('action phrases', () => {
	it('says what an injected action did', () => {
		expect(actionPhrase('web1', { do: 'crash' })).toBe('web1 crashed');
		expect(actionPhrase('web1', { do: 'request' })).toBe('A request reached web1');
		expect(actionPhrase('web1', { do: 'dbHang', seconds: 90 })).toBe("web1's database calls hang for 90 s");
		expect(actionPhrase('admin', { do: 'recycle', mainDom: 'lost' })).toBe('admin recycled; the new process lost MainDom');
		expect(actionPhrase('admin', { do: 'publish', instructions: 3 })).toBe('admin published 3');
		expect(actionPhrase('web2', { do: 'dbFailure', seconds: 90 })).toBe('web2 lost the database for 90 s');
	});
});
