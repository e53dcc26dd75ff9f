/**
 * A touch or poll whose database call hangs (scenario `dbHang`): the call neither answers nor
 * fails until its stalled connection faults, at the hang's `until`.
 *
 * - Before 17.6 / 18.1 the job awaits the call with no bound, and the recurring host re-arms
 *   its timer only when the job returns, so the loop stops for good: issue #23106 ("stops
 *   permanently if Sync() hangs"; connectivity came back and the loop stayed frozen) and the
 *   PR's own comment ("block this job's recurring loop indefinitely … until the process is
 *   recycled") [PR-23119]. The simulation follows that report: the old loop never resumes,
 *   even after `until` (a real loop would resume if its call ever faulted).
 * - From 17.6 / 18.1 `InstructionProcessJob` and `TouchServerJob` wait at most `SyncTimeout` /
 *   `TouchTimeout`, log the stall, and skip their ticks while the abandoned call is in flight;
 *   once it has faulted the next tick syncs or touches again (PR #23119, commit 0ac6e8500a:
 *   "the in-flight call keeps running until its connection faults …, after which syncing
 *   resumes without a recycle") [PR-23119] [D18-GLOBAL].
 *
 * Timing of the 17.4+ recurring host (`RecurringHostedServiceBase`, start-to-start): the next
 * run starts `max(0, period − elapsed)` after a run ends, so after a call that hung at `t` and
 * ended (timed out or faulted) at `end`, the job's grid restarts at `t + max(period, end − t)`.
 */
import { assertEvent } from 'xstate';
import { isLater } from '../clock/next-tick';
import type { DatabaseReply } from '../database/database-events';
import type { SendLaterParams } from '../effects';
import type { HungLoop, LogFields } from '../log';

/** A loop's own timer: the job stopped waiting on its hung call (`timedOut`), or the call faulted first. */
export interface StallEndedEvent {
	readonly type: 'stall.ended';
	readonly at: number;
	/** When the call hung: the tick that made it. */
	readonly hungAt: number;
	/** When the hung call faults. */
	readonly until: number;
	readonly timedOut: boolean;
}

/** The log entry of a loop whose call hangs. */
export const hangEntry = (loop: HungLoop): LogFields => ({ type: 'hang', loop });

/** The log entry of a 17.6+ job that stops waiting on its hung call. */
export const timeoutEntry = (loop: HungLoop): LogFields => ({ type: 'timeout', loop });

/**
 * The timer a 17.6+ loop sets on itself when its call hangs: at the timeout, or when the call
 * faults if that comes sooner (then the job returns with the error, logged and retried).
 */
export function stallEnd(event: { readonly type: string }, timeout: number): SendLaterParams {
	assertEvent(event as DatabaseReply, 'db.hung');
	const { at, until } = event as Extract<DatabaseReply, { type: 'db.hung' }>;
	const timedOut = isLater(until, at + timeout);
	const end = timedOut ? at + timeout : until;
	const ended: StallEndedEvent = { type: 'stall.ended', at: end, hungAt: at, until, timedOut };
	return { at: end, to: 'self', event: ended };
}

/** A loop's grid and in-flight call after a stall: the grid restarts, ticks wait for the call to fault. */
export function endOfStall(event: StallEndedEvent, period: number): { readonly first: number; readonly busyUntil: number | null } {
	return { first: event.hungAt + Math.max(period, event.at - event.hungAt), busyUntil: event.timedOut ? event.until : null };
}
