/**
 * The cache-instruction table: batched writes, ordered reads, the cold/warm boot decision
 * and pruning (runtime semantics §2).
 */
import type { DatabaseState, InstructionRow } from './database-state';

/** The tables after a write, and the ids of the new rows. */
export interface WriteResult {
	readonly db: DatabaseState;
	readonly rows: readonly number[];
}

/**
 * `DeliverInstructionsInBatches`: `count` instruction objects become ⌈count / max⌉ rows of
 * at most `max` objects each, written in one transaction [§2.2 step 5]. Only the counts are
 * kept, so the work is per row, never per instruction. Rows are stamped `now`, which never
 * goes back, so the table is ascending by id and by stamp alike.
 *
 * @example writeInstructions(db, 'A#1', 2500, 40, 1000).rows // three new ids (1000, 1000, 500)
 */
export function writeInstructions(db: DatabaseState, originated: string, count: number, now: number, max: number): WriteResult {
	const instructions = db.instructions.slice();
	const rows = appendInstructions(instructions, db.nextInstructionId, originated, count, now, max);
	return { db: { ...db, instructions, nextInstructionId: db.nextInstructionId + rows.length }, rows };
}

/**
 * `writeInstructions` on a table its owner changes in place (`DatabaseStore`): appends the
 * rows, numbered from `nextId`, to `rows` and returns their ids. Copying the table on every
 * write would make a run's writes cost the square of their number.
 */
export function appendInstructions(rows: InstructionRow[], nextId: number, originated: string, count: number, now: number, max: number): number[] {
	const ids: number[] = [];
	for (let left = count; left > 0; left -= max) {
		const id = nextId + ids.length;
		rows.push({ id, utcStamp: now, originated, instructionCount: Math.min(left, max) });
		ids.push(id);
	}
	return ids;
}

/**
 * Index of the first row with an id greater than `after` (rows are ascending). Searched from
 * the end, in growing steps, then by halves: a poll mostly reads the last row or two.
 */
function firstAfter(rows: readonly InstructionRow[], after: number): number {
	let high = rows.length;
	let probe = high - 1;
	for (let step = 1; probe >= 0 && rows[probe]!.id > after; step *= 2) {
		high = probe;
		probe -= step;
	}
	let low = Math.max(0, probe + 1);
	while (low < high) {
		const mid = (low + high) >> 1;
		if (rows[mid]!.id > after) high = mid;
		else low = mid + 1;
	}
	return low;
}

/** At most `limit` rows with an id greater than `after`, ascending [§2.3 step 3]. */
export function readInstructions(db: DatabaseState, after: number, limit: number): readonly InstructionRow[] {
	const start = firstAfter(db.instructions, after);
	return db.instructions.slice(start, start + limit);
}

/**
 * `SyncBootStateAccessor` + `IsColdBootRequired` [§2.5]: cold when there is no stored id,
 * when the stored row was pruned (or the id is 0 and the table has rows), or when the
 * instructions waiting add up to more than `maxCount`.
 */
export function decideBootMode(db: DatabaseState, lastId: number, maxCount: number): 'cold' | 'warm' {
	if (lastId < 0) return 'cold';
	const rows = db.instructions;
	const start = firstAfter(rows, lastId);
	if (lastId === 0 ? rows.length > 0 : rows[start - 1]?.id !== lastId) return 'cold';
	let waiting = 0;
	for (let i = start; i < rows.length; i++) waiting += rows[i]!.instructionCount;
	return waiting > maxCount ? 'cold' : 'warm';
}

/**
 * `DeleteInstructionsOlderThan`: rows stamped before `now − retain`, except the newest row,
 * which is always kept so an idle cluster never empties the table [§2.6].
 */
export function pruneInstructions(db: DatabaseState, now: number, retain: number): { readonly db: DatabaseState; readonly deleted: number } {
	const cutOff = now - retain;
	const rows = db.instructions;
	// Stamps ascend with ids (`writeInstructions`), so the old rows are a prefix; counting it
	// instead of filtering the whole table keeps a prune every second of a big table cheap.
	let deleted = 0;
	while (deleted < rows.length - 1 && rows[deleted]!.utcStamp < cutOff) deleted += 1;
	return { db: deleted === 0 ? db : { ...db, instructions: rows.slice(deleted) }, deleted };
}
