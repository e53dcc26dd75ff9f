import { describe, expect, test } from 'vitest';
import { alignedJobs, ensureJobs, isDueAt, nextDue, runRunnableJob } from '../../../src/machines/database/distributed-jobs';
import { defaultSettings } from '../../../src/machines/settings';
import { distributedJobs } from '../../../src/machines/versions/job-catalogue';

const jobs = [
	{ name: 'fast', period: 10 },
	{ name: 'minute', period: 60 },
];

describe('ensureJobs', () => {
	test('inserts missing rows as just run, keeps existing ones, updates periods and drops unknown rows', () => {
		const first = ensureJobs([], jobs, 60);
		expect(first).toEqual([
			{ name: 'fast', period: 10, lastRun: 60, lastAttemptedRun: 60, isRunning: false },
			{ name: 'minute', period: 60, lastRun: 60, lastAttemptedRun: 60, isRunning: false },
		]);
		const again = ensureJobs([...first, { name: 'gone', period: 1, lastRun: 0, lastAttemptedRun: 0, isRunning: false }], [{ name: 'minute', period: 30 }], 90);
		expect(again).toEqual([{ name: 'minute', period: 30, lastRun: 60, lastAttemptedRun: 60, isRunning: false }]);
	});
});

describe('runRunnableJob', () => {
	test('takes the first due row in table order, strictly after lastRun + period, one per call', () => {
		let rows = ensureJobs([], jobs, 60);
		expect(runRunnableJob(rows, 70, 300).job).toBeNull(); // 60 < 70 − 10 is false
		const taken = runRunnableJob(rows, 125, 300);
		expect(taken.job).toBe('fast');
		rows = taken.rows;
		expect(rows[0]).toMatchObject({ lastRun: 125, lastAttemptedRun: 125, isRunning: false });
		expect(runRunnableJob(rows, 125, 300).job).toBe('minute');
	});

	test('skips a row still running unless its attempt is older than period + maximum execution time', () => {
		const running = [{ name: 'minute', period: 60, lastRun: 0, lastAttemptedRun: 100, isRunning: true }];
		expect(runRunnableJob(running, 200, 300).job).toBeNull();
		expect(runRunnableJob(running, 461, 300).job).toBe('minute');
	});
});

describe('clock-aligned jobs (17.6+ scheduled publishing, PR #23127)', () => {
	const aligned = alignedJobs([{ name: 'minute', period: 60, alignToClock: true }]);
	const row = { name: 'minute', period: 60, lastRun: 67, lastAttemptedRun: 67, isRunning: false };

	test('a job is due once the latest multiple of its period is later than lastRun: from the boundary on', () => {
		expect(runRunnableJob([row], 119, 300, aligned).job).toBeNull();
		expect(runRunnableJob([row], 120, 300, aligned).job).toBe('minute');
		expect(runRunnableJob([row], 128, 300).job).toBe('minute'); // not aligned: strictly after 67 + 60
		expect(runRunnableJob([row], 127, 300).job).toBeNull();
	});

	test('nextDue is the boundary, inclusive; unaligned rows are due strictly after lastRun + period', () => {
		expect(nextDue([row], aligned)).toEqual({ at: 120, inclusive: true });
		expect(nextDue([row])).toEqual({ at: 127, inclusive: false });
		expect([isDueAt({ at: 120, inclusive: true }, 120), isDueAt({ at: 120, inclusive: false }, 120), isDueAt(null, 500)]).toEqual([true, false, false]);
		// At the same instant "from it on" is sooner than "after it".
		const other = { name: 'other', period: 60, lastRun: 60, lastAttemptedRun: 60, isRunning: false };
		expect(nextDue([other, row], aligned)).toEqual({ at: 120, inclusive: true });
	});
});

describe('nextDue', () => {
	test('is the earliest lastRun + period (due strictly after it), or null without rows', () => {
		expect(nextDue([])).toBeNull();
		expect(nextDue(ensureJobs([], jobs, 60))).toEqual({ at: 70, inclusive: false });
	});
});

describe('v17 distributed job catalogue', () => {
	test('lists the jobs in registration order, with pruning on the prune throttle', () => {
		const catalogue = distributedJobs(17, { ...defaultSettings, pruneThrottle: 90 });
		expect(catalogue.map((job) => job.name)).toEqual([
			'webhookFiring',
			'contentVersionCleanup',
			'healthCheckNotifier',
			'logScrubber',
			'scheduledPublishing',
			'temporaryFileCleanup',
			'webhookLoggingCleanup',
			'cacheInstructionsPruning',
			'longRunningOperationsCleanup',
			'openIddictCleanup',
		]);
		expect(catalogue.find((job) => job.name === 'cacheInstructionsPruning')).toEqual({ name: 'cacheInstructionsPruning', period: 90, prunes: true });
		expect(distributedJobs(16, defaultSettings)).toEqual([]);
	});
});
