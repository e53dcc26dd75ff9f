import { describe, expect, test } from 'vitest';
import { addMarks, bundleSummary, fileSummary, markChanges, noMarks, snapshotOf } from '../../../src/components/planner/files/entry-changes';

const snap = (files: Record<string, string>) => snapshotOf(Object.entries(files).map(([path, contents]) => ({ path, contents })));

describe('markChanges', () => {
	test('the first view has no marks', () => {
		expect(markChanges(undefined, snap({ 'a.json': '1' }), noMarks)).toBe(noMarks);
	});

	test('finds changed (with the old contents), new and removed files', () => {
		const marks = markChanges(snap({ 'a.json': '1', 'b.json': '2', 'c.json': '3' }), snap({ 'a.json': '1', 'b.json': '22', 'd.json': '4' }), noMarks);
		expect([...marks.before]).toEqual([['b.json', '2']]);
		expect([...marks.added]).toEqual(['d.json']);
		expect(marks.removed).toEqual(['c.json']);
	});

	test('marks stay when nothing changed, and are replaced by the next change', () => {
		const first = markChanges(snap({ a: '1' }), snap({ a: '2' }), noMarks);
		expect(markChanges(snap({ a: '2' }), snap({ a: '2' }), first)).toBe(first);
		const next = markChanges(snap({ a: '2', b: 'x' }), snap({ a: '2', b: 'y' }), first);
		expect([...next.before.keys()]).toEqual(['b']);
	});
});

describe('addMarks', () => {
	test('files that follow later for the same edit add to its marks', () => {
		// The edit changes the settings; the diagram follows once the layout is done.
		const edit = markChanges(snap({ settings: 'a', diagram: 'd1', old: 'x' }), snap({ settings: 'b', diagram: 'd1', fresh: 'n' }), noMarks);
		const layout = markChanges(snap({ settings: 'b', diagram: 'd1', fresh: 'n' }), snap({ settings: 'b', diagram: 'd2', fresh: 'n2' }), noMarks);
		const both = addMarks(edit, layout);
		expect([...both.before]).toEqual([['settings', 'a'], ['diagram', 'd1']]);
		expect([...both.added]).toEqual(['fresh']);
		expect(both.removed).toEqual(['old']);
		expect(bundleSummary(both)).toBe('Your last edit changed 2 files, added 1 file and removed 1 file.');
	});

	test('a file changed twice keeps the contents from before the edit', () => {
		const first = markChanges(snap({ a: '1' }), snap({ a: '2' }), noMarks);
		const second = markChanges(snap({ a: '2' }), snap({ a: '3' }), noMarks);
		expect(addMarks(first, second).before.get('a')).toBe('1');
	});
});

describe('bundleSummary', () => {
	test.each([
		[noMarks, ''],
		[{ before: new Map([['a', '']]), added: new Set<string>(), removed: [] }, 'Your last edit changed 1 file.'],
		[{ before: new Map([['a', ''], ['b', '']]), added: new Set(['c']), removed: [] }, 'Your last edit changed 2 files and added 1 file.'],
		[{ before: new Map([['a', '']]), added: new Set(['c']), removed: ['d', 'e'] }, 'Your last edit changed 1 file, added 1 file and removed 2 files.'],
	])('%#', (marks, text) => {
		expect(bundleSummary(marks)).toBe(text);
	});
});

describe('fileSummary', () => {
	test.each([
		[undefined, false, ''],
		[undefined, true, 'New file: your last edit added it.'],
		[{ changed: [1, 2, 3], removedAfter: [] }, false, '3 lines changed by your last edit.'],
		[{ changed: [4], removedAfter: [0, 9] }, false, '1 line changed and lines removed in 2 places by your last edit.'],
		[{ changed: [], removedAfter: [2] }, false, 'Lines removed in 1 place by your last edit.'],
		[{ changed: [], removedAfter: [] }, false, 'Changed by your last edit (line endings only).'],
	])('%j new=%s', (changes, isNew, text) => {
		expect(fileSummary(changes, isNew)).toBe(text);
	});
});
