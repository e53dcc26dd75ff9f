/**
 * `ServerRegistrationService.TouchServer` (v13/v17; v8 is the same algorithm with
 * `IsMaster`): the whole election. One touch is atomic because it holds the `Servers`
 * write lock, so touches from all servers are serialized [§1.4].
 */
import type { ServerRow } from './database-state';

/** The role a touch computes: never Unknown [§1.4 step 7]. */
export type ElectedRole = 'single' | 'publisher' | 'subscriber';

/** The tables after a touch, the role it computed, and the rows it deactivated. */
export interface TouchResult {
	readonly servers: readonly ServerRow[];
	readonly role: ElectedRole;
	/** Identities of rows this touch turned inactive, in row order. */
	readonly deactivated: readonly string[];
}

/** What a touch needs to know. */
export interface Touch {
	readonly identity: string;
	readonly address: string;
	readonly now: number;
	readonly staleTimeout: number;
}

/** A row of `umbracoServer` that a touch may change where it is. */
export type MutableServerRow = { -readonly [K in keyof ServerRow]: ServerRow[K] };

const nobody: readonly string[] = [];

/**
 * Touches `identity`'s row at `now`, changing `rows` in place: the live table of a run,
 * where copying 20 rows per touch would cost more than the touch.
 *
 * The publisher flag is judged before stale rows are deactivated, so the touch that
 * deactivates a dead publisher does not promote anyone: the next touch does [§1.5].
 */
export function touchServerRows(rows: MutableServerRow[], { identity, address, now, staleTimeout }: Touch): Omit<TouchResult, 'servers'> {
	let hasPublisher = false;
	let own: MutableServerRow | undefined;
	for (const row of rows) {
		if (row.isSchedulingPublisher) hasPublisher = true;
		if (row.computerName === identity) own = row;
	}
	if (!own) rows.push((own = { id: rows.length + 1, computerName: identity, address, registeredDate: now, lastNotifiedDate: now, isActive: true, isSchedulingPublisher: false }));
	own.address = address;
	own.lastNotifiedDate = now;
	own.isActive = true;
	own.isSchedulingPublisher ||= !hasPublisher;
	// `DeactiveStaleServers`: strictly older than the cut-off, publisher included [§1.4 step 6].
	const cutOff = now - staleTimeout;
	let deactivated = nobody as string[];
	let active = 0;
	for (const row of rows) {
		if (row !== own && row.lastNotifiedDate < cutOff) {
			if (row.isActive) deactivated = [...deactivated, row.computerName];
			row.isActive = false;
			row.isSchedulingPublisher = false;
		} else if (row.isActive) active += 1;
	}
	const role = active > 1 ? (own.isSchedulingPublisher ? 'publisher' : 'subscriber') : 'single';
	return { role, deactivated };
}

/** Touches `identity`'s row at `now` (see `touchServerRows`), leaving `rows` as they were. */
export function touchServer(rows: readonly ServerRow[], touch: Touch): TouchResult {
	const servers = rows.map((row): MutableServerRow => ({ ...row }));
	return { servers, ...touchServerRows(servers, touch) };
}
