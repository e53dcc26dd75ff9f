/**
 * The shared database as plain data: the tables the simulation needs, with Umbraco's column
 * names (runtime semantics §1.1, §2.1, §2.4, §3). Times are simulated seconds. Operations on
 * it are pure functions in the sibling modules; `database-machine.ts` holds it as context.
 */

/** A row of `umbracoServer`; v8 calls the flag column `isMaster` [§1.1]. */
export interface ServerRow {
	readonly id: number;
	/** The server identity (machine name + application id); here the scenario's server id. */
	readonly computerName: string;
	readonly address: string;
	readonly registeredDate: number;
	readonly lastNotifiedDate: number;
	readonly isActive: boolean;
	readonly isSchedulingPublisher: boolean;
}

/** A row of `umbracoCacheInstruction` (without the JSON payload) [§2.1]. */
export interface InstructionRow {
	readonly id: number;
	readonly utcStamp: number;
	/** The writer's LocalIdentity: a new one for every process, here `<server>#<process number>`. */
	readonly originated: string;
	readonly instructionCount: number;
}

/** A row of the v17 `umbracoLastSynced` table; only the "external" id is simulated [§2.4]. */
export interface LastSyncedRow {
	readonly machineId: string;
	readonly lastSyncedExternalId: number;
	readonly lastSyncedDate: number;
}

/** A row of the v17 `umbracoDistributedJob` table [§3]. */
export interface DistributedJobRow {
	readonly name: string;
	readonly period: number;
	readonly lastRun: number;
	readonly lastAttemptedRun: number;
	readonly isRunning: boolean;
}

/** Every table the simulation keeps. */
export interface DatabaseState {
	readonly servers: readonly ServerRow[];
	/** Ascending by id. */
	readonly instructions: readonly InstructionRow[];
	/** Identity columns never reuse ids, even after pruning. */
	readonly nextInstructionId: number;
	readonly lastSynced: readonly LastSyncedRow[];
	readonly distributedJobs: readonly DistributedJobRow[];
}

/** An empty database, as after installation. */
export const emptyDatabase: DatabaseState = {
	servers: [],
	instructions: [],
	nextInstructionId: 1,
	lastSynced: [],
	distributedJobs: [],
};

/**
 * The tables with some of them replaced. Written out rather than spread: in Node 20,
 * `{ ...db, servers }` takes a slow path that costs more than the touch it records.
 */
export function withTables(db: DatabaseState, changes: Partial<DatabaseState>): DatabaseState {
	return {
		servers: changes.servers ?? db.servers,
		instructions: changes.instructions ?? db.instructions,
		nextInstructionId: changes.nextInstructionId ?? db.nextInstructionId,
		lastSynced: changes.lastSynced ?? db.lastSynced,
		distributedJobs: changes.distributedJobs ?? db.distributedJobs,
	};
}

/** `MAX(id)` of `umbracoCacheInstruction`, 0 when empty. */
export function maxInstructionId(db: DatabaseState): number {
	return db.instructions.at(-1)?.id ?? 0;
}
