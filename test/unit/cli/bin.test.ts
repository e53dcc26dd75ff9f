import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const bin = join(import.meta.dirname, '../../../src/cli/bin.mjs');
const run = (args: string[], cwd: string) =>
	promisify(execFile)(process.execPath, [bin, ...args], { cwd }).then(
		(r) => ({ code: 0, ...r }),
		(e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr })
	);

// The real entry point as `npx lbplan` runs it: a separate Node process, files on disk.
describe('src/cli/bin.mjs', () => {
	test('writes a preset, checks it and bundles it from another working directory', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lbplan-'));
		expect((await run(['new', '--preset', 'v13-central-share', '-o', 'plan.json'], dir)).code).toBe(0);
		const check = await run(['check', 'plan.json'], dir);
		expect(check.code).toBe(0);
		expect(check.stdout).toContain('Umbraco 13.5.2 (band v10-13), 4 servers');
		expect((await run(['bundle', 'plan.json', '-o', 'out'], dir)).code).toBe(0);
		expect(readFileSync(join(dir, 'out', 'CHECKLIST.md'), 'utf8')).toMatch(/^# Checklist: `?Umbraco 13 central share/m);
	}, 30_000);

	test('exits 2 with a message for a broken file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lbplan-'));
		writeFileSync(join(dir, 'plan.json'), '{ "planVersion": 1, ');
		const result = await run(['check', 'plan.json'], dir);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/plan\.json is not a valid plan.*\n.*not valid JSON at line 1/);
	}, 30_000);
});
