/**
 * What changed in the simulation with 17.6–17.8 and 18.1–18.3 (shared/reference/umbraco-updates-2026.md
 * §1): the boot election, SyncTimeout / TouchTimeout and hung calls, the publisher without
 * MainDom, the machine-identity chain and the scheduled publishing period. Each test compares a
 * version with the fix against one without it, so it fails if the version gate is lost.
 */
import { describe, expect, test } from 'vitest';
import { createRecording } from '../../../src/machines/playback/recording';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';
import { getVersionProfile } from '../../../src/machines/versions/version-profile';
import { applied, entries, jobTimes, roles, run, times } from './scenario-helpers';

const farm = [
	{ id: 'admin', start: 0 },
	{ id: 'web1', start: 5 },
];

describe('17.8+ / 18.3+: one election at boot [PR-23801]', () => {
	test('an elected process touches as it boots, before the boot decision; the recurring touch still starts 15 s later', () => {
		const { log } = run({ umbraco: '17.8.0', servers: farm, until: 80 });
		expect(log.filter((e) => e.t <= 5)).toEqual([
			{ t: 0, server: 'admin', type: 'start' },
			{ t: 0, server: 'admin', type: 'role', role: 'Unknown' },
			{ t: 0, server: 'admin', type: 'touch' },
			{ t: 0, server: 'admin', type: 'role', role: 'Single' },
			{ t: 0, server: 'admin', type: 'boot', mode: 'cold' },
			{ t: 5, server: 'web1', type: 'start' },
			{ t: 5, server: 'web1', type: 'role', role: 'Unknown' },
			{ t: 5, server: 'web1', type: 'touch' },
			{ t: 5, server: 'web1', type: 'role', role: 'Subscriber' },
			{ t: 5, server: 'web1', type: 'boot', mode: 'cold' },
		]);
		expect(times(log, 'admin', 'touch')).toEqual([0, 15, 75]);
		expect(roles(log, 'admin')).toEqual(['0:Unknown', '0:Single', '15:SchedulingPublisher']);
	});

	test.each([
		['17.7.0', ['0:Unknown', '15:Single', '75:SchedulingPublisher']],
		['17.8.0', ['0:Unknown', '0:Single', '15:SchedulingPublisher']],
		['18.2.0', ['0:Unknown', '15:Single', '75:SchedulingPublisher']],
		['18.3.0', ['0:Unknown', '0:Single', '15:SchedulingPublisher']],
	])('%s: admin roles %j', (umbraco, expected) => {
		expect(roles(run({ umbraco, servers: farm, until: 80 }).log, 'admin')).toEqual(expected);
	});

	test('a quick restart is SchedulingPublisher from its first second; pinned accessors do not elect', () => {
		const events = [{ at: 100, server: 'admin', do: 'crash' }, { at: 130, server: 'admin', do: 'start' }];
		const { log } = run({ umbraco: '17.8.0', servers: [...farm, { id: 'web2', start: 10, role: 'subscriber' }], events, until: 140 });
		expect(roles(log, 'admin').slice(-2)).toEqual(['130:Unknown', '130:SchedulingPublisher']);
		expect(entries(log, 'web2', 'touch')).toEqual([]);
		expect(roles(log, 'web2')).toEqual(['10:Subscriber']);
	});

	test('without an application URL it elects with the machine name; a boot without the database stays Unknown', () => {
		const servers = [{ id: 'admin', start: 0, appUrl: false }, { id: 'web1', start: 20 }];
		const events = [{ at: 19, server: 'web1', do: 'dbFailure', until: 60 }];
		const { log, final } = run({ umbraco: '17.8.0', servers, events, until: 60 });
		expect(final.database.servers.map((row) => [row.computerName, row.address])).toEqual([['admin', 'admin']]);
		expect(roles(log, 'web1')).toEqual(['20:Unknown']);
		expect(entries(log, 'web1', 'boot')).toEqual([]);
	});
});

describe('17.6+ / 18.1+: SyncTimeout and TouchTimeout, and a hung database call [PR-23119]', () => {
	const hangOnWeb1 = (umbraco: string, until = 300, settings: Record<string, number> = {}) =>
		run({
			umbraco,
			settings,
			servers: farm,
			events: [
				// Requests start v8's loops; later versions only learn the URL they already know.
				{ at: 1, server: 'admin', do: 'request' },
				{ at: 6, server: 'web1', do: 'request' },
				{ at: 100, server: 'admin', do: 'publish', instructions: 1 },
				{ at: 150, server: 'web1', do: 'dbHang', until },
				{ at: 200, server: 'admin', do: 'publish', instructions: 1 },
				{ at: 400, server: 'admin', do: 'publish', instructions: 1 },
			],
			until: 600,
		});

	test.each(['8.18.8', '13.5.2', '17.0.2', '17.5.0', '18.0.0'])('%s: the loops whose calls hang stop for good, even after the hang ends', (umbraco) => {
		const { log, final } = hangOnWeb1(umbraco);
		const hangs = entries(log, 'web1', 'hang').map((e) => (e.type === 'hang' ? `${e.t}:${e.loop}` : ''));
		// v8's grids count from the first request: polls at 6 + 60 + 5k, touches at 6 + 15 + 60k.
		expect(hangs).toEqual(umbraco.startsWith('8.') ? ['151:sync', '201:touch'] : ['150:sync', '200:touch']);
		expect(entries(log, 'web1', 'timeout')).toEqual([]);
		expect(applied(log, 'web1')).toEqual([1]);
		expect(times(log, 'web1', 'touch').filter((t) => t > 150)).toEqual([]);
		expect(final.servers['web1']!.lastSynced).toBe(1);
	});

	test.each(['17.6.0', '18.1.0'])('%s: each job stops waiting after 60 s and works again once the hung call has faulted', (umbraco) => {
		const { log, final } = hangOnWeb1(umbraco);
		const web1 = log.filter((e) => e.server === 'web1' && ['hang', 'timeout', 'apply', 'touch'].includes(e.type) && e.t >= 140);
		expect(web1).toEqual([
			{ t: 140, server: 'web1', type: 'touch' },
			// web1 polls at 65 + 5k; the sleeping loop still makes the poll that hangs.
			{ t: 150, server: 'web1', type: 'hang', loop: 'sync' },
			{ t: 200, server: 'web1', type: 'hang', loop: 'touch' },
			{ t: 210, server: 'web1', type: 'timeout', loop: 'sync' },
			{ t: 260, server: 'web1', type: 'timeout', loop: 'touch' },
			// Polls from 210 every 5 s are skipped while the abandoned call is in flight; it faults at 300.
			{ t: 300, server: 'web1', type: 'apply', instruction: 2 },
			{ t: 320, server: 'web1', type: 'touch' },
			{ t: 380, server: 'web1', type: 'touch' },
			{ t: 400, server: 'web1', type: 'apply', instruction: 3 },
			{ t: 440, server: 'web1', type: 'touch' },
			{ t: 500, server: 'web1', type: 'touch' },
			{ t: 560, server: 'web1', type: 'touch' },
		]);
		expect(final.servers['web1']!.lastSynced).toBe(3);
	});

	test('a hang shorter than the timeout logs no timeout: the call faults and the loop keeps its grid', () => {
		const { log } = hangOnWeb1('17.6.0', 170);
		expect(entries(log, 'web1', 'timeout')).toEqual([]);
		expect(entries(log, 'web1', 'hang').map((e) => e.t)).toEqual([150]);
		expect(applied(log, 'web1')).toEqual([1, 2, 3]);
		expect(entries(log, 'web1', 'apply').map((e) => e.t)).toEqual([100, 200, 400]);
	});

	test('SyncTimeout and TouchTimeout come from the settings; a longer timeout moves the grid', () => {
		const { log } = hangOnWeb1('17.6.0', 300, { syncTimeout: 100, touchTimeout: 30 });
		expect(log.filter((e) => e.server === 'web1' && e.type === 'timeout').map((e) => `${e.t}:${e.type === 'timeout' ? e.loop : ''}`)).toEqual(['230:touch', '250:sync']);
		// Sync restarts its grid at 150 + 100 = 250 and polls at 300; the touch keeps its 60 s grid (200 + 60).
		expect(entries(log, 'web1', 'apply').map((e) => e.t)).toEqual([100, 300, 400]);
		expect(times(log, 'web1', 'touch').filter((t) => t > 150)).toEqual([320, 380, 440, 500, 560]);
	});

	test('its row goes stale while the touch hangs, and comes back with the first touch after the hang (17.6)', () => {
		const old = hangOnWeb1('17.5.0');
		const fixed = hangOnWeb1('17.6.0');
		expect(roles(old.log, 'admin').at(-1)).toBe('315:Single');
		expect(roles(fixed.log, 'admin').slice(-2)).toEqual(['315:Single', '375:SchedulingPublisher']);
		expect(old.final.database.servers.find((row) => row.computerName === 'web1')!.isActive).toBe(false);
		expect(fixed.final.database.servers.find((row) => row.computerName === 'web1')!.isActive).toBe(true);
	});

	test('writes during a hang fail, and a process started during one does not boot', () => {
		const events = [
			{ at: 100, server: 'admin', do: 'dbHang', until: 200 },
			{ at: 120, server: 'admin', do: 'publish', instructions: 1 },
			{ at: 125, server: 'web1', do: 'dbHang', until: 150 },
			{ at: 130, server: 'web1', do: 'start' },
		];
		const { log } = run({ umbraco: '17.6.0', servers: [{ id: 'admin', start: 0 }, { id: 'web1', start: 500 }], events, until: 220 });
		expect(entries(log, 'admin', 'write')).toEqual([]);
		expect(entries(log, 'web1', 'boot')).toEqual([]);
	});

	test('the frame shows a blocked loop before 17.6, and a waiting then skipping one from 17.6', () => {
		const stallsAt = (umbraco: string, seconds: readonly number[]) => {
			const checked = validateScenario({
				umbraco,
				servers: farm,
				events: [{ at: 100, server: 'admin', do: 'publish', instructions: 1 }, { at: 150, server: 'web1', do: 'dbHang', until: 300 }],
				until: 400,
			});
			if (!checked.ok) throw new Error('invalid');
			const recording = createRecording(checked.scenario, getVersionProfile(umbraco, checked.scenario.settings));
			recording.extendTo(400);
			const result = seconds.map((t) => recording.frameAt(t).servers.find((server) => server.id === 'web1')!.stalls);
			recording.dispose();
			return result;
		};
		expect(stallsAt('17.5.0', [149, 150, 205, 250, 399])).toEqual([{}, { sync: 'blocked' }, { sync: 'blocked', touch: 'blocked' }, { sync: 'blocked', touch: 'blocked' }, { sync: 'blocked', touch: 'blocked' }]);
		expect(stallsAt('17.6.0', [149, 150, 205, 250, 299, 300, 399])).toEqual([
			{},
			{ sync: 'waiting' },
			{ sync: 'waiting', touch: 'waiting' },
			{ sync: 'skipping', touch: 'waiting' },
			{ sync: 'skipping', touch: 'skipping' },
			{},
			{},
		]);
	});
});

describe('17.7+ / 18.2+: a process without MainDom writes cache instructions [ISSUE-23219] [PR-23421]', () => {
	const lostRecycle = (umbraco: string) =>
		run({
			umbraco,
			servers: farm,
			events: [
				{ at: 101, server: 'admin', do: 'recycle', mainDom: 'lost' },
				{ at: 150, server: 'admin', do: 'publish', instructions: 3 },
				{ at: 160, server: 'admin', do: 'edit', instructions: 1 },
			],
			until: 300,
		});

	test.each([
		['13.5.2', [[], []]],
		['17.6.0', [[], []]],
		['17.7.0', [[1], [2]]],
		['18.1.0', [[], []]],
		['18.2.0', [[1], [2]]],
	])('%s: the publish and the edit write rows %j', (umbraco, rows) => {
		const { log } = lostRecycle(umbraco);
		expect(entries(log, 'admin', 'write').map((e) => (e.type === 'write' ? e.rows : []))).toEqual(rows);
		expect(applied(log, 'web1')).toEqual(rows.flat());
	});

	test('the new process never boots, touches or polls; the old one lets go at its next 2 s check and stops', () => {
		const { log, final } = lostRecycle('17.7.0');
		expect(log.filter((e) => e.server === 'admin' && e.t >= 101 && e.t <= 102)).toEqual([
			{ t: 101, server: 'admin', type: 'start' },
			{ t: 101, server: 'admin', type: 'role', role: 'Unknown' },
			{ t: 102, server: 'admin', type: 'stop' },
		]);
		expect(times(log, 'admin', 'touch').filter((t) => t > 101)).toEqual([]);
		expect(final.servers['admin']).toEqual({ role: 'Unknown', running: true, lastSynced: null });
	});

	test('a later recycle takes MainDom from it at once and boots warm from the file the old process left (v13)', () => {
		const events = [{ at: 101, server: 'admin', do: 'recycle', mainDom: 'lost' }, { at: 201, server: 'admin', do: 'recycle' }];
		const { log } = run({ servers: farm, events: [{ at: 90, server: 'admin', do: 'publish', instructions: 1 }, ...events], until: 300 });
		expect(log.filter((e) => e.server === 'admin' && e.t === 201)).toEqual([
			{ t: 201, server: 'admin', type: 'start' },
			{ t: 201, server: 'admin', type: 'role', role: 'Unknown' },
			{ t: 201, server: 'admin', type: 'stop' },
			{ t: 201, server: 'admin', type: 'boot', mode: 'warm' },
		]);
	});

	test('the frame says whether the process shown holds MainDom', () => {
		const checked = validateScenario({ umbraco: '17.6.0', servers: farm, events: [{ at: 101, server: 'admin', do: 'recycle', mainDom: 'lost' }], until: 200 });
		if (!checked.ok) throw new Error('invalid');
		const recording = createRecording(checked.scenario, getVersionProfile('17.6.0', checked.scenario.settings));
		recording.extendTo(200);
		const admin = (t: number) => recording.frameAt(t).servers.find((server) => server.id === 'admin')!;
		// From 101 the new process serves the requests, without MainDom.
		expect([admin(100).mainDom, admin(101).mainDom, admin(150).mainDom]).toEqual([true, false, false]);
		expect(admin(150).status).toBe('running');
		recording.dispose();
	});
});

describe('17.6+ / 18.1+: the machine identity decides cold or warm after a restart [PR-23233] [ISSUE-22947]', () => {
	const restart = (umbraco: string, server: Record<string, unknown>) =>
		run({
			umbraco,
			servers: [{ id: 'admin', start: 0 }, { id: 'web1', start: 5, ...server }],
			events: [
				// Requests start v8's loops; the others only learn the URL.
				{ at: 1, server: 'admin', do: 'request' },
				{ at: 6, server: 'web1', do: 'request' },
				{ at: 120, server: 'admin', do: 'publish', instructions: 1 },
				{ at: 200, server: 'web1', do: 'stop' },
				{ at: 250, server: 'web1', do: 'start' },
				{ at: 300, server: 'web1', do: 'recycle' },
			],
			until: 400,
		});
	const bootModes = (umbraco: string, server: Record<string, unknown>) => entries(restart(umbraco, server).log, 'web1', 'boot').map((e) => (e.type === 'boot' ? e.mode : ''));

	test.each([
		['13.5.2', {}, ['cold', 'warm', 'warm']],
		['13.5.2', { machineName: 'changes', machineIdentifier: true }, ['cold', 'cold', 'warm']],
		['8.18.8', { machineName: 'changes' }, ['cold', 'warm', 'warm']],
		['17.5.0', { machineName: 'changes', machineIdentifier: true }, ['cold', 'cold', 'warm']],
		['17.6.0', { machineName: 'changes' }, ['cold', 'cold', 'warm']],
		['17.6.0', { machineName: 'changes', machineIdentifier: true }, ['cold', 'warm', 'warm']],
		['18.0.0', { machineName: 'changes', machineIdentifier: true }, ['cold', 'cold', 'warm']],
		['18.1.0', { machineName: 'changes', machineIdentifier: true }, ['cold', 'warm', 'warm']],
		['17.6.0', { machineIdentifier: true }, ['cold', 'warm', 'warm']],
	])('%s with %j boots %j', (umbraco, server, modes) => {
		expect(bootModes(umbraco, server)).toEqual(modes);
	});

	test('umbracoLastSynced is keyed by the machine name, or from 17.6 by the stable id; the recycle keeps its machine', () => {
		const ids = (umbraco: string, server: Record<string, unknown>) => restart(umbraco, server).final.database.lastSynced!.map((row) => row.machineId);
		expect(ids('17.5.0', { machineName: 'changes', machineIdentifier: true })).toEqual(['admin', 'web1@1', 'web1@2']);
		expect(ids('17.6.0', { machineName: 'changes', machineIdentifier: true })).toEqual(['admin', 'web1']);
	});
});

describe('17.6+ / 18.1+: ScheduledPublishing:Period and AlignToClock [D17-SCHEDPUB]', () => {
	const runs = (umbraco: string, settings: Record<string, unknown>) =>
		jobTimes(run({ umbraco, settings: settings as Record<string, number>, servers: [{ id: 'A', start: 7 }], until: 400 }).log, 'A', 'scheduledPublishing');

	const gaps = (list: readonly number[]) => list.slice(1).map((t, i) => t - list[i]!);

	test('older versions keep the fixed minute whatever the settings say', () => {
		const fixed = runs('17.5.0', {});
		// EnsureJobs at 67 stamps lastRun; due after 127, taken at the host's next free tick (72 + 5k).
		expect(fixed).toEqual([132, 197, 267, 332]);
		expect(runs('17.5.0', { scheduledPublishingPeriod: 30, scheduledPublishingAlignToClock: true })).toEqual(fixed);
		expect(runs('18.0.0', { scheduledPublishingPeriod: 30 })).toEqual(fixed);
		expect(runs('17.6.0', {})).toEqual(fixed);
	});

	test('17.6 and 18.1 run it every Period: due strictly after lastRun + Period, at a later 5 s host tick', () => {
		const every30 = runs('17.6.0', { scheduledPublishingPeriod: 30 });
		expect(every30.slice(0, 2)).toEqual([102, 137]);
		expect(gaps(every30).every((gap) => gap > 30 && gap <= 45)).toBe(true);
		expect(runs('18.1.0', { scheduledPublishingPeriod: 30 })).toEqual(every30);
	});

	test('with AlignToClock it is due from each multiple of the period on (simulated second 0 is a UTC boundary)', () => {
		expect(runs('17.6.0', { scheduledPublishingPeriod: 60, scheduledPublishingAlignToClock: true })).toEqual([122, 182, 242, 302, 362]);
		// A boundary at a host tick counts: from it on, not after it.
		expect(runs('17.6.0', { scheduledPublishingPeriod: 15, scheduledPublishingAlignToClock: true }).slice(0, 4)).toEqual([77, 92, 107, 122]);
	});
});
