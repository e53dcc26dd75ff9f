/**
 * One database request → the new tables and the answer. Pure; `database-store.ts` keeps the
 * tables and applies it. Each operation is atomic, as Umbraco's are under their scopes and
 * write locks.
 */
import type { SimulationSettings } from '../settings';
import { fixedTimings } from '../settings';
import type { DistributedJob } from '../versions/job-catalogue';
import { decideBootMode, pruneInstructions, readInstructions, writeInstructions } from './cache-instructions';
import { alignedJobs, ensureJobs, isDueAt, nextDue, runRunnableJob } from './distributed-jobs';
import type { DatabaseQuery, DatabaseReply, JobRun } from './database-events';
import { maxInstructionId, withTables, type DatabaseState } from './database-state';
import { pruneLastSynced, readLastSynced, saveLastSynced } from './last-synced';
import { touchServer } from './server-registrations';

/** What the database knows besides its tables. */
export interface DatabaseConfig {
	readonly settings: SimulationSettings;
	readonly jobs: readonly DistributedJob[];
}

/** The tables after a request, and the answer to send. */
export interface Outcome {
	readonly db: DatabaseState;
	readonly reply: DatabaseReply;
}

/** Whether a server can reach the database (a `dbFailure` cuts it off). */
export type Reaches = (server: string) => boolean;

type Handler<T extends DatabaseQuery['type']> = (db: DatabaseState, request: Extract<DatabaseQuery, { type: T }>, config: DatabaseConfig, reaches: Reaches) => Outcome;

/** The answer to a poll, which changes no table unless it saves the position (v17, `saveAs`). */
export function pollReply(db: DatabaseState, { after, at }: Extract<DatabaseQuery, { type: 'db.poll' }>, settings: SimulationSettings): Extract<DatabaseReply, { type: 'db.polled' }> {
	return { type: 'db.polled', at, rows: readInstructions(db, after, settings.rowsPerPoll), maxId: maxInstructionId(db) };
}

const handlers: { readonly [T in DatabaseQuery['type']]: Handler<T> } = {
	'db.touch': (db, { identity, address, at }, { settings }) => {
		const result = touchServer(db.servers, { identity, address, now: at, staleTimeout: settings.staleTimeout });
		return { db: withTables(db, { servers: result.servers }), reply: { type: 'db.touched', at, role: result.role, deactivated: result.deactivated } };
	},
	'db.write': (db, { originated, count, at }, { settings }) => {
		const result = writeInstructions(db, originated, count, at, settings.maxProcessingInstructionCount);
		return { db: result.db, reply: { type: 'db.written', at, rows: result.rows, count } };
	},
	'db.poll': (db, request, { settings }) => {
		const reply = pollReply(db, request, settings);
		const last = reply.rows.at(-1)?.id;
		// v17 saves the position only when it moved [§2.3 step 4].
		if (request.saveAs === null || last === undefined) return { db, reply };
		return { db: withTables(db, { lastSynced: saveLastSynced(db.lastSynced, request.saveAs, last, request.at) }), reply };
	},
	'db.boot': (db, { lastId, saveAs, at }, { settings }) => {
		const stored = lastId ?? (saveAs === null ? -1 : readLastSynced(db.lastSynced, saveAs));
		const mode = decideBootMode(db, stored, settings.maxProcessingInstructionCount);
		if (mode === 'warm') return { db, reply: { type: 'db.booted', at, mode, lastSynced: stored } };
		// Cold boot skips to MAX(id) before anything is processed: pending rows are never replayed [§2.5].
		const maxId = maxInstructionId(db);
		const lastSynced = saveAs === null ? db.lastSynced : saveLastSynced(db.lastSynced, saveAs, maxId, at);
		return { db: withTables(db, { lastSynced }), reply: { type: 'db.booted', at, mode, lastSynced: maxId } };
	},
	'db.prune': (db, { at }, { settings }) => {
		const result = pruneInstructions(db, at, settings.retainInstructions);
		return { db: result.db, reply: { type: 'db.pruned', at, deleted: result.deleted } };
	},
	'db.ensureJobs': (db, { server, at }, { jobs }) => {
		const distributedJobs = ensureJobs(db.distributedJobs, jobs, at);
		return { db: withTables(db, { distributedJobs }), reply: { type: 'db.jobsEnsured', at, server, nextDue: nextDue(distributedJobs, alignedJobs(jobs)) } };
	},
	'db.runJob': (db, { server, at }, config) => runJob(db, server, at, config),
	'db.hostsTick': (db, request, config, reaches) => hostsTick(db, request, config, reaches),
};

/** Takes, runs and finishes one job; the pruning job also prunes `umbracoLastSynced` [§2.6]. */
function runJob(db: DatabaseState, server: string, at: number, { settings, jobs }: DatabaseConfig): Outcome {
	const aligned = alignedJobs(jobs);
	const taken = runRunnableJob(db.distributedJobs, at, fixedTimings.distributedMaxExecution, aligned);
	let next = withTables(db, { distributedJobs: taken.rows });
	let deleted: number | null = null;
	if (jobs.find((job) => job.name === taken.job)?.prunes) {
		const pruned = pruneInstructions(next, at, settings.retainInstructions);
		deleted = pruned.deleted;
		const cutOff = at - settings.retainInstructions;
		next = withTables(pruned.db, { lastSynced: pruneLastSynced(pruned.db.lastSynced, cutOff, maxInstructionId(pruned.db)) });
	}
	const reply: DatabaseReply = { type: 'db.jobRan', at, server, job: taken.job, deleted, nextDue: nextDue(taken.rows, aligned) };
	return { db: next, reply };
}

/**
 * One tick of the v17 job hosts: the ensures, then one take per ticking host for as long as a
 * job is due [§3]. A host that cannot reach the database fails alone: its timer starts all
 * the same (the error is swallowed), and a job it would have taken waits for the next host.
 */
function hostsTick(db: DatabaseState, { ensuring, taking, at }: Extract<DatabaseQuery, { type: 'db.hostsTick' }>, config: DatabaseConfig, reaches: Reaches): Outcome {
	let next = db;
	for (const server of ensuring) if (reaches(server)) next = withTables(next, { distributedJobs: ensureJobs(next.distributedJobs, config.jobs, at) });
	const ran: JobRun[] = [];
	for (const server of taking) {
		if (!isDueAt(nextDue(next.distributedJobs, alignedJobs(config.jobs)), at)) break;
		if (!reaches(server)) continue;
		const outcome = runJob(next, server, at, config);
		next = outcome.db;
		if (outcome.reply.type === 'db.jobRan') ran.push({ server, job: outcome.reply.job, deleted: outcome.reply.deleted });
	}
	return { db: next, reply: { type: 'db.hostsTicked', at, ran, nextDue: nextDue(next.distributedJobs, alignedJobs(config.jobs)) } };
}

const everyone: Reaches = () => true;

/** Applies one request to the tables; `reaches` matters to requests made for several servers. */
export function respond(db: DatabaseState, request: DatabaseQuery, config: DatabaseConfig, reaches: Reaches = everyone): Outcome {
	const handler = handlers[request.type] as Handler<DatabaseQuery['type']>;
	return handler(db, request, config, reaches);
}
