/**
 * `InstructionProcessJob` → `DatabaseServerMessenger.Sync()` of one process (runtime
 * semantics §2.3, §2.6): every `syncPeriod` from 60 s after boot (v8: after the first
 * request), read up to `rowsPerPoll` rows after the last-synced id, apply each one not
 * written by this process (own rows only move the position), and on v8–16.0 publishers and
 * single servers prune at most once per `pruneThrottle`. v17 stores the position in
 * `umbracoLastSynced` in the same request.
 *
 * Polls that would change nothing are slept through (`sync-schedule.ts`): the loop keeps its
 * grid and waits for a newer row. On entering `polling` it asks the database to say when one
 * exists (`db.watch` → `db.rowsAvailable`); after that, a caught-up loop's next poll waits at
 * the database itself (`sendLater` with `waitForRows`) and goes at the first grid instant
 * after a write, so a write sends the loops no message. Polls and prunes stand: after an
 * answer that calls for no prune, or a prune's, the loop only takes it in, and the next
 * poll, which it would send itself, goes by itself (`nextPoll`). A poll and its answer
 * happen in the same instant, so polling has no state of its own.
 *
 * A poll whose call hangs (scenario `dbHang`; the process passes the hang on as
 * `server.dbHang`, so a sleeping loop still makes the poll that hangs) blocks the job: before
 * 17.6 for good (`hung`); from 17.6 the job stops waiting after `SyncTimeout` and skips its
 * ticks until the abandoned poll has faulted (`stalled`, then `polling`) [PR-23119]. See
 * `hung-call.ts`.
 */
import { assertEvent, assign, sendTo, setup, type EventObject } from 'xstate';
import type { DatabaseReply } from '../database/database-events';
import type { RecordParams, SendLaterParams } from '../effects';
import type { LogFields } from '../log';
import { fixedTimings } from '../settings';
import type { Role } from '../versions/version-profile';
import type { LoopConfig } from './loop-config';
import { endOfStall, hangEntry, stallEnd, timeoutEntry, type StallEndedEvent } from './hung-call';
import type { DbHangEvent, FirstRequestEvent, RoleChangedEvent } from './server-events';
import { isPruneDue, planNextPoll, pollFloor, type SyncPosition, type SyncRules } from './sync-schedule';

/** What a sync loop knows and never changes. */
export interface SyncLoopConfig extends LoopConfig, SyncRules {
	/** This process's LocalIdentity: rows it wrote are skipped [§2.3 step 3b]. */
	readonly localIdentity: string;
	readonly bootAt: number;
	/** v17: the `umbracoLastSynced` machine id to update; null where a file holds it. */
	readonly saveAs: string | null;
}

/** A sync loop's input: its config, the position after the boot decision, the role at boot. */
export interface SyncLoopInput {
	readonly config: SyncLoopConfig;
	/** The position after the boot decision. */
	readonly lastSynced: number;
	readonly role: Role;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A sync loop's context; `nextAt` is the next poll that matters, null while it sleeps. */
export interface SyncLoopContext extends SyncLoopInput, SyncPosition {
	readonly nextAt: number | null;
}

type SyncLoopEvent =
	| FirstRequestEvent
	| RoleChangedEvent
	| DbHangEvent
	| StallEndedEvent
	| Extract<DatabaseReply, { type: 'db.polled' | 'db.pruned' | 'db.failed' | 'db.rowsAvailable' | 'db.hung' }>;

/** The apply entries of a poll: every row read that another process wrote, in id order. */
function applyEntries(context: SyncLoopContext, event: SyncLoopEvent): RecordParams {
	assertEvent(event, 'db.polled');
	const { rows } = event;
	const own = context.config.localIdentity;
	// Mostly one row (a poll right after a write): its entry alone, without a list around it.
	if (rows.length === 1) return rows[0]!.originated === own ? noEntries : { type: 'apply', instruction: rows[0]!.id };
	const entries: LogFields[] = [];
	for (const row of rows) if (row.originated !== own) entries.push({ type: 'apply', instruction: row.id });
	return entries;
}

const noEntries: readonly LogFields[] = [];

/**
 * The position after `changes`, with the next poll planned from it. Written out rather than
 * spread: in Node 20 `{ ...changes, nextAt }` takes a slow path, and this runs on every poll.
 */
function replan(context: SyncLoopContext, changes: Partial<SyncPosition>): SyncPosition & Pick<SyncLoopContext, 'nextAt'> {
	const next: Mutable<SyncPosition & Pick<SyncLoopContext, 'nextAt'>> = {
		first: changes.first ?? context.first,
		now: changes.now ?? context.now,
		lastPollAt: changes.lastPollAt ?? context.lastPollAt,
		lastPruned: changes.lastPruned ?? context.lastPruned,
		lastSynced: changes.lastSynced ?? context.lastSynced,
		knownMaxId: changes.knownMaxId ?? context.knownMaxId,
		role: changes.role ?? context.role,
		hangUntil: changes.hangUntil ?? context.hangUntil,
		busyUntil: changes.busyUntil ?? context.busyUntil,
		nextAt: null,
	};
	next.nextAt = planNextPoll(next, context.config);
	return next;
}

/**
 * The poll this loop sends at `nextAt` (the effect adds `replyTo`). Caught up, it also waits
 * for a newer row: a write brings it to the first grid instant after the write, which is
 * what `planNextPoll` gives once the loop knows of the row.
 */
function pollRequest(context: SyncLoopContext, record: RecordParams | null = null): SendLaterParams {
	const { config, nextAt, lastSynced } = context;
	const event = { type: 'db.poll', server: config.serverId, at: nextAt, after: lastSynced, saveAs: config.saveAs, watcher: config.localIdentity };
	const caughtUp = !config.everyTick && context.knownMaxId <= lastSynced;
	const period = config.settings.syncPeriod;
	const waitForRows = caughtUp ? { owner: config.localIdentity, after: lastSynced, first: context.first, period, notBefore: pollFloor(context, period) } : null;
	return { at: nextAt, to: config.database, event, waitForRows, record, next: nextPoll };
}

/**
 * The poll after an answer the loop takes without sending anything (`db.polled` when no
 * prune is due, `db.pruned`): polls and prunes stand (`SendLaterParams.next`), so what the
 * transition would end with goes by itself, with the answer's entries; the loop pays no
 * xstate action for it. Other answers (a failure, a hang) have the loop decide.
 */
function nextPoll(context: SyncLoopContext, event: EventObject): SendLaterParams | null {
	if (event.type === 'db.polled') return pollRequest(context, applyEntries(context, event as SyncLoopEvent));
	if (event.type === 'db.pruned') return pollRequest(context, pruneEntry(event as SyncLoopEvent));
	return null;
}

/**
 * The prune of the poll that found it due (the effect adds `replyTo`). Sent for the same
 * instant, it sorts right after that poll: every timer before it has fired and no other has
 * its place (same instant, rank and server), so nothing happens in between, as in `Sync()`.
 */
function pruneRequest({ config, now }: SyncLoopContext, record: RecordParams): SendLaterParams {
	const event = { type: 'db.prune', server: config.serverId, at: now };
	return { at: now, to: config.database, event, record, next: nextPoll };
}

/** The entry of a prune. */
function pruneEntry(event: SyncLoopEvent): LogFields {
	assertEvent(event, 'db.pruned');
	return { type: 'prune', deleted: event.deleted };
}

/** One process's `InstructionProcessJob` (see the file comment). */
export const syncLoopMachine = setup({
	types: { context: {} as SyncLoopContext, events: {} as SyncLoopEvent, input: {} as SyncLoopInput },
	actions: {
		sendLater: (_, _params: SendLaterParams) => {},
		record: (_, _params: RecordParams) => {},
		plan: assign(({ context }) => replan(context, {})),
		watch: sendTo(
			({ context }) => context.config.database,
			({ context, self }) => ({ type: 'db.watch' as const, owner: context.config.localIdentity, after: context.lastSynced, at: context.now, replyTo: self })
		),
		/** The rows read are applied; the position moves to the last one, own rows included. */
		afterPoll: assign(({ context, event }) => {
			assertEvent(event, 'db.polled');
			const lastSynced = event.rows.at(-1)?.id ?? context.lastSynced;
			return replan(context, { lastSynced, knownMaxId: event.maxId, lastPollAt: event.at, now: event.at });
		}),
		afterPrune: assign(({ context }) => replan(context, { lastPruned: context.now })),
		// A failed read or prune changes nothing; the rows wait for the next poll.
		afterFailure: assign(({ context, event }) => {
			assertEvent(event, 'db.failed');
			return replan(context, { lastPollAt: event.at, now: event.at });
		}),
		noteRows: assign(({ context, event }) => {
			assertEvent(event, 'db.rowsAvailable');
			return replan(context, { knownMaxId: event.maxId, now: event.at });
		}),
		noteRole: assign(({ context, event }) => {
			assertEvent(event, 'role.changed');
			return replan(context, { role: event.role, now: event.at });
		}),
		/** A hang began: the next poll will hang, so it goes even if nothing new is known. */
		noteHang: assign(({ context, event }) => {
			assertEvent(event, 'server.dbHang');
			return replan(context, { hangUntil: Math.max(context.hangUntil, event.until), now: event.at });
		}),
		/** The job gave up on its hung poll, or the poll faulted: the grid goes on from there. */
		endStall: assign(({ context, event }) => {
			assertEvent(event, 'stall.ended');
			const { first, busyUntil } = endOfStall(event, context.config.settings.syncPeriod);
			return replan(context, { first, busyUntil: busyUntil ?? Number.NEGATIVE_INFINITY, lastPollAt: event.hungAt, now: event.at });
		}),
	},
	guards: {
		awaitsFirstRequest: ({ context }) => context.config.profile.loopsAwaitFirstRequest,
		isPruneDue: ({ context, event }) => event.type === 'db.polled' && isPruneDue(context, context.config, event.at),
		waitsForGood: ({ context }) => context.config.profile.loopTimeouts === null,
		timedOut: ({ event }) => event.type === 'stall.ended' && event.timedOut,
	},
}).createMachine({
	id: 'syncLoop',
	context: ({ input }) => ({
		...input,
		first: input.config.bootAt + fixedTimings.syncDelay,
		now: input.config.bootAt,
		lastPollAt: Number.NEGATIVE_INFINITY,
		// `_lastPruned` starts when the messenger is built, at boot [§2.6].
		lastPruned: input.config.bootAt,
		knownMaxId: 0,
		hangUntil: Number.NEGATIVE_INFINITY,
		busyUntil: Number.NEGATIVE_INFINITY,
		nextAt: null,
	}),
	initial: 'starting',
	states: {
		starting: {
			always: [{ guard: 'awaitsFirstRequest', target: 'dormant' }, { target: 'polling' }],
		},
		/** v8: the poll task starts 60 s after the first request [§2.3]. */
		dormant: {
			on: {
				'server.firstRequest': {
					target: 'polling',
					actions: assign(({ event }) => ({ first: event.at + fixedTimings.syncDelay, now: event.at })),
				},
			},
		},
		/** The next poll that matters is on its way at `nextAt`, or the loop waits for a write. */
		polling: {
			entry: ['plan', { type: 'sendLater', params: ({ context }) => pollRequest(context) }, 'watch'],
			on: {
				// The apply (and prune) entries go with the next request (`SendLaterParams.record`):
				// the prune this transition asks for, or the poll that goes by itself (`nextPoll`).
				'db.polled': [
					{ guard: 'isPruneDue', actions: ['afterPoll', { type: 'sendLater', params: ({ context, event }) => pruneRequest(context, applyEntries(context, event)) }] },
					{ actions: 'afterPoll' },
				],
				'db.pruned': { actions: 'afterPrune' },
				'db.failed': { actions: ['afterFailure', { type: 'sendLater', params: ({ context }) => pollRequest(context) }] },
				'db.rowsAvailable': { actions: ['noteRows', { type: 'sendLater', params: ({ context }) => pollRequest(context) }] },
				'role.changed': { actions: ['noteRole', { type: 'sendLater', params: ({ context }) => pollRequest(context) }] },
				'server.dbHang': { actions: ['noteHang', { type: 'sendLater', params: ({ context }) => pollRequest(context) }] },
				'db.hung': [
					{ guard: 'waitsForGood', target: 'hung', actions: { type: 'record', params: hangEntry('sync') } },
					{ target: 'stalled', actions: { type: 'record', params: hangEntry('sync') } },
				],
			},
		},
		/**
		 * Before 17.6 the job awaits its hung poll with no timeout: no poll again until the process
		 * restarts, so no instruction is applied and the position stays where it was [PR-23119].
		 */
		hung: {},
		/** 17.6+: the job awaits the hung poll for at most `SyncTimeout` [PR-23119]. */
		stalled: {
			entry: { type: 'sendLater', params: ({ context, event }) => stallEnd(event, context.config.profile.loopTimeouts!.sync) },
			on: {
				// A later hang: the first poll after this stall may hang again.
				'server.dbHang': { actions: 'noteHang' },
				'role.changed': { actions: 'noteRole' },
				'stall.ended': [
					{ guard: 'timedOut', target: 'polling', actions: [{ type: 'record', params: timeoutEntry('sync') }, 'endStall'] },
					{ target: 'polling', actions: 'endStall' },
				],
			},
		},
	},
});
