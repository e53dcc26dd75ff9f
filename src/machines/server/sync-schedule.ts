/**
 * When a process's sync loop must next poll. The loop's grid is `first, first + syncPeriod, …`
 * (`InstructionProcessJob`: 60 s after boot, then every 5 s [§2.3]). A poll only matters
 * when there are rows after the last-synced id, or when the poll would also prune
 * (v8–16.0, publisher or single, more than `pruneThrottle` after the last prune [§2.6]).
 * Every other poll reads nothing and changes nothing, so the loop may sleep through it;
 * `everyTick` turns that off (for animation, and for the test that proves it changes nothing).
 */
import { isLater, nextTick, nextTickAfter } from '../clock/next-tick';
import type { SimulationSettings } from '../settings';
import type { Role, VersionProfile } from '../versions/version-profile';

/** The moving parts of a sync loop. */
export interface SyncPosition {
	readonly first: number;
	readonly now: number;
	readonly lastPollAt: number;
	readonly lastPruned: number;
	readonly lastSynced: number;
	/** Newest instruction id the loop has heard of. */
	readonly knownMaxId: number;
	readonly role: Role;
	/** A `dbHang` is on until then: the next poll before it hangs, so it matters. */
	readonly hangUntil: number;
	/** 17.6+: an abandoned poll is in flight until then; `Sync` is skipped before [PR-23119]. */
	readonly busyUntil: number;
}

/** The fixed parts the schedule depends on. */
export interface SyncRules {
	readonly everyTick: boolean;
	readonly profile: VersionProfile;
	readonly settings: SimulationSettings;
}

/** Whether polls of this process prune: v8–16.0, Single or SchedulingPublisher/Master only. */
export function prunesWhenPolling(role: Role, rules: SyncRules): boolean {
	return rules.profile.pruning === 'sync' && (role === 'single' || role === 'publisher');
}

/** Whether a poll at `now` would prune (`now − lastPruned > TimeBetweenPruneOperations`). */
export function isPruneDue(position: SyncPosition, rules: SyncRules, now = position.now): boolean {
	return prunesWhenPolling(position.role, rules) && isLater(now - position.lastPruned, rules.settings.pruneThrottle);
}

/** The next grid instant at or after now (and the end of an in-flight poll) and after the last poll. */
function nextGridPoll(position: SyncPosition, period: number): number {
	return nextTickAfter(position.first, period, Math.max(position.now, position.busyUntil), position.lastPollAt);
}

/**
 * The last grid instant a poll may not use: after the last poll, and before an abandoned
 * poll has faulted (17.6+). A poll waiting for rows goes at the first grid instant after it.
 */
export function pollFloor(position: SyncPosition, period: number): number {
	if (position.busyUntil === Number.NEGATIVE_INFINITY) return position.lastPollAt;
	return Math.max(position.lastPollAt, nextTick(position.first, period, position.busyUntil) - period);
}

/** The instant of the next poll that matters, or null when only a new instruction can make one. */
export function planNextPoll(position: SyncPosition, rules: SyncRules): number | null {
	const period = rules.settings.syncPeriod;
	const next = nextGridPoll(position, period);
	if (rules.everyTick || position.knownMaxId > position.lastSynced || isLater(position.hangUntil, next)) return next;
	if (!prunesWhenPolling(position.role, rules)) return null;
	return Math.max(next, nextTick(position.first, period, position.lastPruned + rules.settings.pruneThrottle, true));
}
