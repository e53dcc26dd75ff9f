import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
	let found: string[] = [];
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return found;
	}
	for (const name of names) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) found = found.concat(sourceFiles(path));
		else if (/\.(ts|js|mjs|svelte|astro)$/.test(name)) found.push(path);
	}
	return found;
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function importSpecifiers(code: string): string[] {
	const patterns = [
		/\bimport\s[^'"]*?from\s*['"]([^'"]+)['"]/g,
		/\bexport\s[^'"]*?from\s*['"]([^'"]+)['"]/g,
		/\bimport\s*['"]([^'"]+)['"]/g,
		/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
		/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
	];
	return patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[1]!));
}

const nodeBuiltins = /^(node:|(fs|path|os|child_process|http|https|net|crypto|url|util|stream|worker_threads|process)(\/|$))/;
const frameworks = /^(svelte|astro|astro:|@astrojs\/|xstate|elkjs)(\/|$)|^astro:/;

interface Boundary {
	folder: string;
	why: string;
	isForbidden(specifier: string): boolean;
}

const boundaries: Boundary[] = [
	{
		folder: 'src/domain',
		why: 'the domain is pure TypeScript: no framework, no Node built-ins',
		isForbidden: (s) => frameworks.test(s) || nodeBuiltins.test(s) || /(^|\/)(components|pages|layouts|machines|layout|lib)\//.test(s),
	},
	{
		folder: 'src/machines',
		why: 'machines use xstate and the domain only',
		isForbidden: (s) => /(^|\/)(components|pages|layouts)\//.test(s) || /^(svelte|astro|elkjs)/.test(s),
	},
	{
		folder: 'src/layout',
		why: 'layout uses elkjs and the domain only',
		isForbidden: (s) => /(^|\/)(components|pages|layouts|machines)\//.test(s) || /^(svelte|astro|xstate)/.test(s),
	},
];

describe('importSpecifiers', () => {
	test('finds static, side-effect, re-export and dynamic imports', () => {
		const code = `import a from 'svelte';\nimport { b } from "../components/x";\nimport 'node:fs';\nexport * from 'xstate';\nconst m = await import('elkjs');`;
		expect(importSpecifiers(code)).toEqual(['svelte', '../components/x', 'xstate', 'node:fs', 'elkjs']);
	});
});

describe.each(boundaries)('$folder', ({ folder, why, isForbidden }) => {
	test(`imports nothing across its boundary (${why})`, () => {
		const offences = sourceFiles(join(root, folder)).flatMap((file) =>
			importSpecifiers(readFileSync(file, 'utf8'))
				.filter(isForbidden)
				.map((spec) => `${relative(root, file)} imports "${spec}"`)
		);
		expect(offences).toEqual([]);
	});
});

describe('boundary rules', () => {
	const [domain, machines, layout] = boundaries;
	test.each([
		['svelte', domain],
		['astro:content', domain],
		['xstate', domain],
		['elkjs/lib/elk.bundled.js', domain],
		['node:fs', domain],
		['fs', domain],
		['../../components/planner/Planner.svelte', machines],
		['../pages/index.astro', layout],
	])('forbids "%s"', (specifier, boundary) => {
		expect(boundary!.isForbidden(specifier)).toBe(true);
	});

	test.each([
		['./families', domain],
		['../versions/families', domain],
		['xstate', machines],
		['../domain/versions/families', machines],
		['elkjs/lib/elk-api.js', layout],
	])('allows "%s"', (specifier, boundary) => {
		expect(boundary!.isForbidden(specifier)).toBe(false);
	});
});
