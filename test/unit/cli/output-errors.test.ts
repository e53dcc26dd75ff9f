import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { OutputError } from '../../../src/cli/command';
import { nodeIo } from '../../../src/cli/node-io';
import { describeWriteError } from '../../../src/cli/output';

const root = mkdtempSync(join(tmpdir(), 'lbplan-output-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('failed writes', () => {
	test('a folder that fails half way is removed whole, the target never appears', async () => {
		const dir = mkdtempSync(join(root, 'case-'));
		const io = nodeIo(dir);
		const entries = [
			{ path: 'README.md', contents: 'one' },
			{ path: 'servers', contents: 'a file where the next entry needs a folder' },
			{ path: 'servers/web-1/web.config', contents: 'two' },
		];
		await expect(io.writeFolder('out', entries)).rejects.toThrow(new OutputError('cannot write out: a part of its path is a file, not a folder'));
		expect(existsSync(join(dir, 'out'))).toBe(false);
		expect(readdirSync(dir)).toEqual([]);
	});

	test('folders made for a failed write are removed again', async () => {
		const dir = mkdtempSync(join(root, 'case-'));
		const io = nodeIo(dir);
		await expect(io.writeFolder('new/parents/out', [{ path: 'a', contents: '' }, { path: 'a/b', contents: '' }])).rejects.toThrow(OutputError);
		await expect(io.writeFile(`new/parents/${'n'.repeat(300)}`, 'x')).rejects.toThrow('the name is too long');
		expect(readdirSync(dir)).toEqual([]);
	});

	test.each([['../evil.txt'], ['a/../../evil.txt'], ['.']])('an entry "%s" that leaves the folder is refused, and nothing is written', async (path) => {
		const dir = mkdtempSync(join(root, 'case-'));
		const io = nodeIo(join(dir, 'work'));
		await expect(io.writeFolder('out', [{ path: 'ok.txt', contents: '' }, { path, contents: 'x' }])).rejects.toThrow(`the entry "${path}" would land outside the folder`);
		expect(readdirSync(dir)).toEqual([]);
	});

	test('a folder holding the input under a name starting with ".." is still refused', async () => {
		const dir = mkdtempSync(join(root, 'case-'));
		mkdirSync(join(dir, 'out', '..plans'), { recursive: true });
		writeFileSync(join(dir, 'out', '..plans', 'plan.json'), '{}');
		const io = nodeIo(dir);
		await expect(io.writeFolder('out', [], { force: true, protect: ['out/..plans/plan.json'] })).rejects.toThrow('out holds the input out/..plans/plan.json');
		expect(readdirSync(join(dir, 'out', '..plans'))).toEqual(['plan.json']);
	});

	test.each([
		['ENOSPC', 'cannot write out.zip: the disk is full'],
		['EACCES', 'cannot write out.zip: permission denied'],
		['EROFS', 'cannot write out.zip: the file system is read-only'],
	])('%s reads as a sentence', (code, sentence) => {
		expect(describeWriteError('out.zip', Object.assign(new Error(`${code}: stack-like detail`), { code }))).toBe(sentence);
	});
});
