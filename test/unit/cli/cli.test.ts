import { describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main';
import { presets } from '../../../src/domain/presets/index';
import { memoryIo } from '../../helpers/memory-io';
import { basePlanInput } from '../../helpers/plans';

const planText = (change: Record<string, unknown> = {}) => JSON.stringify({ ...basePlanInput, ...change });

describe('lbplan', () => {
	test('lists its commands with --help', async () => {
		const io = memoryIo();
		expect(await main(['--help'], io)).toBe(0);
		for (const name of ['check', 'checklist', 'bundle', 'rules', 'presets', 'new']) expect(io.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
	});

	test('exits 2 without a command and on an unknown one', async () => {
		expect(await main([], memoryIo())).toBe(2);
		const io = memoryIo();
		expect(await main(['deploy'], io)).toBe(2);
		expect(io.stderr).toContain('unknown command "deploy"');
	});

	test.each(['check', 'checklist', 'bundle', 'rules', 'presets', 'new'])('%s --help prints usage', async (name) => {
		const io = memoryIo();
		expect(await main([name, '--help'], io)).toBe(0);
		expect(io.stdout).toMatch(new RegExp(`^Usage: lbplan ${name}`));
	});
});

describe('lbplan check', () => {
	test('exits 0 and says so for a clean plan', async () => {
		const io = memoryIo({ 'plan.json': planText() });
		expect(await main(['check', 'plan.json'], io)).toBe(0);
		expect(io.stdout).toContain('Umbraco 13.5.2 (band v10-13), 3 servers');
		expect(io.stdout).toMatch(/0 error\(s\)/);
	});

	test('exits 2 with the file and JSON path for a malformed plan, and writes nothing', async () => {
		const io = memoryIo({ 'plan.json': planText({ hosting: 'moon', servers: [{ ...basePlanInput.servers[0], role: 'boss' }] }) });
		expect(await main(['check', 'plan.json'], io)).toBe(2);
		expect(io.stderr).toContain('plan.json is not a valid plan (2 problems)');
		expect(io.stderr).toContain('hosting: expected one of "iis", "azure-web-apps", "containers"');
		expect(io.stderr).toContain('servers[0].role: expected one of "elected", "publisher", "subscriber", "single"');
		expect(io.stdout).toBe('');
	});

	test('exits 2 for broken JSON with line and column', async () => {
		const io = memoryIo({ 'plan.json': '{\n  "planVersion": 1,\n  "name": "x",,\n}' });
		expect(await main(['check', 'plan.json'], io)).toBe(2);
		expect(io.stderr).toMatch(/not valid JSON at line 3, column \d+/);
	});

	test('exits 2 for a missing file or a bad flag', async () => {
		const io = memoryIo();
		expect(await main(['check', 'nope.json'], io)).toBe(2);
		expect(io.stderr).toContain('nope.json: no such file');
		expect(await main(['check', '--colour', 'x.json'], memoryIo())).toBe(2);
	});

	test('prints JSON with --json', async () => {
		const io = memoryIo({ 'plan.json': planText() });
		await main(['check', 'plan.json', '--json'], io);
		expect(JSON.parse(io.stdout)).toMatchObject({ umbraco: '13.5.2', band: 'v10-13', findings: expect.any(Array) });
	});
});

describe('lbplan checklist', () => {
	test('writes JSON to a file with -o', async () => {
		const io = memoryIo({ 'plan.json': planText() });
		expect(await main(['checklist', 'plan.json', '--format', 'json', '-o', 'out/checklist.json'], io)).toBe(0);
		expect(JSON.parse(io.files.get('out/checklist.json') as string).groups[0].id).toBe('infrastructure');
	});

	test('refuses an unknown format', async () => {
		const io = memoryIo({ 'plan.json': planText() });
		expect(await main(['checklist', 'plan.json', '--format', 'pdf'], io)).toBe(2);
		expect(io.stderr).toContain('--format must be md or json');
	});
});

describe('lbplan new and presets', () => {
	test('lists every preset', async () => {
		const io = memoryIo();
		await main(['presets'], io);
		for (const preset of presets) expect(io.stdout).toContain(preset.id);
	});

	test('--json says which presets are designs to repair', async () => {
		const io = memoryIo();
		expect(await main(['presets', '--json'], io)).toBe(0);
		const listed = JSON.parse(io.stdout) as { id: string; purpose: string }[];
		expect(listed.map((p) => p.id)).toEqual(presets.map((p) => p.id));
		expect(listed.filter((p) => p.purpose === 'repair').map((p) => p.id)).toEqual(presets.filter((p) => p.purpose === 'repair').map((p) => p.id));
		expect(listed.filter((p) => p.purpose === 'repair')).toHaveLength(3);
		expect(listed.filter((p) => p.purpose === 'start').length).toBe(presets.length - 3);
	});

	test('writes a preset that check accepts', async () => {
		const io = memoryIo();
		expect(await main(['new', '--preset', 'v13-azure', '-o', 'plan.json'], io)).toBe(0);
		expect(await main(['check', 'plan.json'], io)).toBeLessThan(2);
	});

	test('names the presets when the id is unknown', async () => {
		const io = memoryIo();
		expect(await main(['new', '--preset', 'v99'], io)).toBe(2);
		expect(io.stderr).toContain('unknown preset "v99"; one of v7-iis-dfs');
	});
});

describe('lbplan bundle', () => {
	test('writes a folder with the bundle files', async () => {
		const io = memoryIo({ 'plan.json': planText() });
		expect(await main(['bundle', 'plan.json', '-o', 'out/'], io)).toBe(0);
		const written = [...io.files.keys()].filter((k) => k.startsWith('out/'));
		expect(written).toEqual(expect.arrayContaining(['out/README.md', 'out/CHECKLIST.md', 'out/plan.json', 'out/diagram.svg']));
		expect(written.some((p) => p.startsWith('out/servers/web-1/'))).toBe(true);
		expect(io.stderr).toMatch(/wrote out\/: \d+ files/);
	});

	test('writes the same zip twice for the same plan', async () => {
		const io = memoryIo({ 'plan.json': planText() });
		await main(['bundle', 'plan.json', '-o', 'a.zip'], io);
		await main(['bundle', 'plan.json', '-o', 'b.zip'], io);
		expect(io.files.get('a.zip')).toBeInstanceOf(Uint8Array);
		expect(io.files.get('a.zip')).toEqual(io.files.get('b.zip'));
	});

	test('writes nothing for a malformed plan and exits 2', async () => {
		const io = memoryIo({ 'plan.json': planText({ servers: [] }) });
		expect(await main(['bundle', 'plan.json', '-o', 'out.zip'], io)).toBe(2);
		expect([...io.files.keys()]).toEqual(['plan.json']);
		expect(io.stderr).toContain('servers: expected at least one server');
		expect(io.stderr).toContain('Nothing was written.');
	});

	test('requires -o', async () => {
		const io = memoryIo({ 'plan.json': planText() });
		expect(await main(['bundle', 'plan.json'], io)).toBe(2);
	});
});

describe('lbplan rules', () => {
	test('check and rules name the whole catalogue in their help', async () => {
		for (const command of ['check', 'rules']) {
			const io = memoryIo();
			expect(await main([command, '--help'], io)).toBe(0);
			expect(io.stdout).toContain('(R01–R86)');
		}
	});

	test('lists all 86 rules as JSON without their code', async () => {
		const io = memoryIo();
		expect(await main(['rules', '--json'], io)).toBe(0);
		const rules = JSON.parse(io.stdout);
		expect(rules).toHaveLength(86);
		expect(rules[0]).toMatchObject({ id: 'R01', severity: 'error', summary: expect.any(String), sources: expect.any(Array) });
		expect(rules[0].check).toBeUndefined();
	});
});
