/**
 * The `final` part of a simulation result: what each server's newest process believes,
 * and the database tables, at the end of the scenario.
 */
import type { DatabaseState, DistributedJobRow, InstructionRow, LastSyncedRow, ServerRow } from '../database/database-state';
import { readSyncPosition } from '../server/process-children';
import type { ClusterContext } from './cluster-context';
import { newestProcess } from './cluster-context';

/** A server at the end, as its newest process sees it. */
export interface FinalServer {
	/** The newest process's in-memory role (official name); null if the server never started. */
	readonly role: string | null;
	/** Whether a process of the server is alive (booting, running, or failed to boot). */
	readonly running: boolean;
	/** The newest process's last-synced id; null before it booted. */
	readonly lastSynced: number | null;
}

/** The tables at the end (v17 adds `umbracoLastSynced` and `umbracoDistributedJob`). */
export interface FinalDatabase {
	readonly servers: readonly ServerRow[];
	readonly instructions: readonly InstructionRow[];
	/** v17 `umbracoLastSynced`. */
	readonly lastSynced?: readonly LastSyncedRow[];
	/** v17 `umbracoDistributedJob`. */
	readonly distributedJobs?: readonly DistributedJobRow[];
}

/** The `final` part of a simulation result. */
export interface FinalState {
	/** By server id, in `servers` order. */
	readonly servers: Readonly<Record<string, FinalServer>>;
	readonly database: FinalDatabase;
}

function finalServer(context: ClusterContext, serverId: string): FinalServer {
	const entry = newestProcess(context, serverId);
	if (!entry) return { role: null, running: false, lastSynced: null };
	const process = entry.ref.getSnapshot().context;
	const live = entry.phase === 'serving' ? readSyncPosition(entry.ref) : null;
	return { role: context.profile.roleNames[process.role], running: entry.phase !== 'ended', lastSynced: live ?? process.lastSynced };
}

/** Reads the final state of a cluster. */
export function readFinalState(context: ClusterContext, tables: DatabaseState): FinalState {
	const servers = Object.fromEntries(context.servers.map((server) => [server.id, finalServer(context, server.id)]));
	const v17 = context.profile.lastSyncedStorage === 'database';
	const database: FinalDatabase = {
		servers: tables.servers,
		instructions: tables.instructions,
		...(v17 ? { lastSynced: tables.lastSynced, distributedJobs: tables.distributedJobs } : {}),
	};
	return { servers, database };
}
