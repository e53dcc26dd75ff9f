import { describe, expect, test } from 'vitest';
import { simulateCommand } from '../../../src/cli/commands/simulate';
import { memoryIo } from '../../helpers/memory-io';

const minimal = { umbraco: '13.5.2', servers: [{ id: 'A', start: 0 }], until: 60 };

describe('lbplan simulate and the scenario limits', () => {
	test('exits 2 on the issue\'s one-line scenario instead of running out of memory', async () => {
		const io = memoryIo({ 's.json': JSON.stringify({ ...minimal, events: [{ at: 1, server: 'A', do: 'publish', instructions: 9_007_199_254_740_992 }] }) });
		expect(await simulateCommand.run(['s.json'], io)).toBe(2);
		expect(io.stdout).toBe('');
		expect(io.stderr).toBe('s.json is not a valid scenario (1 problem):\n  events[0].instructions: expected a whole number ≤ 1 000 000; got 9007199254740992\n');
	});

	test('exits 2 on a file the reader refused as too large', async () => {
		const io = memoryIo();
		io.readText = async () => {
			throw Object.assign(new Error('too large'), { code: 'EFBIG', size: 5_000_000 });
		};
		expect(await simulateCommand.run(['big.json'], io)).toBe(2);
		expect(io.stderr).toBe('big.json: is 5 MB; files can be at most 1 MB\n');
	});

	test('lists the first 50 problems and counts the rest', async () => {
		const events = Array.from({ length: 120 }, (_, i) => ({ at: i, server: `Z${i}`, do: 'stop' }));
		const io = memoryIo({ 's.json': JSON.stringify({ ...minimal, events }) });
		expect(await simulateCommand.run(['s.json'], io)).toBe(2);
		const lines = io.stderr.trimEnd().split('\n');
		expect(lines[0]).toBe('s.json is not a valid scenario (120 problems):');
		expect(lines).toHaveLength(52);
		expect(lines[50]).toBe('  events[49].server: expected the id of a server in "servers" ("A"); got "Z49"');
		expect(lines[51]).toBe('  … and 70 more');
	});

	test('the help states the limits', () => {
		expect(simulateCommand.help).toContain('200 servers with ids of up to 64 characters; 10 000 events; times up to\n31 536 000 s (a year)');
		expect(simulateCommand.help).toContain('2 000 process starts in all; 500 000 simulation');
	});
});
