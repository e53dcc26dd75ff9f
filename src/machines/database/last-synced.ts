/**
 * The v17 `umbracoLastSynced` table: one row per machine, written when the id moves,
 * deleted by the pruning job when stale (runtime semantics §2.4, §2.6).
 */
import type { LastSyncedRow } from './database-state';

/** The stored external id of a machine, or −1 when it has no row ("never synced") [§2.5]. */
export function readLastSynced(rows: readonly LastSyncedRow[], machineId: string): number {
	return rows.find((row) => row.machineId === machineId)?.lastSyncedExternalId ?? -1;
}

/** Inserts or updates a machine's row with `id` at `now`. */
export function saveLastSynced(rows: readonly LastSyncedRow[], machineId: string, id: number, now: number): readonly LastSyncedRow[] {
	const row: LastSyncedRow = { machineId, lastSyncedExternalId: id, lastSyncedDate: now };
	return rows.some((r) => r.machineId === machineId) ? rows.map((r) => (r.machineId === machineId ? row : r)) : [...rows, row];
}

/**
 * `DeleteOlderThanAsync`: rows not written since `cutOff`, or pointing past the newest
 * instruction. Only the external id is simulated, so the "both ids" test uses it alone.
 * A consequence (inferred): after two idle days every row goes and the next restart is cold.
 */
export function pruneLastSynced(rows: readonly LastSyncedRow[], cutOff: number, maxId: number): readonly LastSyncedRow[] {
	return rows.filter((row) => !(row.lastSyncedDate < cutOff || row.lastSyncedExternalId > maxId));
}
