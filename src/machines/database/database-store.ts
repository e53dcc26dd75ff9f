/**
 * The shared database of one run as a plain object: the tables, which servers are cut off
 * from it (scenario `dbFailure`), and who waits for new instructions. Readers get the tables
 * as an immutable `DatabaseState` that later changes leave alone; inside, `umbracoServer`
 * rows change in place, because every server touches its row every minute, and writes append
 * to `umbracoCacheInstruction` in place, so a run's writes cost no more than their rows;
 * readers get copies, made when they read after a change. The database actor
 * (`database-machine.ts`) serves its messages against it; the simulated clock serves the
 * requests loops send later straight from it when they fall due, which is the same thing
 * without two actor messages per touch or poll (`cluster/simulation-effects.ts`).
 *
 * Waiting is a simulation device: a sync loop with nothing to read sleeps until a write
 * wakes it, instead of polling an unchanged table every 5 s (see `sync-loop-machine.ts`).
 */
import type { DatabaseQuery, DatabaseReply } from './database-events';
import { appendInstructions } from './cache-instructions';
import { pollReply, respond, type DatabaseConfig } from './database-operations';
import { emptyDatabase, maxInstructionId, withTables, type DatabaseState, type InstructionRow, type ServerRow } from './database-state';
import { touchServerRows, type MutableServerRow } from './server-registrations';
import { isLater } from '../clock/next-tick';

/** Someone waiting for an instruction newer than `after`; one wait per owner. */
export interface RowWatcher {
	readonly owner: string;
	readonly after: number;
	/** Called once, when an instruction newer than `after` exists at `at`. */
	wake(at: number, maxId: number): void;
}

/** The live database of a run (see the file comment). */
export class DatabaseStore {
	/**
	 * The tables as requests see them, except that `servers` is stale (see `#servers`); their
	 * `instructions` are this store's own, appended to in place by writes.
	 */
	#tables: DatabaseState;
	/** `umbracoServer`, changed in place by touches. */
	readonly #servers: MutableServerRow[];
	/** The tables `tables` last returned, and what changed since. */
	#published: DatabaseState;
	#changed = false;
	#serversChanged = false;
	#instructionsChanged = false;
	readonly #config: DatabaseConfig;
	/** Open connection failures per server (failures may overlap). */
	readonly #cutOff = new Map<string, number>();
	/** Per server, until when its calls hang (scenario `dbHang`). */
	readonly #hungUntil = new Map<string, number>();
	readonly #reaches = (server: string): boolean => (this.#cutOff.get(server) ?? 0) === 0;
	readonly #watchers = new Map<string, RowWatcher>();

	constructor(config: DatabaseConfig, tables: DatabaseState = emptyDatabase) {
		this.#config = config;
		this.#published = tables;
		this.#tables = withTables(tables, { instructions: tables.instructions.slice() });
		this.#servers = tables.servers.map((row) => ({ ...row }));
	}

	/** The tables now; the value never changes afterwards. */
	get tables(): DatabaseState {
		if (!this.#changed) return this.#published;
		const servers = this.#serversChanged ? this.#servers.map((row): ServerRow => ({ ...row })) : this.#published.servers;
		const instructions = this.#instructionsChanged ? this.#tables.instructions.slice() : this.#published.instructions;
		this.#published = withTables(this.#tables, { servers, instructions });
		this.#changed = this.#serversChanged = this.#instructionsChanged = false;
		return this.#published;
	}

	/** Runs one request atomically and returns the answer; a write wakes the watchers it outdates. */
	serve(query: DatabaseQuery): DatabaseReply {
		const { at, server } = query;
		if (query.type !== 'db.hostsTick' && !this.#reaches(server)) return { type: 'db.failed', at, server, operation: query.type };
		if (this.#hungUntil.size > 0) {
			const hung = this.#hangAnswer(query);
			if (hung) return hung;
		}
		if (query.type === 'db.touch') {
			const { role, deactivated } = touchServerRows(this.#servers, { identity: query.identity, address: query.address, now: at, staleTimeout: this.#config.settings.staleTimeout });
			this.#changed = this.#serversChanged = true;
			return { type: 'db.touched', at, role, deactivated };
		}
		// Most requests of a run: a poll that saves nothing changes no table.
		if (query.type === 'db.poll' && query.saveAs === null) return pollReply(this.#tables, query, this.#config.settings);
		if (query.type === 'db.write') return this.#write(query);
		const reaches = this.#hungUntil.size === 0 ? this.#reaches : (host: string) => this.#reaches(host) && !this.#isHung(host, at);
		const { db, reply } = respond(this.#tables, query, this.#config, reaches);
		if (db !== this.#tables) {
			// A request that changed `instructions` (a prune) made a new table: this store's own now.
			if (db.instructions !== this.#tables.instructions) this.#instructionsChanged = true;
			this.#tables = db;
			this.#changed = true;
		}
		return reply;
	}

	/** `writeInstructions` in place; it wakes the watchers the new rows outdate. */
	#write({ originated, count, at }: Extract<DatabaseQuery, { type: 'db.write' }>): DatabaseReply {
		const { nextInstructionId } = this.#tables;
		const rows = appendInstructions(this.#tables.instructions as InstructionRow[], nextInstructionId, originated, count, at, this.#config.settings.maxProcessingInstructionCount);
		this.#tables = withTables(this.#tables, { nextInstructionId: nextInstructionId + rows.length });
		this.#changed = this.#instructionsChanged = true;
		this.#wakeWatchers(at);
		return { type: 'db.written', at, rows, count };
	}

	/** Waits for an instruction newer than `watcher.after`, replacing the owner's earlier wait; wakes it at once if one exists. */
	watch(watcher: RowWatcher, at: number): void {
		this.#watchers.delete(watcher.owner);
		const maxId = maxInstructionId(this.#tables);
		if (maxId > watcher.after) watcher.wake(at, maxId);
		else this.#watchers.set(watcher.owner, watcher);
	}

	/** Drops the owner's wait, if any. */
	unwatch(owner: string): void {
		this.#watchers.delete(owner);
	}

	/** A server loses its connection (`lost`) or gets it back once per loss. */
	setConnection(server: string, change: 'lost' | 'restored'): void {
		const open = this.#cutOff.get(server) ?? 0;
		this.#cutOff.set(server, change === 'lost' ? open + 1 : Math.max(0, open - 1));
	}

	/** From now until `until` the server's calls hang (overlapping hangs last until the latest end). */
	hang(server: string, until: number): void {
		this.#hungUntil.set(server, Math.max(until, this.#hungUntil.get(server) ?? until));
	}

	#isHung(server: string, at: number): boolean {
		const until = this.#hungUntil.get(server);
		return until !== undefined && isLater(until, at);
	}

	/**
	 * The answer to a request of a hung server, or null when it is not hung. The loops that have
	 * a timeout from 17.6 hear `db.hung`; a boot, a write or a prune is answered as failed, the
	 * distributed job hosts see a host that cannot reach the database (a simplification: the
	 * simulation models hangs for `TouchServerJob` and `InstructionProcessJob` only).
	 */
	#hangAnswer(query: DatabaseQuery): DatabaseReply | null {
		const { at, server, type } = query;
		if (type === 'db.hostsTick' || !this.#isHung(server, at)) return null;
		if (type === 'db.touch' || type === 'db.poll') return { type: 'db.hung', at, server, until: this.#hungUntil.get(server)! };
		return { type: 'db.failed', at, server, operation: type };
	}

	#wakeWatchers(at: number): void {
		const maxId = maxInstructionId(this.#tables);
		// Woken first, then told: a woken watcher may wait again at once.
		const woken: RowWatcher[] = [];
		for (const watcher of this.#watchers.values()) if (watcher.after < maxId) woken.push(watcher);
		if (woken.length === this.#watchers.size) this.#watchers.clear();
		else for (const watcher of woken) this.#watchers.delete(watcher.owner);
		for (const watcher of woken) watcher.wake(at, maxId);
	}
}
