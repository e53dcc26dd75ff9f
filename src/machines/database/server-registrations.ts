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

/**
 * Touches `identity`'s row at `now`.
 *
 * The publisher flag is judged before stale rows are deactivated, so the touch that
 * deactivates a dead publisher does not promote anyone: the next touch does [§1.5].
 */
export function touchServer(
	rows: readonly ServerRow[],
	touch: { readonly identity: string; readonly address: string; readonly now: number; readonly staleTimeout: number }
): TouchResult {
	const { identity, address, now, staleTimeout } = touch;
	const hasPublisher = rows.some((row) => row.isSchedulingPublisher);
	const existing = rows.find((row) => row.computerName === identity);
	const own: ServerRow = {
		id: existing?.id ?? rows.length + 1,
		computerName: identity,
		address,
		registeredDate: existing?.registeredDate ?? now,
		lastNotifiedDate: now,
		isActive: true,
		isSchedulingPublisher: (existing?.isSchedulingPublisher ?? false) || !hasPublisher,
	};
	// `DeactiveStaleServers`: strictly older than the cut-off, publisher included [§1.4 step 6].
	const cutOff = now - staleTimeout;
	const deactivated: string[] = [];
	const servers: ServerRow[] = [];
	let active = 1;
	for (const row of rows) {
		if (row === existing) servers.push(own);
		else if (row.lastNotifiedDate < cutOff) {
			if (row.isActive) deactivated.push(row.computerName);
			servers.push(row.isActive || row.isSchedulingPublisher ? { ...row, isActive: false, isSchedulingPublisher: false } : row);
		} else {
			servers.push(row);
			if (row.isActive) active += 1;
		}
	}
	if (!existing) servers.push(own);
	const role = active > 1 ? (own.isSchedulingPublisher ? 'publisher' : 'subscriber') : 'single';
	return { servers, role, deactivated };
}
