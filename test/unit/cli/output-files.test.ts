import { linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { main } from '../../../src/cli/main';
import { nodeIo } from '../../../src/cli/node-io';
import { basePlanInput } from '../../helpers/plans';

const planText = `${JSON.stringify(basePlanInput, null, 2)}\n`;
const root = mkdtempSync(join(tmpdir(), 'lbplan-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type DiskIo = CliIo & { dir: string; stdout: string; stderr: string };

/** `nodeIo` on a fresh folder holding plan.json, with the output captured. */
function diskIo(): DiskIo {
	const dir = mkdtempSync(join(root, 'case-'));
	writeFileSync(join(dir, 'plan.json'), planText);
	const io = { ...nodeIo(dir), dir, stdout: '', stderr: '' };
	return Object.assign(io, { out: (text: string) => void (io.stdout += text), err: (text: string) => void (io.stderr += text) });
}

/** Every path under `dir`, relative, sorted; links are listed, not followed. */
function tree(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

const read = (io: DiskIo, path: string) => readFileSync(join(io.dir, path), 'utf8');

describe('never over an existing file without --force', () => {
	test('new -o keeps an existing file, and replaces it with --force', async () => {
		const io = diskIo();
		expect(await main(['new', '--preset', 'v13-azure', '-o', 'plan.json'], io)).toBe(2);
		expect(io.stderr).toBe('lbplan new: plan.json already exists; use --force to replace it\n');
		expect(read(io, 'plan.json')).toBe(planText);
		expect(await main(['new', '--preset', 'v13-azure', '-o', 'plan.json', '--force'], io)).toBe(0);
		expect(JSON.parse(read(io, 'plan.json')).name).not.toBe(basePlanInput.name);
		expect(tree(io.dir)).toEqual(['plan.json']);
	});

	test('checklist -o a new file writes it, and refuses it the second time', async () => {
		const io = diskIo();
		expect(await main(['checklist', 'plan.json', '-o', 'CHECKLIST.md'], io)).toBe(0);
		expect(await main(['checklist', 'plan.json', '-o', 'CHECKLIST.md', '--format', 'json'], io)).toBe(2);
		expect(read(io, 'CHECKLIST.md')).toMatch(/^(<!--[^\n]*-->\n)?# Checklist/);
	});
});

describe('never over the input', () => {
	test.each([['plan.json'], ['./plan.json'], ['sub/../plan.json'], ['hard.json']])('checklist plan.json -o %s --force keeps the plan', async (output) => {
		const io = diskIo();
		mkdirSync(join(io.dir, 'sub'));
		linkSync(join(io.dir, 'plan.json'), join(io.dir, 'hard.json'));
		expect(await main(['checklist', 'plan.json', '-o', output, '--force'], io)).toBe(2);
		expect(io.stderr).toMatch(new RegExp(`^lbplan checklist: ${output.replace(/\./g, '\\.')} is the input plan\\.json; choose another output\\n$`));
		expect(read(io, 'plan.json')).toBe(planText);
	});

	test('checklist -o a symbolic link to the plan --force replaces the link, not the plan', async () => {
		const io = diskIo();
		symlinkSync('plan.json', join(io.dir, 'link.json'));
		expect(await main(['checklist', 'plan.json', '-o', 'link.json', '--force'], io)).toBe(0);
		expect(read(io, 'plan.json')).toBe(planText);
		expect(lstatSync(join(io.dir, 'link.json')).isFile()).toBe(true);
	});

	test.each([['.'], ['./'], ['..']])('bundle -o %s (a folder holding the plan) writes nothing, even with --force', async (output) => {
		const io = diskIo();
		const before = tree(join(io.dir, '..'));
		expect(await main(['bundle', 'plan.json', '-o', output, '--force'], io)).toBe(2);
		expect(io.stderr).toMatch(/^lbplan bundle: \.{1,2}\/? (holds the input plan\.json|is the working folder or holds it); choose another output( folder)?\n$/);
		expect(tree(join(io.dir, '..'))).toEqual(before);
		expect(read(io, 'plan.json')).toBe(planText);
	});

	test('bundle -o a folder holding the plan --force keeps the folder and the plan', async () => {
		const io = diskIo();
		mkdirSync(join(io.dir, 'sub'));
		writeFileSync(join(io.dir, 'sub', 'plan.json'), planText);
		expect(await main(['bundle', 'sub/plan.json', '-o', 'sub', '--force'], io)).toBe(2);
		expect(io.stderr).toBe('lbplan bundle: sub holds the input sub/plan.json; choose another output\n');
		expect(tree(join(io.dir, 'sub'))).toEqual(['plan.json']);
	});
});

describe('a bundle folder is written whole', () => {
	test('into a new folder, or an empty one', async () => {
		const io = diskIo();
		expect(await main(['bundle', 'plan.json', '-o', 'out/'], io)).toBe(0);
		mkdirSync(join(io.dir, 'empty'));
		expect(await main(['bundle', 'plan.json', '-o', 'empty'], io)).toBe(0);
		expect(tree(join(io.dir, 'empty'))).toEqual(tree(join(io.dir, 'out')));
		expect(tree(join(io.dir, 'out'))).toContain('CHECKLIST.md');
		expect(readdirSync(io.dir).sort()).toEqual(['empty', 'out', 'plan.json']);
	});

	test('never mixed with an older bundle: refused, or replaced whole with --force', async () => {
		const io = diskIo();
		mkdirSync(join(io.dir, 'out/servers/old-server'), { recursive: true });
		writeFileSync(join(io.dir, 'out/servers/old-server/web.config'), 'old');
		expect(await main(['bundle', 'plan.json', '-o', 'out'], io)).toBe(2);
		expect(io.stderr).toBe('lbplan bundle: out is not empty; use --force to replace it whole, or choose an empty folder\n');
		expect(tree(join(io.dir, 'out'))).toEqual(['servers', 'servers/old-server', 'servers/old-server/web.config']);
		expect(await main(['bundle', 'plan.json', '-o', 'out', '--force'], io)).toBe(0);
		expect(tree(join(io.dir, 'out'))).not.toContain('servers/old-server');
		expect(tree(join(io.dir, 'out'))).toContain('servers/web-1');
		expect(readdirSync(io.dir).sort()).toEqual(['out', 'plan.json']);
	});

	test('never through a symbolic link inside the folder', async () => {
		const io = diskIo();
		const outside = mkdtempSync(join(root, 'outside-'));
		mkdirSync(join(io.dir, 'out'));
		symlinkSync(outside, join(io.dir, 'out', 'servers'));
		symlinkSync(join(outside, 'README.md'), join(io.dir, 'out', 'README.md'));
		expect(await main(['bundle', 'plan.json', '-o', 'out/'], io)).toBe(2);
		expect(await main(['bundle', 'plan.json', '-o', 'out/', '--force'], io)).toBe(0);
		expect(readdirSync(outside)).toEqual([]);
		expect(tree(join(io.dir, 'out'))).toContain('servers/web-1');
		expect(lstatSync(join(io.dir, 'out', 'README.md')).isFile()).toBe(true);
	});

	test('a folder that is a symbolic link is replaced as a link, not followed', async () => {
		const io = diskIo();
		const outside = mkdtempSync(join(root, 'outside-'));
		symlinkSync(outside, join(io.dir, 'out'));
		expect(await main(['bundle', 'plan.json', '-o', 'out'], io)).toBe(2);
		expect(io.stderr).toBe('lbplan bundle: out already exists and is not a folder; use --force to replace it\n');
		expect(await main(['bundle', 'plan.json', '-o', 'out', '--force'], io)).toBe(0);
		expect(readdirSync(outside)).toEqual([]);
	});
});

describe('a failed write is one sentence, exit 2, and leaves nothing behind', () => {
	test.each([
		['a path under a file', ['bundle', 'plan.json', '-o', 'plan.json/out'], 'lbplan bundle: cannot write plan.json/out: a part of its path is a file, not a folder\n'],
		['a zip path under a file', ['bundle', 'plan.json', '-o', 'plan.json/b.zip'], 'lbplan bundle: cannot write plan.json/b.zip: a part of its path is a file, not a folder\n'],
		['a folder where a file is wanted', ['checklist', 'plan.json', '-o', 'dir'], 'lbplan checklist: dir is a folder; give a file name\n'],
		['a folder named like a zip', ['bundle', 'plan.json', '-o', 'dir.zip', '--force'], 'lbplan bundle: dir.zip is a folder; give a file name\n'],
		['a file where a folder is wanted', ['bundle', 'plan.json', '-o', 'file'], 'lbplan bundle: file already exists and is not a folder; use --force to replace it\n'],
	])('%s', async (_, args, message) => {
		const io = diskIo();
		mkdirSync(join(io.dir, 'dir'));
		mkdirSync(join(io.dir, 'dir.zip'));
		writeFileSync(join(io.dir, 'file'), 'keep');
		const before = tree(io.dir);
		expect(await main(args, io)).toBe(2);
		expect(io.stderr).toBe(message);
		expect(tree(io.dir)).toEqual(before);
		expect(read(io, 'file')).toBe('keep');
	});

	test('a file that cannot be renamed into place leaves no temporary file', async () => {
		const io = diskIo();
		const name = `${'n'.repeat(300)}.md`;
		expect(await main(['checklist', 'plan.json', '-o', name], io)).toBe(2);
		expect(io.stderr).toBe(`lbplan checklist: cannot write ${name}: the name is too long\n`);
		expect(tree(io.dir)).toEqual(['plan.json']);
	});
});
