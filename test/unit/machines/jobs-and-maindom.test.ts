import { describe, expect, test } from 'vitest';
import { entries, jobTimes, roles, run, times } from './scenario-helpers';

describe('recurring jobs', () => {
	test('v13: scheduled publishing from 180 s after boot every 60 s, only while Single or SchedulingPublisher', () => {
		const { log } = run({ servers: [{ id: 'A', start: 0 }, { id: 'B', start: 10 }], until: 400 });
		expect(jobTimes(log, 'A', 'scheduledPublishing')).toEqual([180, 240, 300, 360]);
		expect(jobTimes(log, 'A', 'keepAlive')).toEqual([180]);
		expect(jobTimes(log, 'B', 'scheduledPublishing')).toEqual([]);
		// All-role jobs run on subscribers too.
		expect(jobTimes(log, 'B', 'tempFileCleanup')).toEqual([190]);
		expect(jobTimes(log, 'B', 'reportSite')).toEqual([310]);
	});

	test('a job fire skipped for the role is not logged; the grid stays anchored at boot', () => {
		const events = [{ at: 100, server: 'A', do: 'crash' }];
		const { log } = run({ servers: [{ id: 'A', start: 0 }, { id: 'B', start: 7 }], events, until: 500 });
		// B's grid: 187, 247, …; it becomes Single at its touch at 202 (A last touched at 75).
		expect(roles(log, 'B')).toContain('202:Single');
		expect(jobTimes(log, 'B', 'scheduledPublishing')).toEqual([247, 307, 367, 427, 487]);
	});

	test('v13 runs webhook firing every 10 s from 20 s after boot on the publisher; 14+ drops keep-alive', () => {
		const { log } = run({ servers: [{ id: 'A', start: 0 }], until: 60 });
		expect(jobTimes(log, 'A', 'webhookFiring')).toEqual([20, 30, 40, 50, 60]);
		const v14 = run({ umbraco: '14.3.0', servers: [{ id: 'A', start: 0 }], until: 500 });
		expect(jobTimes(v14.log, 'A', 'keepAlive')).toEqual([]);
		expect(jobTimes(v14.log, 'A', 'scheduledPublishing')[0]).toBe(180);
	});
});

describe('v17 distributed jobs', () => {
	test('scheduled publishing runs on exactly one server per due time, whatever the roles, from 60 s after EnsureJobs', () => {
		const servers = [{ id: 'A', start: 0, role: 'subscriber' }, { id: 'B', start: 0, appUrl: false }];
		const { log, final } = run({ umbraco: '17.4.0', servers, until: 400 });
		const runs = log.filter((e) => e.type === 'job' && e.job === 'scheduledPublishing').map((e) => `${e.t}:${e.server}`);
		expect(runs).toEqual(['125:A', '190:A', '255:B', '320:A', '385:A']);
		expect(final.servers['B']!.role).toBe('Unknown');
		expect(final.database.distributedJobs?.find((row) => row.name === 'scheduledPublishing')).toMatchObject({ lastRun: 385, isRunning: false });
	});

	test('webhook firing is due strictly after lastRun + 10 s, so a 5 s tick runs it every 15 s', () => {
		const { log } = run({ umbraco: '17.4.0', servers: [{ id: 'A', start: 0 }], until: 130 });
		expect(jobTimes(log, 'A', 'webhookFiring')).toEqual([75, 90, 105, 120]);
	});

	test('a host cut off from the database fails its takes; the job waits for the next host tick', () => {
		const servers = [{ id: 'A', start: 0 }, { id: 'B', start: 2 }];
		const events = [{ at: 100, server: 'A', do: 'dbFailure', until: 200 }];
		const { log } = run({ umbraco: '17.4.0', servers, events, until: 200 });
		// Due after 182: B's tick at 187 takes webhook firing (first in the table), so 192.
		expect(log.filter((e) => e.type === 'job' && e.job === 'scheduledPublishing').map((e) => `${e.t}:${e.server}`)).toEqual(['122:B', '192:B']);
		expect(log.filter((e) => e.server === 'A' && e.type === 'job' && e.t > 100 && e.t < 200).map((e) => 'job' in e && e.job)).toEqual(['tempFileCleanup']);
	});
});

describe('MainDom', () => {
	const pair = [{ id: 'A', start: 0 }, { id: 'B', start: 10 }];

	test('an overlapping restart waits for the holder’s next 2 s release poll, then boots with the same identity', () => {
		const { log } = run({ servers: pair, events: [{ at: 101, server: 'A', do: 'recycle' }], until: 200 });
		expect(log.filter((e) => e.server === 'A' && e.t >= 101 && e.t <= 102)).toEqual([
			{ t: 101, server: 'A', type: 'start' },
			{ t: 101, server: 'A', type: 'role', role: 'Unknown' },
			{ t: 102, server: 'A', type: 'stop' },
			{ t: 102, server: 'A', type: 'boot', mode: 'warm' },
		]);
		expect(roles(log, 'A').slice(-1)).toEqual(['117:SchedulingPublisher']);
	});

	test('the old process serves requests until it hands over', () => {
		const events = [{ at: 101, server: 'A', do: 'recycle' }, { at: 101, server: 'A', do: 'publish', instructions: 1 }, { at: 150, server: 'A', do: 'publish', instructions: 1 }];
		const { final } = run({ servers: pair, events, until: 160 });
		expect(final.database.instructions.map((row) => row.originated)).toEqual(['A#1', 'A#2']);
	});

	test('v8’s semaphore lock hands over at once', () => {
		const events = [{ at: 5, server: 'A', do: 'request' }, { at: 101, server: 'A', do: 'recycle' }];
		const { log } = run({ umbraco: '8.18.8', servers: [{ id: 'A', start: 0 }], events, until: 200 });
		expect(times(log, 'A', 'stop')).toEqual([101]);
		expect(entries(log, 'A', 'boot').map((e) => e.t)).toEqual([0, 101]);
	});

	test('a recycle of a stopped server is a plain start', () => {
		const { log } = run({ servers: pair, events: [{ at: 50, server: 'A', do: 'stop' }, { at: 101, server: 'A', do: 'recycle' }], until: 120 });
		expect(entries(log, 'A', 'boot').map((e) => e.t)).toEqual([0, 101]);
	});

	test('a crash takes down the holder and the contender alike', () => {
		const { log, final } = run({ servers: pair, events: [{ at: 101, server: 'A', do: 'recycle' }, { at: 101, server: 'A', do: 'crash' }], until: 200 });
		expect(times(log, 'A', 'crash')).toEqual([101, 101]);
		expect(final.servers['A']).toMatchObject({ running: false });
	});
});

describe('lifecycle', () => {
	test('a start during a database failure never boots: the runtime stays down until the next restart (inferred)', () => {
		const events = [{ at: 100, server: 'A', do: 'stop' }, { at: 150, server: 'A', do: 'dbFailure', until: 200 }, { at: 160, server: 'A', do: 'start' }];
		const { log, final } = run({ servers: [{ id: 'A', start: 0 }], events, until: 400 });
		expect(entries(log, 'A', 'boot').map((e) => e.t)).toEqual([0]);
		expect(times(log, 'A', 'touch').filter((t) => t > 100)).toEqual([]);
		expect(final.servers['A']).toEqual({ role: 'Unknown', running: true, lastSynced: null });
	});

	test('commands for a server that is not running change nothing', () => {
		const events = [{ at: 100, server: 'A', do: 'stop' }, { at: 110, server: 'A', do: 'publish', instructions: 1 }, { at: 120, server: 'A', do: 'stop' }, { at: 130, server: 'A', do: 'crash' }];
		const { log } = run({ servers: [{ id: 'A', start: 0 }], events, until: 200 });
		expect(log.filter((e) => e.t >= 100).map((e) => e.type)).toEqual(['stop']);
	});
});
