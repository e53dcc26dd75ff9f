/**
 * A teaching model of the cache-instruction flow for the first lesson: the admin server
 * writes instruction rows, each front-end polls on its own 5-second rhythm and applies the
 * rows after its last-synced id, in id order. Deliberately small (no batching, pruning,
 * election or failures); the faithful simulation lives in `src/machines`.
 * Poll period: `TimeBetweenSyncOperations` / `ThrottleSeconds`, 5 s by default [SRC-MSGOPT] [D13-GLOBAL].
 */

export const pollSeconds = 5;

export interface FlowServer {
	readonly name: string;
	/** Id of the last instruction row this server applied. */
	readonly lastSynced: number;
	/** Second within the 5-second cycle at which this server polls. */
	readonly pollAt: number;
}

export interface FlowEvent {
	readonly t: number;
	readonly text: string;
}

export interface FlowState {
	/** Simulated seconds since the demo started. */
	readonly t: number;
	/** Ids of the instruction rows in the table. */
	readonly rows: readonly number[];
	readonly servers: readonly FlowServer[];
	/** Newest first. */
	readonly log: readonly FlowEvent[];
}

const maxLog = 8;

/** Two front-ends that poll at different moments, and an empty table. */
export function createFlow(): FlowState {
	return {
		t: 0,
		rows: [],
		servers: [
			{ name: 'Front-end 1', lastSynced: 0, pollAt: 1 },
			{ name: 'Front-end 2', lastSynced: 0, pollAt: 4 },
		],
		log: [],
	};
}

const withLog = (state: FlowState, events: readonly FlowEvent[]): readonly FlowEvent[] =>
	[...events.toReversed(), ...state.log].slice(0, maxLog);

/** An editor publishes on the admin server: one new instruction row. */
export function publish(state: FlowState): FlowState {
	const id = (state.rows.at(-1) ?? 0) + 1;
	return {
		...state,
		rows: [...state.rows, id],
		log: withLog(state, [{ t: state.t, text: `Admin server wrote instruction ${id}` }]),
	};
}

/** One simulated second passes; servers whose poll falls on it catch up. */
export function tick(state: FlowState): FlowState {
	const t = state.t + 1;
	const events: FlowEvent[] = [];
	const servers = state.servers.map((server) => {
		if (t % pollSeconds !== server.pollAt % pollSeconds) return server;
		const pending = state.rows.filter((id) => id > server.lastSynced);
		if (pending.length === 0) return server;
		events.push({ t, text: `${server.name} applied instruction${pending.length > 1 ? 's' : ''} ${pending.join(', ')}` });
		return { ...server, lastSynced: pending.at(-1)! };
	});
	return { ...state, t, servers, log: withLog(state, events) };
}

/** How many rows a server has not applied yet. */
export function behindBy(state: FlowState, server: FlowServer): number {
	return state.rows.filter((id) => id > server.lastSynced).length;
}

/** Seconds until the server's next poll (1 to 5). */
export function secondsToNextPoll(state: FlowState, server: FlowServer): number {
	return ((((server.pollAt - state.t) % pollSeconds) + pollSeconds) % pollSeconds) || pollSeconds;
}
