import { describe, expect, test } from 'vitest';
import { decideBootMode, pruneInstructions, readInstructions, writeInstructions } from '../../../src/machines/database/cache-instructions';
import { emptyDatabase, type DatabaseState } from '../../../src/machines/database/database-state';

function tableOf(writes: readonly (readonly [count: number, at: number])[], max = 1000): DatabaseState {
	return writes.reduce((db, [count, at]) => writeInstructions(db, 'A#1', count, at, max).db, emptyDatabase);
}

describe('writeInstructions', () => {
	test.each([
		[1, [1]],
		[1000, [1000]],
		[1001, [1000, 1]],
		[2500, [1000, 1000, 500]],
	])('batches %d instruction objects into rows of at most 1000', (count, sizes) => {
		const { db, rows } = writeInstructions(emptyDatabase, 'A#1', count, 40, 1000);
		expect(rows).toEqual(sizes.map((_, i) => i + 1));
		expect(db.instructions.map((row) => row.instructionCount)).toEqual(sizes);
		expect(db.instructions.every((row) => row.utcStamp === 40 && row.originated === 'A#1')).toBe(true);
	});

	test('never reuses an id after pruning', () => {
		const pruned = pruneInstructions(tableOf([[1, 0], [1, 0], [1, 10]]), 100, 50).db;
		expect(pruned.instructions.map((r) => r.id)).toEqual([3]);
		expect(writeInstructions(pruned, 'B#1', 1, 100, 1000).rows).toEqual([4]);
	});
});

describe('readInstructions', () => {
	test('reads at most the limit, ascending, after the given id', () => {
		const db = tableOf(Array.from({ length: 250 }, (_, i) => [1, i] as const));
		expect(readInstructions(db, 0, 100).map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		expect(readInstructions(db, 200, 100).map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, i) => i + 201));
		expect(readInstructions(db, 250, 100)).toEqual([]);
	});
});

describe('decideBootMode', () => {
	const db = tableOf([[600, 0], [400, 0], [1, 0]]); // rows 1 (600), 2 (400), 3 (1)
	test.each([
		['no stored id', -1, 'cold'],
		['id 0 and the table has rows', 0, 'cold'],
		['the stored row was pruned', 99, 'cold'],
		['401 instructions waiting', 1, 'warm'],
		['the newest row', 3, 'warm'],
	] as const)('%s → %s', (_, lastId, mode) => {
		expect(decideBootMode(db, lastId, 1000)).toBe(mode);
	});

	test('is cold when the waiting instructions add up to more than the maximum, strictly', () => {
		const backlog = tableOf([[1, 0], [600, 0], [401, 0]]);
		expect(decideBootMode(backlog, 1, 1000)).toBe('cold');
		expect(decideBootMode(tableOf([[1, 0], [600, 0], [400, 0]]), 1, 1000)).toBe('warm');
	});

	test('is warm on an empty table at id 0', () => {
		expect(decideBootMode(emptyDatabase, 0, 1000)).toBe('warm');
	});
});

describe('pruneInstructions', () => {
	test('deletes rows older than the retention, but always keeps the newest row', () => {
		const db = tableOf([[1, 0], [1, 50], [1, 60]]);
		expect(pruneInstructions(db, 1000, 100)).toMatchObject({ deleted: 2, db: { instructions: [{ id: 3 }] } });
		expect(pruneInstructions(db, 150, 100).deleted).toBe(1); // stamped before 50, strictly
	});
});
