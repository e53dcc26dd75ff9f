import { describe, expect, test } from 'vitest';
import {
	continueTarget,
	countRead,
	emptyProgress,
	isRead,
	isSolved,
	markRead,
	markSolved,
	markUnread,
	parseProgress,
	recordVisit,
	serializeProgress,
} from '../../../src/lib/progress';
import { exportProgress, importProgress, mergeProgress } from '../../../src/lib/progress-file';

const at = '2026-11-21T10:00:00.000Z';
const later = '2026-11-21T11:00:00.000Z';
const course = ['a', 'b', 'c', 'd'];

describe('parseProgress', () => {
	test.each([
		['nothing stored', null],
		['an empty string', ''],
		['broken JSON', '{"v":1,'],
		['a number', '42'],
		['an array', '[1,2]'],
		['another version', '{"v":2,"read":{}}'],
		['null', 'null'],
	])('treats %s as no progress', (_, raw) => {
		expect(parseProgress(raw)).toEqual(emptyProgress);
	});

	test('keeps valid entries and drops malformed ones', () => {
		const raw = JSON.stringify({ v: 1, read: { a: at, b: 3, c: null }, last: { slug: 'a', at } });
		expect(parseProgress(raw)).toEqual({ v: 1, read: { a: at }, last: { slug: 'a', at } });
	});

	test('drops a malformed last visit', () => {
		expect(parseProgress(JSON.stringify({ v: 1, read: {}, last: { slug: 4 } }))).toEqual(emptyProgress);
	});

	test('round-trips what serializeProgress writes', () => {
		const progress = recordVisit(markRead(emptyProgress, 'a', at), 'b', later);
		expect(parseProgress(serializeProgress(progress))).toEqual(progress);
	});
});

describe('markRead and markUnread', () => {
	test('marks and unmarks a lesson without touching others', () => {
		const two = markRead(markRead(emptyProgress, 'a', at), 'b', at);
		const one = markUnread(two, 'a');
		expect(isRead(one, 'a')).toBe(false);
		expect(isRead(one, 'b')).toBe(true);
	});

	test('keeps the first date when read again', () => {
		expect(markRead(markRead(emptyProgress, 'a', at), 'a', later).read['a']).toBe(at);
	});

	test('does not change the input', () => {
		const before = markRead(emptyProgress, 'a', at);
		markUnread(before, 'a');
		markRead(before, 'b', at);
		expect(before).toEqual({ v: 1, read: { a: at } });
	});
});

describe('continueTarget', () => {
	test('is undefined before any visit', () => {
		expect(continueTarget(emptyProgress, course)).toBeUndefined();
	});

	test('returns the last lesson opened while it is unfinished', () => {
		expect(continueTarget(recordVisit(emptyProgress, 'b', at), course)).toBe('b');
	});

	test('moves on to the next unread lesson once the last one is read', () => {
		let progress = markRead(markRead(emptyProgress, 'b', at), 'c', at);
		progress = recordVisit(progress, 'b', at);
		expect(continueTarget(progress, course)).toBe('d');
	});

	test('wraps round to an earlier unread lesson', () => {
		let progress = markRead(emptyProgress, 'd', at);
		progress = recordVisit(progress, 'd', at);
		expect(continueTarget(progress, course)).toBe('a');
	});

	test('is undefined when everything is read', () => {
		let progress = course.reduce((p, slug) => markRead(p, slug, at), emptyProgress);
		progress = recordVisit(progress, 'c', at);
		expect(continueTarget(progress, course)).toBeUndefined();
	});

	test('ignores a last visit to a lesson that no longer exists', () => {
		expect(continueTarget(recordVisit(emptyProgress, 'gone', at), course)).toBeUndefined();
	});
});

describe('countRead', () => {
	test('counts only lessons of the course', () => {
		const progress = markRead(markRead(emptyProgress, 'a', at), 'gone', at);
		expect(countRead(progress, course)).toBe(1);
	});
});

describe('solved exercises', () => {
	test('marks an exercise solved once, keeping the first date, and reads it back from storage', () => {
		const once = markSolved(emptyProgress, 'share-the-keys', '2026-01-01T00:00:00Z');
		const twice = markSolved(once, 'share-the-keys', '2026-02-01T00:00:00Z');
		expect(twice).toBe(once);
		expect(isSolved(parseProgress(serializeProgress(twice)), 'share-the-keys')).toBe(true);
		expect(isSolved(twice, 'repair-shared-temp')).toBe(false);
	});

	test('drops solved entries that are not dates', () => {
		expect(parseProgress('{"v":1,"read":{},"solved":{"a":"2026-01-01","b":3}}').solved).toEqual({ a: '2026-01-01' });
	});
});

describe('progress files', () => {
	const progress = markSolved(markRead(recordVisit(emptyProgress, 'b', '2026-03-01'), 'a', '2026-01-01'), 'x', '2026-01-02');

	test('round-trips through export and import', () => {
		const imported = importProgress(exportProgress(progress));
		expect(imported).toEqual({ ok: true, progress });
	});

	test.each([
		['not JSON', '{', /not JSON/],
		['another file', '{"v":1,"read":{}}', /not an LB Academy progress file/],
		['a later version', '{"format":"lb-academy-progress","v":2}', /version 2/],
		['an oversized file', ' '.repeat(1_000_001), /larger than 1 MB/],
	])('refuses %s with a message', (_, text, message) => {
		const result = importProgress(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});

	test('merges two devices: union of read and solved, earliest dates, latest visit', () => {
		const other = markSolved(markRead(markRead(recordVisit(emptyProgress, 'c', '2026-04-01'), 'a', '2025-12-01'), 'c', '2026-04-02'), 'y', '2026-04-03');
		const merged = mergeProgress(progress, other);
		expect(merged.read).toEqual({ a: '2025-12-01', c: '2026-04-02' });
		expect(merged.solved).toEqual({ x: '2026-01-02', y: '2026-04-03' });
		expect(merged.last).toEqual({ slug: 'c', at: '2026-04-01' });
		expect(mergeProgress(other, progress).last).toEqual({ slug: 'c', at: '2026-04-01' });
	});
});
