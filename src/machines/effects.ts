/**
 * The side effects machines declare in `setup` with inert defaults, so they can run alone
 * in tests; `cluster/simulation-effects.ts` binds them to one simulated clock and one log:
 *
 * - `record(entries)`: append log entries for the machine's server, stamped with the time;
 * - `armTimer({ record, next })`: deliver `clock.tick` to the machine at its context's `nextAt` (null: none);
 * - `sendLater({ at, to, event, waitForRows, repeat, record, next })`: deliver `event` to `to` at `at`,
 *   with `replyTo` set to the machine (a delayed request, like xstate's delayed `sendTo`);
 *   null `at` cancels; `to: 'self'` is the machine's own timer. With `waitForRows`, a request to the database also goes earlier, when
 *   an instruction newer than `waitForRows.after` is written (see `RowWait`). With `repeat`,
 *   a request to the database stands: answers that would change nothing at the machine are
 *   logged for it and the request goes again at the grid's next instant (see `Repeat`).
 *
 * An actor has at most one pending delivery: arming again replaces it.
 *
 * `armTimer` and `sendLater` take the entries of a `record` that would come right before
 * them (`record`), and may say what comes after the tick or answer they bring (`next`): the
 * hot paths (a poll's answer, a job tick) so cost xstate one action, or none, where they
 * would cost two, and xstate pays for every action it resolves.
 */
import type { AnyActorRef, EventObject } from 'xstate';
import type { LogFields } from './log';

/** Parameters of `record`. */
export type RecordParams = LogFields | readonly LogFields[];

/**
 * A request waiting at the database for an instruction newer than `after`: once one is
 * written, it goes at the first instant of the grid `first + k·period` at or after the write
 * and later than `notBefore`, unless it was due earlier anyway. The database keeps one wait
 * per `owner` (`db.watch`, `db.unwatch`).
 */
export interface RowWait {
	readonly owner: string;
	readonly after: number;
	readonly first: number;
	readonly period: number;
	readonly notBefore: number;
}

/**
 * A standing request on the grid `first + k·period`. An answer that matches `quiet` (each of
 * its fields equal; an empty list there matches an empty list) is one the machine would only
 * log as `log` before asking again at the next instant: it is not delivered; the entry is
 * logged for the machine's server and the request goes again. Any other answer is delivered,
 * and the machine arms its next request itself.
 */
export interface Repeat {
	readonly first: number;
	readonly period: number;
	readonly quiet: Readonly<Record<string, unknown>>;
	readonly log: LogFields;
}

/**
 * The next round of a timer or request that stands: called once the machine has taken the
 * tick or answer it brought (`event`), with the machine's context then, when the machine's
 * transition armed or sent nothing itself. What it returns is armed or sent for the machine,
 * as if the transition had ended with that `armTimer` or `sendLater`; null: nothing. A
 * transition that leaves the next round to it costs xstate no action.
 */
export type Next<P> = (context: never, event: EventObject) => P | null;

/** Parameters of `armTimer`, all optional. */
export interface ArmTimerParams {
	/** Entries to record first, as `record` would. */
	readonly record?: RecordParams | null;
	/** What comes after the tick if the machine arms nothing itself (see `Next`). */
	readonly next?: Next<ArmTimerParams> | null;
}

/** Parameters of `sendLater`. */
export interface SendLaterParams {
	readonly at: number | null;
	readonly to: AnyActorRef | 'self';
	/**
	 * A new object for every call: a request to the database is delivered as it is, and a
	 * request that stands or waits for rows is moved in time in place.
	 */
	readonly event: { readonly type: string; readonly at?: number | null };
	readonly waitForRows?: RowWait | null;
	readonly repeat?: Repeat | null;
	/** Entries to record first, as `record` would. */
	readonly record?: RecordParams | null;
	/** What comes after the answer if the machine sends nothing itself (see `Next`). */
	readonly next?: Next<SendLaterParams> | null;
}
