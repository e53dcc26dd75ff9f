/**
 * The v17 `umbracoDistributedJob` table and `DistributedJobService` (runtime semantics §3).
 * Execution takes no simulated time, so a take and its finish happen at the same instant
 * and `isRunning` is never seen set.
 */
import { isLater } from '../clock/next-tick';
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

/** Names of the jobs that align to the clock (17.6+ scheduled publishing when configured). */
export type AlignedJobs = ReadonlySet<string>;

const noneAligned: AlignedJobs = new Set();

const alignedOf = new WeakMap<readonly DistributedJob[], AlignedJobs>();

/** The aligned jobs of a catalogue (worked out once per catalogue). */
export function alignedJobs(jobs: readonly DistributedJob[]): AlignedJobs {
	let aligned = alignedOf.get(jobs);
	if (!aligned) alignedOf.set(jobs, (aligned = jobs.some((job) => job.alignToClock) ? new Set(jobs.filter((job) => job.alignToClock).map((job) => job.name)) : noneAligned));
	return aligned;
}

/**
 * The first clock boundary of a row after its last run: a multiple of its period counted
 * from simulated second 0, which stands for a UTC boundary (midnight) here.
 */
function boundaryAfter(row: DistributedJobRow): number {
	return (Math.floor(row.lastRun / row.period) + 1) * row.period;
}

/**
 * Whether a row is due at `now`: `lastRun < now − period`, or, aligned, once the latest clock
 * boundary is later than `lastRun` (`DistributedJobService.IsDue`, PR #23127: the current UTC
 * time floored to a multiple of the period, compared with `LastRun`) [D17-SCHEDPUB].
 */
function isDue(row: DistributedJobRow, now: number, aligned: AlignedJobs): boolean {
	if (aligned.has(row.name)) return Math.floor(now / row.period) * row.period > row.lastRun;
	return row.lastRun < now - row.period;
}

/** Whether a row can be taken at `now` [§3 step 4a]; the `isRunning` clause is 17.1+. */
function isRunnable(row: DistributedJobRow, now: number, maxExecution: number, aligned: AlignedJobs): boolean {
	return isDue(row, now, aligned) && (!row.isRunning || row.lastAttemptedRun < now - row.period - maxExecution);
}

/**
 * `TryTakeRunnableAsync` + run + `FinishAsync`: the first runnable row in table order, or
 * null. At most one job per server per tick.
 */
export function runRunnableJob(
	rows: readonly DistributedJobRow[],
	now: number,
	maxExecution: number,
	aligned: AlignedJobs = noneAligned
): { readonly rows: readonly DistributedJobRow[]; readonly job: string | null } {
	const taken = rows.find((row) => isRunnable(row, now, maxExecution, aligned));
	if (!taken) return { rows, job: null };
	const finished: DistributedJobRow = { name: taken.name, period: taken.period, lastRun: now, lastAttemptedRun: now, isRunning: false };
	return { rows: rows.map((row) => (row === taken ? finished : row)), job: taken.name };
}

/**
 * When the next job falls due: at any instant later than `at` (`lastRun + period`), or, when
 * `inclusive`, at `at` itself and later (a clock-aligned job at its boundary).
 */
export interface NextDue {
	readonly at: number;
	readonly inclusive: boolean;
}

/** Whether some job is due at `now`. */
export function isDueAt(due: NextDue | null, now: number): boolean {
	if (due === null) return false;
	return due.inclusive ? !isLater(due.at, now) : isLater(now, due.at);
}

/** When the next job falls due, or null without rows. */
export function nextDue(rows: readonly DistributedJobRow[], aligned: AlignedJobs = noneAligned): NextDue | null {
	let next: NextDue | null = null;
	for (const row of rows) {
		const inclusive = aligned.has(row.name);
		const at = inclusive ? boundaryAfter(row) : row.lastRun + row.period;
		// The earlier instant wins; at the same instant "from it on" is sooner than "after it".
		if (next === null || at < next.at || (at === next.at && inclusive && !next.inclusive)) next = { at, inclusive };
	}
	return next;
}
