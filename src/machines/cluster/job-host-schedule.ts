/**
 * Timing of v17 distributed job hosts (`DistributedBackgroundJobHostedService`, runtime
 * semantics §3): each process waits 60 s after boot, runs `EnsureJobsAsync`, then its
 * `PeriodicTimer` ticks every 5 s, and each tick takes at most one due job.
 */
import { nextTick, nextTickAfter, sameInstant } from '../clock/next-tick';
import { isDueAt, type NextDue } from '../database/distributed-jobs';
import { fixedTimings } from '../settings';

/** One process's host. */
export interface JobHost {
	readonly serverId: string;
	readonly order: number;
	readonly incarnation: number;
	/** When it calls `EnsureJobsAsync`: boot + `DistributedJobSettings.Delay`. */
	readonly ensureAt: number;
	/** When its `PeriodicTimer` started (after ensuring); null before. */
	readonly anchor: number | null;
}

/** What the hosts' schedule depends on. */
export interface HostsPosition {
	readonly hosts: readonly JobHost[];
	/** When a job falls due (`lastRun + period`, or a clock boundary); null without job rows. */
	readonly nextDue: NextDue | null;
	/** The instant last handled: its ticks have happened. */
	readonly lastTickAt: number;
}

const period = fixedTimings.distributedPeriod;

/** Whether a host's timer ticks at `at`. */
export function ticksAt(host: JobHost, at: number): boolean {
	return host.anchor !== null && sameInstant(nextTick(host.anchor + period, period, at), at);
}

/** Whether some job is due at `at`. */
export function isJobDue(position: HostsPosition, at: number): boolean {
	return isDueAt(position.nextDue, at);
}

/** The first tick of the grid `first + k·period` at which a job is due and that is later than `after`. */
function firstDueTick(first: number, due: NextDue, after: number): number {
	return due.inclusive ? nextTickAfter(first, period, due.at, after) : nextTick(first, period, Math.max(due.at, after), true);
}

/**
 * The next instant anything happens: a host ensuring its jobs, or the first tick of any
 * host after a job falls due. Ticks with nothing due change nothing and are skipped.
 */
export function planNextHostEvent(position: HostsPosition): number | null {
	let next: number | null = null;
	for (const host of position.hosts) {
		let at: number | null = null;
		if (host.anchor === null) at = host.ensureAt;
		else if (position.nextDue !== null) at = firstDueTick(host.anchor + period, position.nextDue, position.lastTickAt);
		if (at !== null && (next === null || at < next)) next = at;
	}
	return next;
}
