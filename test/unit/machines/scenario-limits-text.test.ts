import { describe, expect, test } from 'vitest';
import { parseScenarioJson, tooDeepOffset, utf8Length } from '../../../src/machines/scenario/parse-scenario-json';

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('parseScenarioJson limits, checked before JSON.parse', () => {
	test('takes a text of exactly 1 MB and refuses one byte more', () => {
		const exactly = `"${'a'.repeat(999_998)}"`;
		expect(parseScenarioJson(exactly).ok).toBe(true);
		expect(parseScenarioJson(`${exactly} `)).toEqual({ ok: false, issue: { path: '', message: 'the scenario is larger than 1 MB; the limit is 1 MB' } });
	});

	test('counts UTF-8 bytes, not characters', () => {
		// 400 000 characters, 1.2 MB once encoded.
		const euros = `"${'€'.repeat(400_000)}"`;
		expect(parseScenarioJson(euros)).toMatchObject({ ok: false, issue: { message: 'the scenario is larger than 1 MB; the limit is 1 MB' } });
	});

	test('takes 64 levels of nesting and refuses 65, saying where', () => {
		expect(parseScenarioJson(nested(64)).ok).toBe(true);
		expect(parseScenarioJson(`{"a":\n ${nested(65)}}`)).toEqual({
			ok: false,
			issue: { path: '', message: 'nested more than 64 levels deep at line 2, column 65; the limit is 64' },
		});
	});

	test('refuses 100 000 open brackets at once, without overflowing the stack', () => {
		expect(parseScenarioJson('['.repeat(100_000))).toMatchObject({ ok: false, issue: { message: 'nested more than 64 levels deep at line 1, column 65; the limit is 64' } });
	});

	test('does not count brackets inside strings, escaped quotes included', () => {
		const text = `{"id": "${'[{'.repeat(100)}\\"${'['.repeat(100)}", "x": ${nested(63)}}`;
		expect(parseScenarioJson(text).ok).toBe(true);
	});
});

describe('utf8Length', () => {
	test.each([
		['', 0],
		['abc', 3],
		['é', 2],
		['€', 3],
		['😀', 4],
	])('%j is %d bytes', (text, bytes) => {
		expect(utf8Length(text)).toBe(bytes);
		expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
	});
});

describe('tooDeepOffset', () => {
	test.each([
		['{"a": {"b": [1]}}', 3, undefined],
		['{"a": {"b": [1]}}', 2, 12],
		['"[[[["', 1, undefined],
		['[[]]', 1, 1],
	])('%j at most %d deep → %s', (text, depth, offset) => {
		expect(tooDeepOffset(text, depth)).toBe(offset);
	});
});
