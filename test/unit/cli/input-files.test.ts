import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { main } from '../../../src/cli/main';
import { nodeIo } from '../../../src/cli/node-io';
import { memoryIo } from '../../helpers/memory-io';
import { basePlanInput } from '../../helpers/plans';

const planText = JSON.stringify(basePlanInput, null, 2);
const root = mkdtempSync(join(tmpdir(), 'lbplan-input-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `nodeIo` on a fresh folder under the test's temp root, with the output captured. */
function diskIo(files: Record<string, string | Uint8Array> = {}): CliIo & { dir: string; stdout: string; stderr: string } {
	const dir = mkdtempSync(join(root, 'case-'));
	for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
	const io = { ...nodeIo(dir), dir, stdout: '', stderr: '' };
	return Object.assign(io, { out: (text: string) => void (io.stdout += text), err: (text: string) => void (io.stderr += text) });
}

describe('plan files that are not plain UTF-8 JSON files', () => {
	test('a FIFO is refused at once instead of hanging', async () => {
		const io = diskIo();
		execFileSync('mkfifo', [join(io.dir, 'plan.json')]);
		expect(await main(['check', 'plan.json'], io)).toBe(2);
		expect(io.stderr).toBe('plan.json: is not a regular file (a pipe, socket or device); give the path of a file\n');
	}, 5_000);

	test('a UTF-8 byte order mark is accepted, on disk and in memory', async () => {
		const disk = diskIo({ 'plan.json': `\uFEFF${planText}` });
		expect(await main(['check', 'plan.json'], disk)).toBe(0);
		const memory = memoryIo({ 'plan.json': `\uFEFF${planText}` });
		expect(await main(['checklist', 'plan.json'], memory)).toBe(0);
	});

	test.each([
		['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(planText, 'utf16le')])],
		['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(planText, 'utf16le').swap16()])],
		['UTF-16 LE without a BOM', Buffer.from(planText, 'utf16le')],
	])('%s is one sentence, not hundreds of problems', async (_, bytes) => {
		const io = diskIo({ 'plan.json': bytes });
		expect(await main(['check', 'plan.json'], io)).toBe(2);
		expect(io.stderr).toBe('plan.json is saved as UTF-16 (or is not text); save it as UTF-8 and try again\n');
	});

	test('a file over 1 MB is refused before it is read', async () => {
		const io = diskIo({ 'plan.json': planText.replace('{', `{${' '.repeat(1_500_000)}`) });
		expect(await main(['bundle', 'plan.json', '-o', 'out.zip'], io)).toBe(2);
		expect(io.stderr).toBe('plan.json: is 1.5 MB; files can be at most 1 MB\nNothing was written.\n');
	});

	test('a plan nested 5 100 deep is one problem and exit 2, not a stack trace and exit 1', async () => {
		const io = memoryIo({ 'plan.json': `${'['.repeat(5_100)}${']'.repeat(5_100)}` });
		expect(await main(['check', 'plan.json'], io)).toBe(2);
		expect(io.stderr).toBe('plan.json is not a valid plan (1 problem):\n  (document): nested deeper than 64 levels at line 1, column 65; the limit is 64 levels\n');
	});

	test('a duplicate key and a "__proto__" key are problems with their paths', async () => {
		const text = JSON.stringify(basePlanInput).replace('"name":"Test plan"', '"name":"Test plan","name":"Other","__proto__":{"x":1}');
		const io = memoryIo({ 'plan.json': text });
		expect(await main(['bundle', 'plan.json', '-o', 'b.zip'], io)).toBe(2);
		expect(io.stderr).toContain('  name: duplicate key "name"; each key may appear once in an object\n  __proto__: the key "__proto__" is not allowed in a plan\n');
		expect([...io.files.keys()]).toEqual(['plan.json']);
	});
});

describe('arguments', () => {
	test.each([
		[['check', 'plan.json', 'other.json']],
		[['checklist', 'plan.json', 'other.json']],
		[['bundle', 'plan.json', 'other.json', '-o', 'out.zip']],
	])('%j: an extra plan file is a usage error, and nothing is written', async (args) => {
		const io = memoryIo({ 'plan.json': planText, 'other.json': planText });
		expect(await main(args, io)).toBe(2);
		expect(io.stderr).toContain('expected one plan file, got 2: plan.json other.json');
		expect(io.stdout).toBe('');
		expect([...io.files.keys()]).toEqual(['plan.json', 'other.json']);
	});

	test.each([
		[['new', '--preset', 'v13-azure', 'plan.json'], 'takes no arguments; write the file with -o plan.json'],
		[['presets', 'extra'], 'takes no arguments'],
		[['bundle', '-o', 'out.zip'], 'missing the plan file argument'],
	])('%j is a usage error', async (args, message) => {
		const io = memoryIo();
		expect(await main(args, io)).toBe(2);
		expect(io.stderr).toContain(message);
		expect(io.files.size).toBe(0);
	});
});

describe('faults', () => {
	test('an unexpected error is one line and exit 3, not a stack trace and exit 1', async () => {
		const io = memoryIo();
		io.readText = async () => undefined as unknown as string;
		expect(await main(['check', 'plan.json'], io)).toBe(3);
		expect(io.stderr).toMatch(/^lbplan check: unexpected error: .+; please report it\n$/);
	});
});
