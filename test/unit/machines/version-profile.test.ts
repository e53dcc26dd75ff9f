import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../../src/machines/settings';
import { getVersionProfile, unsupportedVersionReason } from '../../../src/machines/versions/version-profile';

const profile = (version: string) => getVersionProfile(version, defaultSettings);
const jobNames = (version: string) => profile(version).recurringJobs.map((job) => job.name);

describe('getVersionProfile', () => {
	test.each([
		['8.18.8', 'v8', 'Master', 'Replica'],
		['9.5.0', 'v13', 'SchedulingPublisher', 'Subscriber'],
		['13.5.2', 'v13', 'SchedulingPublisher', 'Subscriber'],
		['16.4.0', 'v13', 'SchedulingPublisher', 'Subscriber'],
		['17.4.0', 'v17', 'SchedulingPublisher', 'Subscriber'],
		['18.1.0', 'v17', 'SchedulingPublisher', 'Subscriber'],
	])('simulates %s with the %s code and names the roles %s / %s', (version, behaviour, publisher, subscriber) => {
		expect(profile(version)).toMatchObject({ behaviour, roleNames: { unknown: 'Unknown', single: 'Single', publisher, subscriber } });
	});

	test.each([
		// version, loops after first request, touch failure stops, request reveals URL, machine-name fallback
		['8.18.8', true, true, true, false],
		['13.5.2', false, false, true, false],
		['17.3.0', false, false, true, false],
		['17.4.0', false, false, false, false],
		['17.5.1', false, false, false, false],
		['17.6.0', false, false, false, true],
	])('%s: first-request loops %s, touch failure stops %s, request reveals URL %s, machine name %s', (version, loops, stops, reveals, fallback) => {
		expect(profile(version)).toMatchObject({
			loopsAwaitFirstRequest: loops,
			touchFailureStopsTouching: stops,
			requestRevealsAppUrl: reveals,
			touchesWithoutAppUrl: fallback,
		});
	});

	test.each([
		['8.18.8', 'immediate', 'file', true, 'sync'],
		['9.3.0', 'immediate', 'file', true, 'sync'],
		['10.0.0', 'polled', 'file', true, 'sync'],
		['16.0.0', 'polled', 'file', true, 'sync'],
		['16.1.0', 'polled', 'file', true, 'recurringJob'],
		['17.0.2', 'polled', 'database', false, 'distributedJob'],
		['17.1.0', 'polled', 'database', true, 'distributedJob'],
	])('%s: MainDom %s, last-synced in %s, boot reads it %s, pruning by %s', (version, handOver, storage, bootReads, pruning) => {
		expect(profile(version)).toMatchObject({ mainDomHandOver: handOver, lastSyncedStorage: storage, bootReadsStorage: bootReads, pruning });
	});

	test.each([
		// version, boot election, loop timeouts, writes without MainDom, stable machine identity
		['8.18.8', false, false, false, false],
		['13.13.0', false, false, false, false],
		['17.5.1', false, false, false, false],
		['17.6.0', false, true, false, true],
		['17.7.0', false, true, true, true],
		['17.8.1', true, true, true, true],
		['18.0.0', false, false, false, false],
		['18.1.0', false, true, false, true],
		['18.2.0', false, true, true, true],
		['18.3.1', true, true, true, true],
		['19.0.0', true, true, true, true],
	])('%s: boot election %s, loop timeouts %s, writes without MainDom %s, stable machine id %s', (version, election, timeouts, writes, identity) => {
		const result = profile(version);
		expect([result.bootElection, result.loopTimeouts !== null, result.writesWithoutMainDom, result.stableMachineIdentity]).toEqual([election, timeouts, writes, identity]);
	});

	test('takes SyncTimeout and TouchTimeout from the settings, and the scheduled publishing period from 17.6 / 18.1', () => {
		const settings = { ...defaultSettings, syncTimeout: 20, touchTimeout: 45, scheduledPublishingPeriod: 30, scheduledPublishingAlignToClock: true };
		expect(getVersionProfile('17.6.0', settings).loopTimeouts).toEqual({ sync: 20, touch: 45 });
		const publishing = (version: string) => getVersionProfile(version, settings).distributedJobs.find((job) => job.name === 'scheduledPublishing');
		expect(publishing('17.5.0')).toEqual({ name: 'scheduledPublishing', period: 60 });
		expect(publishing('18.0.0')).toEqual({ name: 'scheduledPublishing', period: 60 });
		expect(publishing('17.6.0')).toEqual({ name: 'scheduledPublishing', period: 30, alignToClock: true });
		expect(publishing('18.1.0')).toEqual({ name: 'scheduledPublishing', period: 30, alignToClock: true });
		expect(getVersionProfile('17.6.0', { ...defaultSettings, scheduledPublishingPeriod: 30 }).distributedJobs.find((job) => job.name === 'scheduledPublishing')).toEqual({ name: 'scheduledPublishing', period: 30 });
	});

	test('keeps keep-alive until 13 and adds the pruning job in 16.1', () => {
		expect(jobNames('13.5.2')).toContain('keepAlive');
		expect(jobNames('14.0.0')).not.toContain('keepAlive');
		expect(jobNames('16.0.0')).not.toContain('cacheInstructionsPruning');
		expect(jobNames('16.1.0')).toContain('cacheInstructionsPruning');
		expect(jobNames('12.3.0')).not.toContain('webhookFiring');
		expect(jobNames('17.4.0')).toEqual(['tempFileCleanup', 'reportSite']);
		expect(profile('8.18.8').recurringJobs.find((job) => job.name === 'scheduledPublishing')).toMatchObject({ anchor: 'firstRequest', delay: 180, period: 60 });
	});
});

describe('unsupportedVersionReason', () => {
	test.each(['8.0.0', '13.5.2', '17.4.0', '17.0.0-rc2', '13.5'])('accepts %s', (version) => {
		expect(unsupportedVersionReason(version)).toBeUndefined();
	});

	test.each(['7.15.10', '13', 'v13.5.2', '', 'latest'])('rejects %s', (version) => {
		expect(unsupportedVersionReason(version)).toMatch(/expected/);
	});
});
