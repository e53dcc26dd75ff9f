/**
 * The v17 `umbracoDistributedJob` table and `DistributedJobService` (runtime semantics §3).
 * Execution takes no simulated time, so a take and its finish happen at the same instant
 * and `isRunning` is never seen set.
 */
import type { DistributedJob } from '../versions/job-catalogue';
import type { DistributedJobRow } from './database-state';

/** `EnsureJobsAsync`: insert missing rows as just run, update periods, delete unknown rows. */
export function ensureJobs(rows: readonly DistributedJobRow[], jobs: readonly DistributedJob[], now: number): readonly DistributedJobRow[] {
	const known = new Set(jobs.map((job) => job.name));
	const kept = rows.filter((row) => known.has(row.name)).map((row) => {
		const period = jobs.find((job) => job.name === row.name)!.period;
		return row.period === period ? row : { ...row, period };
	});
	const missing = jobs
		.filter((job) => !kept.some((row) => row.name === job.name))
		.map((job) => ({ name: job.name, period: job.period, lastRun: now, lastAttemptedRun: now, isRunning: false }));
	return [...kept, ...missing];
}

/** Whether a row can be taken at `now` [§3 step 4a]; the `isRunning` clause is 17.1+. */
function isRunnable(row: DistributedJobRow, now: number, maxExecution: number): boolean {
	return row.lastRun < now - row.period && (!row.isRunning || row.lastAttemptedRun < now - row.period - maxExecution);
}

/**
 * `TryTakeRunnableAsync` + run + `FinishAsync`: the first runnable row in table order, or
 * null. At most one job per server per tick.
 */
export function runRunnableJob(
	rows: readonly DistributedJobRow[],
	now: number,
	maxExecution: number
): { readonly rows: readonly DistributedJobRow[]; readonly job: string | null } {
	const taken = rows.find((row) => isRunnable(row, now, maxExecution));
	if (!taken) return { rows, job: null };
	const finished: DistributedJobRow = { name: taken.name, period: taken.period, lastRun: now, lastAttemptedRun: now, isRunning: false };
	return { rows: rows.map((row) => (row === taken ? finished : row)), job: taken.name };
}

/** The instant after which the next job becomes due (`lastRun + period`), or null without rows. */
export function nextDueAfter(rows: readonly DistributedJobRow[]): number | null {
	if (rows.length === 0) return null;
	let next = Number.POSITIVE_INFINITY;
	for (const row of rows) next = Math.min(next, row.lastRun + row.period);
	return next;
}
