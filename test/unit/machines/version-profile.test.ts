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
