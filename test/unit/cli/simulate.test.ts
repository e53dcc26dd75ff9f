import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simulateCommand } from '../../../src/cli/commands/simulate';
import { main } from '../../../src/cli/main';
import { simulate } from '../../../src/machines/simulate';
import { memoryIo } from '../../helpers/memory-io';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/scenarios', name), 'utf8');

describe('lbplan simulate', () => {
	test('is listed by lbplan --help and explains itself with an example', async () => {
		const io = memoryIo();
		expect(await main(['--help'], io)).toBe(0);
		expect(io.stdout).toMatch(/^ {2}simulate\b/m);
		const help = memoryIo();
		expect(await main(['simulate', '--help'], help)).toBe(0);
		expect(help.stdout).toMatch(/^Usage: lbplan simulate <scenario.json> \[--json\]/);
		expect(help.stdout).toContain('Examples:');
	});

	test('prints a timeline, one line per entry, then the final state', async () => {
		const io = memoryIo({ 'failover.json': fixture('publisher-failover.json') });
		expect(await simulateCommand.run(['failover.json'], io)).toBe(0);
		const lines = io.stdout.split('\n');
		expect(lines[0]).toBe('Umbraco 13.5.2 (simulated with the v13 code), 3 servers, 0–480 s');
		expect(lines).toContain('   75 s  admin   role        SchedulingPublisher');
		expect(lines).toContain('  120 s  admin   write       row 1 (2 instructions)');
		expect(lines).toContain('  320 s  web1    deactivate  row of admin');
		expect(lines).toContain('  web2   running  SchedulingPublisher  last synced 2');
		const entryLines = lines.filter((line) => / s {2}\S/.test(line));
		expect(entryLines).toHaveLength(simulate(JSON.parse(fixture('publisher-failover.json'))).log.length);
		expect(io.stderr).toBe('');
	});

	test('prints exactly { log, final } with --json', async () => {
		const io = memoryIo({ 's.json': fixture('subscriber-cold-boot.json') });
		expect(await simulateCommand.run(['s.json', '--json'], io)).toBe(0);
		expect(JSON.parse(io.stdout)).toEqual(JSON.parse(JSON.stringify(simulate(JSON.parse(fixture('subscriber-cold-boot.json'))))));
	});

	test('filters entries by type and server', async () => {
		const io = memoryIo({ 's.json': fixture('publisher-failover.json') });
		expect(await simulateCommand.run(['s.json', '--json', '--only', 'role,deactivate', '--server', 'web2,web1'], io)).toBe(0);
		const { log } = JSON.parse(io.stdout) as { log: { server: string; type: string }[] };
		expect(new Set(log.map((e) => e.type))).toEqual(new Set(['role', 'deactivate']));
		expect(new Set(log.map((e) => e.server))).toEqual(new Set(['web1', 'web2']));
	});

	test('--server takes an id that holds a comma as one id', async () => {
		const scenario = { umbraco: '13.5.2', servers: [{ id: 'a,b', start: 0 }, { id: 'a', start: 0 }, { id: 'b', start: 0 }], until: 30 };
		const io = memoryIo({ 's.json': JSON.stringify(scenario) });
		expect(await simulateCommand.run(['s.json', '--json', '--server', 'a,b'], io)).toBe(0);
		const { log } = JSON.parse(io.stdout) as { log: { server: string }[] };
		expect(log.length).toBeGreaterThan(0);
		expect(new Set(log.map((e) => e.server))).toEqual(new Set(['a,b']));
	});

	test('exits 2 naming every problem with its JSON path, without running anything', async () => {
		const bad = { umbraco: '7.15.0', servers: [{ id: 'A', start: 0, role: 'boss' }], events: [{ at: 5, server: 'B', do: 'reboot' }], until: 10 };
		const io = memoryIo({ 'bad.json': JSON.stringify(bad) });
		expect(await simulateCommand.run(['bad.json'], io)).toBe(2);
		expect(io.stdout).toBe('');
		expect(io.stderr).toBe(
			[
				'bad.json is not a valid scenario (4 problems):',
				'  umbraco: expected Umbraco 8 or newer (the simulation follows the v8, v13 and v17 code); got "7.15.0"',
				'  servers[0].role: expected one of "elected", "publisher", "subscriber", "single"; got "boss"',
				'  events[0].server: expected the id of a server in "servers" ("A"); got "B"',
				'  events[0].do: expected one of "start", "recycle", "dbFailure", "dbHang", "request", "publish", "edit", "stop", "crash"; got "reboot"',
				'',
			].join('\n')
		);
	});

	test('exits 2 for text that is not JSON, with the line and column', async () => {
		const io = memoryIo({ 'broken.json': '{\n  "umbraco": "13.5.2",\n  "until": ,\n}' });
		expect(await simulateCommand.run(['broken.json'], io)).toBe(2);
		expect(io.stderr).toBe('broken.json: not valid JSON at line 3, column 12: unexpected ","\n');
	});

	test.each([
		[[], 'expected one scenario file'],
		[['a.json', 'b.json'], 'expected one scenario file'],
		[['a.json', '--colour'], "Unknown option '--colour'"],
		[['s.json', '--only', 'touch,jump'], '--only: unknown entry type "jump"'],
		[['s.json', '--server', 'Z'], '--server: no server "Z" in the scenario'],
	])('exits 2 on bad arguments %j', async (args, message) => {
		const io = memoryIo({ 's.json': fixture('issue-example.json') });
		expect(await simulateCommand.run(args, io)).toBe(2);
		expect(io.stderr).toContain(message);
	});

	test('exits 2 for a missing file', async () => {
		const io = memoryIo();
		expect(await simulateCommand.run(['nope.json'], io)).toBe(2);
		expect(io.stderr).toBe('nope.json: no such file\n');
	});

	test('warns on stderr about unknown properties and still runs', async () => {
		const io = memoryIo({ 's.json': JSON.stringify({ umbraco: '13.5.2', servers: [{ id: 'A', start: 0, colour: 'red' }], until: 20 }) });
		expect(await simulateCommand.run(['s.json'], io)).toBe(0);
		expect(io.stderr).toBe('s.json: warning: servers[0].colour: unknown property, ignored\n');
		expect(io.stdout).toContain('\n  15 s  A       touch\n');
	});
});
