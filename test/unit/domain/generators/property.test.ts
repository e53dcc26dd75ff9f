import { describe, expect, test } from 'vitest';
import { generateFiles } from '../../../../src/domain/generators/generate';
import type { GeneratedFile } from '../../../../src/domain/generators/types';
import { arbitraryPlan } from './arbitrary-plan';
import { readDotenv, readYaml } from './native-readers';
import { csharpScan, nginxProblems, xmlProblems } from './well-formed';

const seeds = Array.from({ length: 400 }, (_, i) => i + 1);

/** Everything wrong with one generated file's format. */
function formatProblems(file: GeneratedFile): string[] {
	switch (file.language) {
		case 'json':
			try {
				JSON.parse(file.contents);
				return [];
			} catch (error) {
				return [String(error)];
			}
		case 'xml':
			return xmlProblems(file.contents);
		case 'csharp': {
			const { problems, bare } = csharpScan(file.contents);
			// Outside literals and comments, code is plain ASCII: no user text leaked into it.
			return /^[\x20-\x7E\n]*$/.test(bare) ? problems : [...problems, 'non-ASCII or control character outside literals and comments'];
		}
		case 'nginx':
			return nginxProblems(file.contents);
		case 'yaml':
		case 'dotenv':
			try {
				if (file.language === 'yaml') readYaml(file.contents);
				else readDotenv(file.contents);
				return [];
			} catch (error) {
				return [String(error)];
			}
		default:
			return [];
	}
}

describe('generateFiles on arbitrary schema-valid plans', () => {
	test.each(seeds)('seed %i: total, deterministic, sorted, well-formed', (seed) => {
		const plan = arbitraryPlan(seed);
		const files = generateFiles(plan);
		expect(generateFiles(arbitraryPlan(seed))).toEqual(files);
		const paths = files.map((f) => f.path);
		expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		expect(new Set(paths).size).toBe(paths.length);
		const ids = new Set(plan.servers.map((s) => s.id));
		for (const file of files) {
			expect(file.path).toMatch(/^(servers\/[a-z0-9-]+|shared)\/[A-Za-z0-9._/-]+$/);
			expect(file.serverIds.every((id) => ids.has(id))).toBe(true);
			expect(file.contents.endsWith('\n')).toBe(true);
			expect(`${file.title}${file.apply}`).not.toMatch(/[\r\n\u2028\u2029]/);
			// No timestamps or provenance: the bundle adds those.
			expect(file.contents).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:|generated (at|on|by)/i);
			expect({ path: file.path, problems: formatProblems(file) }).toEqual({ path: file.path, problems: [] });
		}
	});
});
