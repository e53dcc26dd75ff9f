/**
 * The side effects machines declare in `setup` with inert defaults, so they can run alone
 * in tests; `cluster/simulation-effects.ts` binds them to one simulated clock and one log:
 *
 * - `record(entries)`: append log entries for the machine's server, stamped with the time;
 * - `armTimer()`: deliver `clock.tick` to the machine at its context's `nextAt` (null: none);
 * - `sendLater({ at, to, event })`: deliver `event` to `to` at `at`, with `replyTo` set to
 *   the machine (a delayed request, like xstate's delayed `sendTo`); null `at` cancels.
 *
 * An actor has at most one pending delivery: arming again replaces it.
 */
import type { AnyActorRef } from 'xstate';
import type { LogFields } from './log';

/** Parameters of `record`. */
export type RecordParams = LogFields | readonly LogFields[];

/** Parameters of `sendLater`. */
export interface SendLaterParams {
	readonly at: number | null;
	readonly to: AnyActorRef;
	readonly event: { readonly type: string };
}
