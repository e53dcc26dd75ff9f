/**
 * Timing of v17 distributed job hosts (`DistributedBackgroundJobHostedService`, runtime
 * semantics §3): each process waits 60 s after boot, runs `EnsureJobsAsync`, then its
 * `PeriodicTimer` ticks every 5 s, and each tick takes at most one due job.
 */
import { isLater, nextTick, sameInstant } from '../clock/next-tick';
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
	/** A job is due at any instant later than this (`lastRun + period`); null without job rows. */
	readonly nextDue: number | null;
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
	return position.nextDue !== null && isLater(at, position.nextDue);
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
		else if (position.nextDue !== null) at = nextTick(host.anchor + period, period, Math.max(position.nextDue, position.lastTickAt), true);
		if (at !== null && (next === null || at < next)) next = at;
	}
	return next;
}
