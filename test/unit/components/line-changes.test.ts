import { describe, expect, test } from 'vitest';
import { changedLines, compareLines, removedAfter, sourceLines } from '../../../src/components/planner/files/line-changes';

const text = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('sourceLines', () => {
	test.each([
		['', ['']],
		['a', ['a']],
		['a\n', ['a']],
		['a\nb', ['a', 'b']],
		['a\r\nb\r\n', ['a', 'b']],
		['a\n\n', ['a', '']],
	])('%j → %j', (input, lines) => {
		expect(sourceLines(input)).toEqual(lines);
	});
});

describe('changedLines', () => {
	test('no change gives no lines', () => {
		expect(changedLines(text('a', 'b'), text('a', 'b'))).toEqual([]);
	});

	test('a changed line is reported by its number in the new text', () => {
		expect(changedLines(text('a', 'b', 'c'), text('a', 'B', 'c'))).toEqual([2]);
	});

	test('added lines are reported, unchanged ones after them shift', () => {
		expect(changedLines(text('a', 'd'), text('a', 'b', 'c', 'd'))).toEqual([2, 3]);
	});

	test('changes at both ends', () => {
		expect(changedLines(text('a', 'b', 'c'), text('x', 'b', 'y'))).toEqual([1, 3]);
	});

	test('every line of a file that was empty is new', () => {
		expect(changedLines('', text('a', 'b'))).toEqual([1, 2]);
	});

	test('only a different final line break or line ending is no line change', () => {
		expect(changedLines('a\nb', 'a\nb\n')).toEqual([]);
		expect(changedLines('a\r\nb\r\n', 'a\nb\n')).toEqual([]);
	});

	test('a realistic JSON edit: one value changed, one key added', () => {
		const before = JSON.stringify({ Umbraco: { CMS: { Global: { MainDomLock: 'SqlMainDomLock' } } } }, null, 2);
		const after = JSON.stringify({ Umbraco: { CMS: { Global: { MainDomLock: 'FileSystemMainDomLock', Id: 'web-1' } } } }, null, 2);
		expect(changedLines(before, after)).toEqual([5, 6]);
	});
});

describe('removedAfter', () => {
	test('lines removed in the middle are marked after the line before them', () => {
		expect(removedAfter(text('a', 'b', 'c', 'd'), text('a', 'd'))).toEqual([1]);
	});

	test('lines removed at the start are marked at 0, at the end after the last line', () => {
		expect(removedAfter(text('a', 'b', 'c'), text('b'))).toEqual([0, 1]);
	});

	test('a replaced line is a change, not a removal', () => {
		expect(removedAfter(text('a', 'b', 'c'), text('a', 'B', 'c'))).toEqual([]);
	});

	test('emptying a file changes its first line into the one empty line left', () => {
		expect(compareLines(text('a', 'b'), '')).toEqual({ changed: [1], removedAfter: [] });
	});

	test('changes and removals together', () => {
		expect(compareLines(text('a', 'b', 'c', 'd', 'e'), text('a', 'c', 'D', 'e'))).toEqual({ changed: [3], removedAfter: [1] });
	});
});

describe('large edits', () => {
	const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');

	test('a small edit in a long file is found exactly', () => {
		const before = lines(5000, (i) => `line ${i}`);
		const after = lines(5000, (i) => (i === 2500 ? 'edited' : `line ${i}`));
		expect(compareLines(before, after)).toEqual({ changed: [2501], removedAfter: [] });
	});

	test('past the edit limit, the differing middle counts as changed, quickly', () => {
		const before = lines(3000, (i) => `<rect x="${i}" y="1"/>`);
		const after = lines(3000, (i) => (i === 0 || i === 2999 ? `<rect x="${i}" y="1"/>` : `<rect x="${i}" y="${i % 2}"/>`));
		const started = performance.now();
		const { changed, removedAfter: removed } = compareLines(before, after);
		expect(performance.now() - started).toBeLessThan(1000);
		// Every other line differs from line 3 to line 2999: far past the limit, so all of them count.
		expect(changed).toEqual(Array.from({ length: 2997 }, (_, i) => i + 3));
		expect(removed).toEqual([]);
	});
});
