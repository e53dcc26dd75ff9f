/**
 * Messages to and from the database actor. Every request names the server it comes from
 * (a server cut off from the database gets `db.failed`) and the simulated instant, and
 * carries the actor to answer.
 */
import type { AnyActorRef } from 'xstate';
import type { InstructionRow } from './database-state';
import type { NextDue } from './distributed-jobs';
import type { ElectedRole } from './server-registrations';

interface Request {
	readonly server: string;
	readonly at: number;
}

/** A request that reads or writes tables, without the actor to answer (`DatabaseStore.serve`). */
export type DatabaseQuery =
	| ({ readonly type: 'db.touch'; readonly identity: string; readonly address: string } & Request)
	| ({ readonly type: 'db.write'; readonly originated: string; readonly count: number } & Request)
	/**
	 * `saveAs`: the v17 `umbracoLastSynced` machine id to update when the position moves.
	 * `watcher`: when nothing newer is left after this read, wake the poller on the next write
	 * (a simulation device, see `database-machine.ts`).
	 */
	| ({ readonly type: 'db.poll'; readonly after: number; readonly saveAs: string | null; readonly watcher: string } & Request)
	/** `lastId`: the id read from the local file (−1 if none), or null to read `umbracoLastSynced`. */
	| ({ readonly type: 'db.boot'; readonly lastId: number | null; readonly saveAs: string | null } & Request)
	| ({ readonly type: 'db.prune' } & Request)
	| ({ readonly type: 'db.ensureJobs' } & Request)
	| ({ readonly type: 'db.runJob' } & Request)
	/**
	 * One tick of the v17 distributed job hosts, as one request: the `ensuring` hosts run
	 * `EnsureJobsAsync`, then each `taking` host takes one due job, in order, each as its own
	 * `db.ensureJobs` / `db.runJob` would (`server` names no host: cut-off hosts fail alone).
	 */
	| ({ readonly type: 'db.hostsTick'; readonly ensuring: readonly string[]; readonly taking: readonly string[] } & Request);

/** A request sent to the database actor: a query and the actor to answer. */
export type DatabaseRequest = DatabaseQuery & { readonly replyTo: AnyActorRef };

/** Everything the database actor accepts. */
export type DatabaseEvent =
	| DatabaseRequest
	/** Simulation device: tell `replyTo` once an instruction newer than `after` exists. */
	| { readonly type: 'db.watch'; readonly owner: string; readonly after: number; readonly at: number; readonly replyTo: AnyActorRef }
	| { readonly type: 'db.unwatch'; readonly owner: string }
	| { readonly type: 'db.connection.lost'; readonly server: string }
	| { readonly type: 'db.connection.restored'; readonly server: string }
	/** The server's connection hangs until `until` (scenario `dbHang`). */
	| { readonly type: 'db.connection.hung'; readonly server: string; readonly until: number };

/** A job a host took and ran; `deleted` as in `db.jobRan`. */
export interface JobRun {
	readonly server: string;
	readonly job: string | null;
	readonly deleted: number | null;
}

/** Everything the database actor answers. */
export type DatabaseReply =
	| { readonly type: 'db.touched'; readonly at: number; readonly role: ElectedRole; readonly deactivated: readonly string[] }
	| { readonly type: 'db.written'; readonly at: number; readonly rows: readonly number[]; readonly count: number }
	| { readonly type: 'db.polled'; readonly at: number; readonly rows: readonly InstructionRow[]; readonly maxId: number }
	| { readonly type: 'db.booted'; readonly at: number; readonly mode: 'cold' | 'warm'; readonly lastSynced: number }
	| { readonly type: 'db.pruned'; readonly at: number; readonly deleted: number }
	| { readonly type: 'db.jobsEnsured'; readonly at: number; readonly server: string; readonly nextDue: NextDue | null }
	| {
			readonly type: 'db.jobRan';
			readonly at: number;
			readonly server: string;
			readonly job: string | null;
			/** Rows deleted when the job was the pruning job, else null. */
			readonly deleted: number | null;
			readonly nextDue: NextDue | null;
	  }
	/** The jobs taken in a `db.hostsTick`, in order, and when the next one falls due. */
	| { readonly type: 'db.hostsTicked'; readonly at: number; readonly ran: readonly JobRun[]; readonly nextDue: NextDue | null }
	| { readonly type: 'db.rowsAvailable'; readonly at: number; readonly maxId: number }
	| { readonly type: 'db.failed'; readonly at: number; readonly server: string; readonly operation: DatabaseQuery['type'] }
	/**
	 * A touch or poll whose call hangs: it neither answers nor fails until the stalled
	 * connection faults at `until` (other requests of a hung server get `db.failed`).
	 */
	| { readonly type: 'db.hung'; readonly at: number; readonly server: string; readonly until: number };
