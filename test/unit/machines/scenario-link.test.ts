import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { decodeScenarioFragment, encodeScenarioFragment } from '../../../src/machines';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';

const minimal = { umbraco: '13.5.2', servers: [{ id: 'A', start: 0 }], until: 60 };

/** A fragment carrying any text, deflated as the encoder does. */
function fragmentOf(text: string, format = '1'): string {
	const packed = deflateSync(strToU8(text), { level: 9 });
	return `scenario=${format}.${Buffer.from(packed).toString('base64url')}`;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
function randomFrom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A random valid scenario document, with the odd unknown property and non-ASCII id. */
function arbitraryScenario(seed: number): Record<string, unknown> {
	const random = randomFrom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const ids = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => pick(['web', 'admin', 'wéb-ü', 'ノード', 'a"b']) + i);
	const servers = ids.map((id) => ({ id, start: Math.round(random() * 300), ...(random() < 0.5 ? { role: pick(['elected', 'publisher', 'subscriber', 'single']) } : {}) }));
	const events = Array.from({ length: Math.floor(random() * 12) }, () => {
		const at = Math.round(random() * 5000) / 10;
		const kind = pick(['start', 'stop', 'crash', 'request', 'recycle', 'publish', 'edit', 'dbFailure']);
		if (kind === 'publish' || kind === 'edit') return { at, server: pick(ids), do: kind, instructions: 1 + Math.floor(random() * 5000) };
		if (kind === 'dbFailure') return { at, server: pick(ids), do: kind, until: at + 1 + Math.round(random() * 100) };
		return { at, server: pick(ids), do: kind };
	});
	const settings = random() < 0.5 ? { touchPeriod: 1 + Math.floor(random() * 120), maxProcessingInstructionCount: 1 + Math.floor(random() * 2000) } : undefined;
	return { umbraco: pick(['8.18.8', '13.5.2', '16.2.0', '17.4.0']), ...(settings && { settings }), servers, events, until: 600, ...(random() < 0.3 ? { note: 'kept as written' } : {}) };
}

describe('scenario links', () => {
	test.each(Array.from({ length: 25 }, (_, seed) => seed))('round trip of generated scenario #%d: same document, same scenario, same fragment', (seed) => {
		const input = arbitraryScenario(seed);
		const fragment = encodeScenarioFragment(input);
		expect(fragment).toMatch(/^scenario=1\.[A-Za-z0-9_-]+$/);
		const decoded = decodeScenarioFragment(`#${fragment}`);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.input).toEqual(input);
		const validated = validateScenario(input);
		expect(validated.ok && decoded.scenario).toEqual(validated.ok && validated.scenario);
		expect(encodeScenarioFragment(decoded.input)).toBe(fragment);
	});

	test('finds the scenario among other parts of the fragment and reports unknown properties', () => {
		const decoded = decodeScenarioFragment(`t=30&${encodeScenarioFragment({ ...minimal, colour: 'red' })}`);
		expect(decoded).toMatchObject({ ok: true, warnings: [{ path: 'colour', message: 'unknown property, ignored' }] });
	});

	test('refuses to encode a value without a JSON form', () => {
		expect(() => encodeScenarioFragment(undefined)).toThrow(TypeError);
	});

	test.each([
		['', 'no "scenario=" part in the link'],
		['plan=1.q1YqSs1LTC1Kzs_N1U1OzCtJLcpMLc4sTtVNTixKzs-t1DU0MtA1NAIA', 'no "scenario=" part in the link'],
		['scenario=1', 'the scenario part is damaged (expected "<version>.<data>")'],
		['scenario=1.', 'the scenario part is damaged (expected "<version>.<data>")'],
		['scenario=1.ab+c', 'the scenario part is damaged (expected "<version>.<data>")'],
		['scenario=v1.abc', 'the scenario part is damaged (expected "<version>.<data>")'],
		['scenario=2.abc', 'format 2 is not known to this version (it reads format 1)'],
		['scenario=01.abc', 'format 01 is not known to this version (it reads format 1)'],
		['scenario=1.A', 'the scenario data is damaged or cut off'],
		['scenario=1.AAAA', 'the scenario data is damaged or cut off'],
	])('refuses %j', (fragment, message) => {
		expect(decodeScenarioFragment(fragment)).toEqual({ ok: false, message: `scenario link: ${message}` });
	});

	test('refuses a format written as "01." even when its data is good', () => {
		const data = encodeScenarioFragment(minimal).split('.')[1];
		expect(decodeScenarioFragment(`scenario=01.${data}`)).toMatchObject({ ok: false, message: expect.stringContaining('format 01 is not known') });
	});

	test('refuses data cut off half way', () => {
		const fragment = encodeScenarioFragment(arbitraryScenario(7));
		expect(decodeScenarioFragment(fragment.slice(0, Math.floor(fragment.length / 2)))).toEqual({ ok: false, message: 'scenario link: the scenario data is damaged or cut off' });
	});

	test('never throws on damaged data: each one-character change is decoded or refused', () => {
		const fragment = encodeScenarioFragment(arbitraryScenario(3));
		const alphabet = 'AZaz09-_';
		for (let at = 'scenario=1.'.length; at < fragment.length; at += 3) {
			const changed = fragment.slice(0, at) + alphabet[at % alphabet.length] + fragment.slice(at + 1);
			const decoded = decodeScenarioFragment(changed);
			expect(typeof decoded.ok).toBe('boolean');
			if (!decoded.ok) expect(decoded.message).toMatch(/^scenario link: /);
		}
	});

	test('refuses a link over 64 000 characters before reading it', () => {
		expect(decodeScenarioFragment(`scenario=1.${'A'.repeat(64_000)}`)).toEqual({ ok: false, message: 'scenario link: the link is 64 011 characters long; the limit is 64 000' });
	});

	test('stops inflating a deflate bomb at the limit: 5 MB of spaces in a few KB', () => {
		const bomb = fragmentOf(`{"until": 1${' '.repeat(5_000_000)}}`);
		expect(bomb.length).toBeLessThan(20_000);
		expect(decodeScenarioFragment(bomb)).toEqual({ ok: false, message: 'scenario link: the scenario inflates to more than 1 MB; the limit is 1 MB' });
	});

	test('takes a scenario that inflates to the limit exactly', () => {
		const text = JSON.stringify(minimal);
		const padded = `${text.slice(0, -1)}${' '.repeat(1_000_000 - text.length)}}`;
		expect(decodeScenarioFragment(fragmentOf(padded))).toMatchObject({ ok: true, input: minimal });
	});

	test.each([
		[`{"a": ${'['.repeat(100)}${']'.repeat(100)}}`, 'scenario link: nested more than 64 levels deep at line 1, column 70; the limit is 64'],
		['{"until": ', 'scenario link: not valid JSON at line 1, column 11: the text ends too early'],
	])('refuses text that does not parse: %j', (text, message) => {
		expect(decodeScenarioFragment(fragmentOf(text))).toEqual({ ok: false, message });
	});

	test('refuses an invalid scenario, naming the JSON path of each problem', () => {
		const fragment = encodeScenarioFragment({ ...minimal, servers: [{ id: 'A', start: -1 }], until: 'never' });
		expect(decodeScenarioFragment(fragment)).toEqual({
			ok: false,
			message: 'scenario link: not a valid scenario: servers[0].start: expected a number of seconds ≥ 0; got -1; until: expected a number of seconds ≥ 0; got "never"',
		});
	});

	test('applies the same limits as a scenario file', () => {
		const servers = Array.from({ length: 201 }, (_, i) => ({ id: `S${i}`, start: 0 }));
		expect(decodeScenarioFragment(encodeScenarioFragment({ ...minimal, servers }))).toEqual({ ok: false, message: 'scenario link: not a valid scenario: servers: 201 servers; a scenario can have at most 200' });
		const long = { ...minimal, settings: { touchPeriod: 1 }, servers: servers.slice(0, 200), until: 31_536_000 };
		expect(decodeScenarioFragment(encodeScenarioFragment(long))).toMatchObject({ ok: false, message: expect.stringContaining('until: 200 servers (touchPeriod 1 s, pruneThrottle 60 s) running for 31 536 000 s') });
	});

	test('lists three problems and counts the rest', () => {
		const servers = Array.from({ length: 5 }, () => ({ id: '', start: 0 }));
		const decoded = decodeScenarioFragment(encodeScenarioFragment({ ...minimal, servers }));
		expect(decoded).toMatchObject({ ok: false, message: expect.stringMatching(/servers\[2\]\.id: expected a non-empty string; got ""; and 2 more$/) });
	});
});
