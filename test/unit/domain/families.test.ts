import { describe, expect, test } from 'vitest';
import {
	formatVersionFamilies,
	getVersionFamily,
	isVersionFamilyId,
	parseVersionFamilies,
	versionFamilies,
	versionFamilyIds,
} from '../../../src/domain/versions/families';

describe('versionFamilies', () => {
	test('lists every id once, in release order', () => {
		expect(versionFamilies.map((f) => f.id)).toEqual([...versionFamilyIds]);
	});

	test.each([
		['v7', 'Master', 'Slave'],
		['v8', 'Master', 'Replica'],
		['v9-13', 'SchedulingPublisher', 'Subscriber'],
		['v14-16', 'SchedulingPublisher', 'Subscriber'],
		['v17', 'SchedulingPublisher', 'Subscriber'],
	] as const)('names the %s roles %s and %s', (id, publisher, subscriber) => {
		expect(getVersionFamily(id).roleNames).toEqual({ publisher, subscriber });
	});
});

describe('isVersionFamilyId', () => {
	test.each(['v7', 'v8', 'v9-13', 'v14-16', 'v17'])('accepts %s', (id) => {
		expect(isVersionFamilyId(id)).toBe(true);
	});

	test.each(['v9', 'V8', '', 'v17+', null, 13])('rejects %s', (value) => {
		expect(isVersionFamilyId(value)).toBe(false);
	});
});

describe('parseVersionFamilies', () => {
	test.each([
		['v8', ['v8']],
		['v9-13 v14-16', ['v9-13', 'v14-16']],
		['v17,  v7', ['v7', 'v17']],
		['v8 v8', ['v8']],
	])('reads "%s"', (input, expected) => {
		expect(parseVersionFamilies(input)).toEqual(expected);
	});

	test('accepts an array', () => {
		expect(parseVersionFamilies(['v17', 'v9-13'])).toEqual(['v9-13', 'v17']);
	});

	test('names the unknown word', () => {
		expect(() => parseVersionFamilies('v8 v13')).toThrow(/Unknown version family "v13"/);
	});

	test('refuses an empty list', () => {
		expect(() => parseVersionFamilies('  ')).toThrow(/at least one/);
	});
});

describe('formatVersionFamilies', () => {
	test('uses the short labels', () => {
		expect(formatVersionFamilies(['v8', 'v9-13', 'v17'])).toBe('v8, v9–13, v17+');
	});
});
