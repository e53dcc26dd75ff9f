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
 * after a write, so a write sends the loops no message. A poll and its answer happen in the
 * same instant, so polling has no state of its own.
 */
import { assertEvent, assign, sendTo, setup } from 'xstate';
import type { DatabaseReply } from '../database/database-events';
import type { RecordParams, SendLaterParams } from '../effects';
import type { LogFields } from '../log';
import { fixedTimings } from '../settings';
import type { Role } from '../versions/version-profile';
import type { LoopConfig } from './loop-config';
import type { FirstRequestEvent, RoleChangedEvent } from './server-events';
import { isPruneDue, planNextPoll, type SyncPosition, type SyncRules } from './sync-schedule';

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
	| Extract<DatabaseReply, { type: 'db.polled' | 'db.pruned' | 'db.failed' | 'db.rowsAvailable' }>;

/** The apply entries of a poll: every row read that another process wrote, in id order. */
function applyEntries(context: SyncLoopContext, event: SyncLoopEvent): LogFields[] {
	assertEvent(event, 'db.polled');
	const entries: LogFields[] = [];
	for (const row of event.rows) if (row.originated !== context.config.localIdentity) entries.push({ type: 'apply', instruction: row.id });
	return entries;
}

/**
 * The position after `changes`, with the next poll planned from it. Written out rather than
 * spread: in Node 20 `{ ...changes, nextAt }` takes a slow path, and this runs on every poll.
 */
function replan(context: SyncLoopContext, changes: Partial<SyncPosition>): SyncPosition & Pick<SyncLoopContext, 'nextAt'> {
	const next: Mutable<SyncPosition & Pick<SyncLoopContext, 'nextAt'>> = {
		first: context.first,
		now: changes.now ?? context.now,
		lastPollAt: changes.lastPollAt ?? context.lastPollAt,
		lastPruned: changes.lastPruned ?? context.lastPruned,
		lastSynced: changes.lastSynced ?? context.lastSynced,
		knownMaxId: changes.knownMaxId ?? context.knownMaxId,
		role: changes.role ?? context.role,
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
function pollRequest(context: SyncLoopContext): SendLaterParams {
	const { config, nextAt, lastSynced } = context;
	const event = { type: 'db.poll', server: config.serverId, at: nextAt, after: lastSynced, saveAs: config.saveAs, watcher: config.localIdentity };
	const caughtUp = !config.everyTick && context.knownMaxId <= lastSynced;
	const waitForRows = caughtUp ? { owner: config.localIdentity, after: lastSynced, first: context.first, period: config.settings.syncPeriod, notBefore: context.lastPollAt } : null;
	return { at: nextAt, to: config.database, event, waitForRows };
}

/**
 * The prune of the poll that found it due (the effect adds `replyTo`). Sent for the same
 * instant, it sorts right after that poll: every timer before it has fired and no other has
 * its place (same instant, rank and server), so nothing happens in between, as in `Sync()`.
 */
function pruneRequest({ config, now }: SyncLoopContext): SendLaterParams {
	const event = { type: 'db.prune', server: config.serverId, at: now };
	return { at: now, to: config.database, event };
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
	},
	guards: {
		awaitsFirstRequest: ({ context }) => context.config.profile.loopsAwaitFirstRequest,
		isPruneDue: ({ context, event }) => event.type === 'db.polled' && isPruneDue(context, context.config, event.at),
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
				'db.polled': [
					{
						guard: 'isPruneDue',
						actions: [
							{ type: 'record', params: ({ context, event }) => applyEntries(context, event) },
							'afterPoll',
							{ type: 'sendLater', params: ({ context }) => pruneRequest(context) },
						],
					},
					{
						actions: [
							{ type: 'record', params: ({ context, event }) => applyEntries(context, event) },
							'afterPoll',
							{ type: 'sendLater', params: ({ context }) => pollRequest(context) },
						],
					},
				],
				'db.pruned': {
					actions: [
						{ type: 'record', params: ({ event }) => ({ type: 'prune', deleted: event.deleted }) },
						'afterPrune',
						{ type: 'sendLater', params: ({ context }) => pollRequest(context) },
					],
				},
				'db.failed': { actions: ['afterFailure', { type: 'sendLater', params: ({ context }) => pollRequest(context) }] },
				'db.rowsAvailable': { actions: ['noteRows', { type: 'sendLater', params: ({ context }) => pollRequest(context) }] },
				'role.changed': { actions: ['noteRole', { type: 'sendLater', params: ({ context }) => pollRequest(context) }] },
			},
		},
	},
});
