import { describe, expect, test } from 'vitest';
import { entries, jobTimes, roles, run, times } from './scenario-helpers';

// Runtime semantics §1.3–§1.5, v13 unless said otherwise.
describe('election timings', () => {
	test('a lone server is Unknown until its first touch 15 s after start, then Single', () => {
		const { log, final } = run({ servers: [{ id: 'A', start: 0 }], until: 100 });
		expect(log.slice(0, 3)).toEqual([
			{ t: 0, server: 'A', type: 'start' },
			{ t: 0, server: 'A', type: 'role', role: 'Unknown' },
			{ t: 0, server: 'A', type: 'boot', mode: 'cold' },
		]);
		expect(times(log, 'A', 'touch')).toEqual([15, 75]);
		expect(roles(log, 'A')).toEqual(['0:Unknown', '15:Single']);
		// Flagged even alone [§1.5].
		expect(final.database.servers).toEqual([
			{ id: 1, computerName: 'A', address: 'https://A/', registeredDate: 15, lastNotifiedDate: 75, isActive: true, isSchedulingPublisher: true },
		]);
	});

	test('a newcomer is Subscriber from its first touch; the first server reads Single until its next touch', () => {
		const { log } = run({ servers: [{ id: 'A', start: 0 }, { id: 'B', start: 10 }], until: 200 });
		expect(roles(log, 'B')).toEqual(['10:Unknown', '25:Subscriber']);
		expect(roles(log, 'A')).toEqual(['0:Unknown', '15:Single', '75:SchedulingPublisher']);
	});

	test('two servers starting at the same second: the first in the file wins', () => {
		const { log, final } = run({ servers: [{ id: 'B', start: 0 }, { id: 'A', start: 0 }], until: 100 });
		expect(roles(log, 'B')).toEqual(['0:Unknown', '15:Single', '75:SchedulingPublisher']);
		expect(roles(log, 'A')).toEqual(['0:Unknown', '15:Subscriber']);
		expect(final.database.servers.filter((row) => row.isSchedulingPublisher).map((row) => row.computerName)).toEqual(['B']);
	});

	test('a dead publisher is deactivated by the first touch after last touch + 120 s, and the next touch promotes', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 10 }, { id: 'C', start: 20 }];
		const { log } = run({ servers, events: [{ at: 230, server: 'A', do: 'crash' }], until: 400 });
		const lastTouch = Math.max(...times(log, 'A', 'touch'));
		expect(lastTouch).toBe(195);
		expect(entries(log, 'B', 'deactivate')).toEqual([{ t: 325, server: 'B', type: 'deactivate', target: 'A' }]);
		expect(roles(log, 'C')).toEqual(['20:Unknown', '35:Subscriber', '335:SchedulingPublisher']);
		// Detection within 180 s and promotion within 240 s of the last touch [§1.5].
		expect(325 - lastTouch).toBeLessThanOrEqual(180);
		expect(335 - lastTouch).toBeLessThanOrEqual(240);
	});

	test('the last live server becomes Single at the deactivating touch and takes the flag at the next', () => {
		const { log, final } = run({ servers: [{ id: 'A', start: 0 }, { id: 'B', start: 10 }], events: [{ at: 100, server: 'A', do: 'stop' }], until: 400 });
		expect(roles(log, 'B')).toEqual(['10:Unknown', '25:Subscriber', '205:Single']);
		expect(entries(log, 'B', 'deactivate').map((e) => e.t)).toEqual([205]);
		expect(final.database.servers.find((row) => row.computerName === 'B')).toMatchObject({ isSchedulingPublisher: true, isActive: true });
	});

	test('a graceful stop does not deregister: the row stays active until another server finds it stale', () => {
		const { final } = run({ servers: [{ id: 'A', start: 0 }, { id: 'B', start: 10 }], events: [{ at: 100, server: 'A', do: 'stop' }], until: 200 });
		expect(final.database.servers.find((row) => row.computerName === 'A')).toMatchObject({ isActive: true, isSchedulingPublisher: true, lastNotifiedDate: 75 });
		expect(final.servers['A']).toEqual({ role: 'SchedulingPublisher', running: false, lastSynced: 0 });
	});

	test('a quick restart keeps the role: Unknown for 15 s, then SchedulingPublisher again', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 10 }];
		const events = [{ at: 100, server: 'A', do: 'crash' }, { at: 130, server: 'A', do: 'start' }];
		const { log } = run({ servers, events, until: 300 });
		expect(roles(log, 'A')).toEqual(['0:Unknown', '15:Single', '75:SchedulingPublisher', '130:Unknown', '145:SchedulingPublisher']);
		expect(roles(log, 'B')).toEqual(['10:Unknown', '25:Subscriber']);
	});

	test('a returning ex-publisher whose row was deactivated comes back as Subscriber', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 10 }];
		const events = [{ at: 100, server: 'A', do: 'crash' }, { at: 400, server: 'A', do: 'start' }];
		const { log } = run({ servers, events, until: 500 });
		expect(roles(log, 'A').slice(-2)).toEqual(['400:Unknown', '415:Subscriber']);
	});

	test('a publisher cut off from the database keeps believing it publishes while another is promoted', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 10 }];
		const events = [{ at: 100, server: 'A', do: 'dbFailure', until: 400 }];
		const { log } = run({ servers, events, until: 600 });
		// B takes the flag at 265 but reads Single while alone; A's return makes it SchedulingPublisher.
		expect(roles(log, 'B')).toEqual(['10:Unknown', '25:Subscriber', '205:Single', '445:SchedulingPublisher']);
		// A's failed touches change nothing; its first touch after the failure makes it Subscriber (inferred, §1.5).
		expect(roles(log, 'A')).toEqual(['0:Unknown', '15:Single', '75:SchedulingPublisher', '435:Subscriber']);
		expect(times(log, 'A', 'touch')).toEqual([15, 75, 435, 495, 555]);
		// Both run scheduled publishing while A still believes it is the publisher.
		expect(jobTimes(log, 'A', 'scheduledPublishing')).toEqual([180, 240, 300, 360, 420]);
		expect(jobTimes(log, 'B', 'scheduledPublishing')[0]).toBe(250);
	});

	test('v8: a failed touch stops touching for good; the frozen Master runs scheduled publishing beside the new Single', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 0 }];
		const events = [
			{ at: 5, server: 'A', do: 'request' },
			{ at: 5, server: 'B', do: 'request' },
			{ at: 130, server: 'A', do: 'dbFailure', until: 141 },
		];
		const { log } = run({ umbraco: '8.18.8', servers, events, until: 420 });
		expect(times(log, 'A', 'touch')).toEqual([20, 80]);
		expect(roles(log, 'A')).toEqual(['0:Unknown', '20:Single', '80:Master']);
		expect(roles(log, 'B')).toEqual(['0:Unknown', '20:Replica', '260:Single']);
		expect(jobTimes(log, 'A', 'scheduledPublishing')).toEqual([185, 245, 305, 365]);
		expect(jobTimes(log, 'B', 'scheduledPublishing')).toEqual([305, 365]);
	});

	test('v8: nothing runs before the first request; then touch after 15 s, sync after 60 s, jobs after 180 s', () => {
		const { log } = run({ umbraco: '8.18.8', servers: [{ id: 'A', start: 0 }], events: [{ at: 100, server: 'A', do: 'request' }], until: 400 });
		expect(times(log, 'A', 'touch')[0]).toBe(115);
		expect(times(log, 'A', 'prune')[0]).toBe(160);
		expect(jobTimes(log, 'A', 'scheduledPublishing')[0]).toBe(280);
		expect(jobTimes(log, 'A', 'reportSite')).toEqual([60]);
	});
});

describe('role accessors', () => {
	test('pinned and single servers never touch and never write umbracoServer', () => {
		const servers = [
			{ id: 'P', start: 0, role: 'publisher' },
			{ id: 'S', start: 0, role: 'subscriber' },
			{ id: 'X', start: 0, role: 'single' },
		];
		const { log, final } = run({ servers, until: 300 });
		expect(log.filter((e) => e.type === 'touch')).toEqual([]);
		expect(final.database.servers).toEqual([]);
		expect([roles(log, 'P'), roles(log, 'S'), roles(log, 'X')]).toEqual([['0:SchedulingPublisher'], ['0:Subscriber'], ['0:Single']]);
		expect(jobTimes(log, 'S', 'scheduledPublishing')).toEqual([]);
		expect(jobTimes(log, 'P', 'scheduledPublishing')).toEqual([180, 240, 300]);
		expect(jobTimes(log, 'X', 'scheduledPublishing')).toEqual([180, 240, 300]);
	});

	test('v8 pinned roles use Master and Replica', () => {
		const { log } = run({ umbraco: '8.18.8', servers: [{ id: 'M', start: 0, role: 'publisher' }, { id: 'R', start: 0, role: 'subscriber' }], until: 10 });
		expect([roles(log, 'M'), roles(log, 'R')]).toEqual([['0:Master'], ['0:Replica']]);
	});
});

describe('application URL', () => {
	test('v13 without a configured URL touches at the first grid tick after a request', () => {
		const { log } = run({ servers: [{ id: 'A', start: 0, appUrl: false }], events: [{ at: 100, server: 'A', do: 'request' }], until: 300 });
		expect(times(log, 'A', 'touch')).toEqual([135, 195, 255]);
	});

	test.each([
		['17.3.0', [135, 195]],
		['17.4.0', []],
		['17.6.0', [15, 75, 135, 195]],
	])('%s without a configured URL touches at %j', (umbraco, touches) => {
		const { log, final } = run({ umbraco, servers: [{ id: 'A', start: 0, appUrl: false }], events: [{ at: 100, server: 'A', do: 'request' }], until: 200 });
		expect(times(log, 'A', 'touch')).toEqual(touches);
		if (touches.length === 0) expect(final.servers['A']!.role).toBe('Unknown');
	});

	test('17.6 registers the machine name as address when no URL is known', () => {
		const { final } = run({ umbraco: '17.6.0', servers: [{ id: 'A', start: 0, appUrl: false }], until: 20 });
		expect(final.database.servers[0]!.address).toBe('A');
	});
});
