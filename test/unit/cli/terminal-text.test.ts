import { describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main';
import { escapeTerminalText } from '../../../src/cli/terminal-text';
import { memoryIo } from '../../helpers/memory-io';
import { basePlanInput } from '../../helpers/plans';

/** Anything a terminal would obey or hide rather than show: C0 but tab and line feed, DEL, C1, separators, bidi and invisible characters. */
const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const rightToLeft = '\u202egnp.exe\u2028';
const clearScreen = '\u001b[2J';
const windowTitle = '\u001b]0;pwned\u0007';
const c1Csi = '\u009b31m';

describe('escapeTerminalText', () => {
	test.each([
		[`a${clearScreen}b`, 'a\\x1b[2Jb'],
		[windowTitle, '\\x1b]0;pwned\\x07'],
		[c1Csi, '\\u009b31m'],
		['\u0000\r\u007f\u0085', '\\x00\\x0d\\u007f\\u0085'],
		['line\n\ttabbed', 'line\n\ttabbed'],
		[rightToLeft, '\\u202egnp.exe\\u2028'],
		['a\u200bb\ufeff\u200f\u2066', 'a\\u200bb\\ufeff\\u200f\\u2066'],
		['joiners stay: \u200c\u200d', 'joiners stay: \u200c\u200d'],
		['Ω 🚀 \u00a0é', 'Ω 🚀 \u00a0é'],
	])('%j → %j', (text, shown) => expect(escapeTerminalText(text)).toBe(shown));
});

describe('every line lbplan prints is escaped', () => {
	test('check: names in the findings and the heading', async () => {
		const plan = { ...basePlanInput, name: `Plan${clearScreen}`, servers: basePlanInput.servers.map((s) => ({ ...s, name: `${s.name}${windowTitle}${c1Csi}` })) };
		const io = memoryIo({ 'plan.json': JSON.stringify({ ...plan, loadBalancer: { publicHost: 'www.example.com', stickySessions: 'cookie' } }) });
		await main(['check', 'plan.json'], io);
		expect(io.stdout + io.stderr).not.toMatch(rawControl);
		expect(io.stdout + io.stderr).not.toBe('');
	});

	test('file names in messages, and unknown commands', async () => {
		const io = memoryIo();
		expect(await main(['check', `plan${clearScreen}.json`], io)).toBe(2);
		expect(await main([`x${windowTitle}`], io)).toBe(2);
		expect(io.stderr).toContain('plan\\x1b[2J.json: no such file');
		expect(io.stderr).toContain('unknown command "x\\x1b]0;pwned\\x07"');
		expect(io.stderr).not.toMatch(rawControl);
	});

	test('check: an unknown key and a bad value with text-direction characters are shown escaped', async () => {
		const plan = { ...basePlanInput, [`${rightToLeft}key`]: 1, legacy: { courierTarget: rightToLeft } };
		const io = memoryIo({ 'plan.json': JSON.stringify(plan) });
		expect(await main(['check', 'plan.json'], io)).toBe(2);
		expect(io.stderr).toContain('\\u202egnp.exe\\u2028key');
		expect(io.stdout + io.stderr).not.toMatch(rawControl);
	});

	test('simulate: ids with control characters are refused, and the refusal shows them escaped', async () => {
		const scenario = { umbraco: '13.5.2', servers: [{ id: `A${clearScreen}`, start: 0 }, { id: `B \u007f${c1Csi}`, start: 5 }, { id: 'A\u202eevil', start: 5 }], until: 60 };
		const io = memoryIo({ 's.json': JSON.stringify(scenario) });
		expect(await main(['simulate', 's.json'], io)).toBe(2);
		expect(io.stderr).toContain('servers[0].id');
		expect(io.stderr).toContain('servers[1].id');
		expect(io.stderr).toContain('servers[2].id');
		expect(io.stdout + io.stderr).not.toMatch(rawControl);
	});
});
