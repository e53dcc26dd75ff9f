/**
 * The shared database as an actor. Context: the tables (`DatabaseState`), which servers are
 * cut off from it (scenario `dbFailure`), and which sync loops are waiting for new
 * instructions. Every request is answered at once with an event to `replyTo`, so a request
 * and its answer happen at the same simulated instant; requests from a cut-off server get
 * `db.failed` and change nothing.
 *
 * The watch list is a simulation device: a sync loop with nothing to read sleeps until a
 * write wakes it, instead of polling an unchanged table every 5 s (see `sync-loop-machine.ts`).
 */
import { assertEvent, assign, enqueueActions, sendTo, setup, type AnyActorRef } from 'xstate';
import type { SimulationSettings } from '../settings';
import type { DistributedJob } from '../versions/job-catalogue';
import type { DatabaseEvent, DatabaseReply, DatabaseRequest } from './database-events';
import { respond } from './database-operations';
import { emptyDatabase, maxInstructionId, type DatabaseState } from './database-state';

interface Watcher {
	readonly owner: string;
	readonly after: number;
	readonly replyTo: AnyActorRef;
}

/** The database actor's context (see the file comment). */
export interface DatabaseContext {
	readonly tables: DatabaseState;
	readonly settings: SimulationSettings;
	readonly jobs: readonly DistributedJob[];
	/** Open connection failures per server (failures may overlap). */
	readonly cutOff: Readonly<Record<string, number>>;
	readonly watchers: readonly Watcher[];
	/** The answer to the request being served. */
	readonly answer: DatabaseReply | null;
	/** Watchers the request being served wakes. */
	readonly woken: readonly Watcher[];
}

/** The database actor's input; `tables` defaults to an empty database. */
export interface DatabaseInput {
	readonly settings: SimulationSettings;
	readonly jobs: readonly DistributedJob[];
	readonly tables?: DatabaseState;
}

/** After a request: a poll that left nothing newer starts watching; a write wakes the watchers it outdates. */
function updateWatchers(watchers: readonly Watcher[], request: DatabaseRequest, reply: DatabaseReply, maxId: number) {
	if (request.type === 'db.poll' && reply.type === 'db.polled') {
		const position = reply.rows.at(-1)?.id ?? request.after;
		const others = watchers.filter((w) => w.owner !== request.watcher);
		if (position < maxId) return { watchers: others, woken: [] };
		others.push({ owner: request.watcher, after: position, replyTo: request.replyTo });
		return { watchers: others, woken: [] };
	}
	if (request.type !== 'db.write') return { watchers, woken: [] };
	const woken = watchers.filter((w) => w.after < maxId);
	return { watchers: watchers.filter((w) => !woken.includes(w)), woken };
}

const requestTypes = ['db.touch', 'db.write', 'db.poll', 'db.boot', 'db.prune', 'db.ensureJobs', 'db.runJob'] as const;

/** The shared database (see the file comment). */
export const databaseMachine = setup({
	types: {
		context: {} as DatabaseContext,
		events: {} as DatabaseEvent,
		input: {} as DatabaseInput,
	},
	actions: {
		/** Runs the request on the tables; the answer waits in `answer` for `reply`. */
		serve: assign(({ context, event }) => {
			assertEvent(event, requestTypes);
			const request = event as DatabaseRequest;
			if ((context.cutOff[request.server] ?? 0) > 0) {
				return { answer: { type: 'db.failed', at: request.at, server: request.server, operation: request.type } as DatabaseReply, woken: [] };
			}
			const { db, reply } = respond(context.tables, request, context);
			const { watchers, woken } = updateWatchers(context.watchers, request, reply, maxInstructionId(db));
			return { tables: db, watchers, answer: reply, woken };
		}),
		reply: sendTo(
			({ event }) => (event as DatabaseRequest).replyTo,
			({ context }) => context.answer!
		),
		watch: enqueueActions(({ context, event, enqueue }) => {
			assertEvent(event, 'db.watch');
			const others = context.watchers.filter((w) => w.owner !== event.owner);
			const maxId = maxInstructionId(context.tables);
			if (maxId > event.after) {
				enqueue.assign({ watchers: others });
				enqueue.sendTo(event.replyTo, { type: 'db.rowsAvailable', at: event.at, maxId });
			} else {
				enqueue.assign({ watchers: [...others, { owner: event.owner, after: event.after, replyTo: event.replyTo }] });
			}
		}),
	},
}).createMachine({
	id: 'database',
	context: ({ input }) => ({
		tables: input.tables ?? emptyDatabase,
		settings: input.settings,
		jobs: input.jobs,
		cutOff: {},
		watchers: [],
		answer: null,
		woken: [],
	}),
	initial: 'online',
	states: {
		online: {
			on: {
				'db.touch': { actions: ['serve', 'reply'] },
				'db.write': {
					actions: [
						'serve',
						'reply',
						enqueueActions(({ context, event, enqueue }) => {
							for (const watcher of context.woken) enqueue.sendTo(watcher.replyTo, { type: 'db.rowsAvailable', at: event.at, maxId: maxInstructionId(context.tables) });
						}),
					],
				},
				'db.poll': { actions: ['serve', 'reply'] },
				'db.boot': { actions: ['serve', 'reply'] },
				'db.prune': { actions: ['serve', 'reply'] },
				'db.ensureJobs': { actions: ['serve', 'reply'] },
				'db.runJob': { actions: ['serve', 'reply'] },
				'db.watch': { actions: 'watch' },
				'db.unwatch': {
					actions: assign(({ context, event }) => ({ watchers: context.watchers.filter((w) => w.owner !== event.owner) })),
				},
				'db.connection.lost': {
					actions: assign(({ context, event }) => ({ cutOff: { ...context.cutOff, [event.server]: (context.cutOff[event.server] ?? 0) + 1 } })),
				},
				'db.connection.restored': {
					actions: assign(({ context, event }) => ({ cutOff: { ...context.cutOff, [event.server]: Math.max(0, (context.cutOff[event.server] ?? 0) - 1) } })),
				},
			},
		},
	},
});
