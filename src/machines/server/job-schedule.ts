/**
 * When a process's recurring jobs run. Each job's timer fires at `anchor + delay`, then
 * every `period`, whatever the role; the job then runs only if the role is one of its
 * `ServerRoles` (and the process is MainDom, which a running process always is here)
 * [§1.3 step 3] [§3]. Skipped fires change nothing, so only the fires where the job will
 * run are scheduled.
 */
import { nextTick, nextTickAfter, sameInstant } from '../clock/next-tick';
import type { RecurringJob } from '../versions/job-catalogue';
import type { Role } from '../versions/version-profile';

/** The moving parts of a process's job scheduler. */
export interface JobPosition {
	readonly firstRequestAt: number | null;
	readonly role: Role;
	readonly now: number;
	/** Instant of the last tick handled: jobs there have run. */
	readonly lastTickAt: number;
}

/** The fixed parts: the version's recurring jobs and the boot instant. */
export interface JobRules {
	readonly jobs: readonly RecurringJob[];
	readonly bootAt: number;
}

/** Whether `job` runs on a process with `role` (default roles: Single and SchedulingPublisher). */
export function runsOnRole(job: RecurringJob, role: Role): boolean {
	return job.roles === 'all' || role === 'single' || role === 'publisher';
}

function nextFire(job: RecurringJob, position: JobPosition, rules: JobRules, now: number): number | null {
	const anchor = job.anchor === 'boot' ? rules.bootAt : position.firstRequestAt;
	if (anchor === null) return null;
	return nextTickAfter(anchor + job.delay, job.period, now, position.lastTickAt);
}

/** The next instant at which some job will run, or null. */
export function planNextJobs(position: JobPosition, rules: JobRules): number | null {
	let next: number | null = null;
	for (const job of rules.jobs) {
		if (!runsOnRole(job, position.role)) continue;
		const fire = nextFire(job, position, rules, position.now);
		if (fire !== null && (next === null || fire < next)) next = fire;
	}
	return next;
}

/**
 * The jobs that ran at the tick last taken (`lastTickAt`), in catalogue order: the ones whose
 * grid has that instant. A tick always comes after the one before (`planNextJobs`), so these
 * are the jobs `jobsDue` gave when the tick came.
 */
export function jobsRan(position: JobPosition, rules: JobRules): readonly RecurringJob[] {
	const at = position.lastTickAt;
	const ran: RecurringJob[] = [];
	for (const job of rules.jobs) {
		const anchor = job.anchor === 'boot' ? rules.bootAt : position.firstRequestAt;
		if (anchor !== null && runsOnRole(job, position.role) && sameInstant(nextTick(anchor + job.delay, job.period, at), at)) ran.push(job);
	}
	return ran;
}

/** The jobs that run at `now` (by default `position.now`), in catalogue order. */
export function jobsDue(position: JobPosition, rules: JobRules, now = position.now): readonly RecurringJob[] {
	return rules.jobs.filter((job) => {
		const fire = runsOnRole(job, position.role) ? nextFire(job, position, rules, now) : null;
		return fire !== null && sameInstant(fire, now);
	});
}
