/**
 * The shared database as an actor. Its context holds the run's `DatabaseStore` (the tables,
 * which servers are cut off, who waits for new instructions), the way a database server
 * holds its files: every request is served against it and answered at once with an event to
 * `replyTo`, so a request and its answer happen at the same simulated instant; requests
 * from a cut-off server get `db.failed` and change nothing; a hung server's touches and polls
 * get `db.hung` (see `DatabaseStore`).
 *
 * The watch list is a simulation device: a sync loop with nothing to read sleeps until a
 * write wakes it, instead of polling an unchanged table every 5 s (see `sync-loop-machine.ts`).
 */
import { assertEvent, setup, type AnyActorRef } from 'xstate';
import type { SimulationSettings } from '../settings';
import type { DistributedJob } from '../versions/job-catalogue';
import type { DatabaseEvent, DatabaseRequest } from './database-events';
import type { DatabaseState } from './database-state';
import { DatabaseStore, type RowWatcher } from './database-store';

/** The database actor's context: the store it serves. */
export interface DatabaseContext {
	readonly store: DatabaseStore;
}

/** The database actor's input; `tables` defaults to an empty database. */
export interface DatabaseInput {
	readonly settings: SimulationSettings;
	readonly jobs: readonly DistributedJob[];
	readonly tables?: DatabaseState;
}

/** A `db.watch`er: told with `db.rowsAvailable`. */
class MessageWatcher implements RowWatcher {
	constructor(
		readonly owner: string,
		readonly after: number,
		readonly replyTo: AnyActorRef
	) {}

	wake(at: number, maxId: number): void {
		this.replyTo.send({ type: 'db.rowsAvailable', at, maxId });
	}
}

/** The store of a database actor, or null when `actor` is something else. */
export function storeOf(actor: AnyActorRef): DatabaseStore | null {
	const store = (actor.getSnapshot() as { context?: Partial<DatabaseContext> } | undefined)?.context?.store;
	return store instanceof DatabaseStore ? store : null;
}

/** The shared database (see the file comment). */
export const databaseMachine = setup({
	types: {
		context: {} as DatabaseContext,
		events: {} as DatabaseEvent,
		input: {} as DatabaseInput,
	},
	actions: {
		/** Runs the request on the store and answers; a write also tells the watchers it wakes. */
		serve: ({ context, event }) => {
			const request = event as DatabaseRequest;
			request.replyTo.send(context.store.serve(request));
		},
		watch: ({ context, event }) => {
			assertEvent(event, 'db.watch');
			context.store.watch(new MessageWatcher(event.owner, event.after, event.replyTo), event.at);
		},
		unwatch: ({ context, event }) => {
			assertEvent(event, 'db.unwatch');
			context.store.unwatch(event.owner);
		},
		connect: ({ context, event }) => {
			assertEvent(event, ['db.connection.lost', 'db.connection.restored']);
			context.store.setConnection(event.server, event.type === 'db.connection.lost' ? 'lost' : 'restored');
		},
		hang: ({ context, event }) => {
			assertEvent(event, 'db.connection.hung');
			context.store.hang(event.server, event.until);
		},
	},
}).createMachine({
	id: 'database',
	context: ({ input }) => ({ store: new DatabaseStore({ settings: input.settings, jobs: input.jobs }, input.tables) }),
	initial: 'online',
	states: {
		online: {
			on: {
				'db.touch': { actions: 'serve' },
				'db.write': { actions: 'serve' },
				'db.poll': { actions: 'serve' },
				'db.boot': { actions: 'serve' },
				'db.prune': { actions: 'serve' },
				'db.ensureJobs': { actions: 'serve' },
				'db.runJob': { actions: 'serve' },
				'db.hostsTick': { actions: 'serve' },
				'db.watch': { actions: 'watch' },
				'db.unwatch': { actions: 'unwatch' },
				'db.connection.lost': { actions: 'connect' },
				'db.connection.restored': { actions: 'connect' },
				'db.connection.hung': { actions: 'hang' },
			},
		},
	},
});
