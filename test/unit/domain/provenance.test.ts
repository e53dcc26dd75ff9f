/**
 * Provenance comments: well-formed in every format whatever the version and permalink hold,
 * and the "Plan:" link in each one reopens exactly the plan it was made from.
 */
import { describe, expect, test } from 'vitest';
import { bundleEntries } from '../../../src/domain/bundle/build-bundle';
import { makeProvenance, withProvenance } from '../../../src/domain/bundle/provenance';
import { validatePlan } from '../../../src/domain/plan/parse';
import type { PlanInput } from '../../../src/domain/plan/schema';
import { decodePlanFragment, encodePlanFragment, planShareLink } from '../../../src/domain/plan/share-link';
import { basePlanInput } from '../../helpers/plans';
import { readDotenv, readYaml } from './generators/native-readers';
import { csharpScan, nginxProblems, xmlProblems } from './generators/well-formed';

const site = 'https://lb--academy.example/plan----ner/';

/** The first base plan variant whose share link holds `run` (base64url uses `-`). */
function planWithRun(run: string, extra: Partial<PlanInput> = {}): PlanInput {
	for (let i = 0; i < 10_000; i++) {
		const name = `Plan ${Math.imul(i + 1, 2654435761) >>> 0}`.repeat(1 + (i % 3));
		const input = { ...basePlanInput, ...extra, name } as PlanInput;
		if (encodePlanFragment(input).includes(run)) return input;
	}
	throw new Error(`no plan with ${run} in its link`);
}

/** Every "Plan:" link in a file. */
const linksIn = (contents: string): string[] => [...contents.matchAll(/Plan: (\S+)/g)].map((m) => m[1]!);

/** The plan a link opens in the planner: the fragment as the browser keeps it, decoded. */
function reopen(link: string): unknown {
	const result = decodePlanFragment(new URL(link).hash);
	return result.ok ? result.input : result.issues;
}

const languages = ['csharp', 'nginx', 'text', 'yaml', 'dotenv', 'xml', 'markdown', 'svg'] as const;
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>t</title></svg>';
const sample: Record<(typeof languages)[number], string> = {
	csharp: 'namespace X;\n',
	nginx: 'upstream farm {\n    server a:80;\n}\n',
	text: 'x\n',
	yaml: 'services:\n  web: {}\n',
	dotenv: 'A=b\n',
	xml: '<configuration />\n',
	markdown: '# x\n',
	svg,
};

describe.each(['--', '---'])('a permalink with %s in its fragment (and -- and ---- in its host and path)', (run) => {
	const input = planWithRun(run, { umbraco: '8.18.8---x' });
	const permalink = planShareLink(site, input);
	const provenance = makeProvenance('8.18.8---x', permalink);

	test.each(languages)('%s: the comment is well-formed and its link reopens the plan', (language) => {
		const out = withProvenance(sample[language], language, provenance);
		if (language === 'xml' || language === 'svg') expect(xmlProblems(out)).toEqual([]);
		if (language === 'markdown') expect(out.split('-->')[0]!.slice(4)).not.toContain('--');
		if (language === 'csharp') expect(csharpScan(out).problems).toEqual([]);
		if (language === 'nginx') expect(nginxProblems(out)).toEqual([]);
		if (language === 'yaml') expect(readYaml(out)).toEqual({ services: { web: {} } });
		if (language === 'dotenv') expect([...readDotenv(out)]).toEqual([['A', 'b']]);
		const links = linksIn(out);
		expect(links).toHaveLength(1);
		expect(links[0]).not.toContain('--');
		expect(reopen(links[0]!)).toEqual(input);
	});
});

test('every file of a bundle whose link holds "--" points back at the plan', () => {
	const input = planWithRun('--', { loadBalancer: { publicHost: 'www.example.com', stickySessions: 'cookie' }, umbraco: '8.18.8' });
	const result = validatePlan(input);
	if (!result.ok) throw new Error('invalid');
	const entries = bundleEntries({ plan: result.plan, planInput: input, diagramSvg: svg, permalink: planShareLink(site, input) });
	const commented = entries.filter((e) => !e.path.endsWith('.json'));
	expect(commented.map((e) => e.path)).toEqual(expect.arrayContaining(['README.md', 'CHECKLIST.md', 'diagram.svg', 'shared/load-balancer/nginx.conf']));
	for (const entry of commented) {
		const links = linksIn(entry.contents);
		expect(links.length, entry.path).toBeGreaterThan(0);
		for (const link of links) expect(reopen(link), entry.path).toEqual(input);
	}
	const provenance = JSON.parse(entries.find((e) => e.path === 'provenance.json')!.contents);
	expect(reopen(provenance.permalink)).toEqual(input);
});

describe('text that tries to leave the comment', () => {
	const hostile = makeProvenance('13.5.2', "https://x.example/$'$&$1/\nclass Evil {} /* --> <x/> \r\u2028#");

	test.each(['csharp', 'nginx', 'text', 'yaml', 'dotenv'] as const)('%s: every provenance line is still a comment', (language) => {
		const out = withProvenance('', language, hostile);
		const marker = language === 'csharp' ? '//' : '#';
		for (const line of out.trimEnd().split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)) expect(line, JSON.stringify(out)).toMatch(new RegExp(`^(${marker}|$)`));
	});

	test.each(['xml', 'svg', 'markdown'] as const)('%s: one comment, well-formed', (language) => {
		const out = withProvenance(sample[language], language, hostile);
		expect(out.match(/<!--/g)).toHaveLength(1);
		expect(out.match(/-->/g)).toHaveLength(1);
		if (language !== 'markdown') expect(xmlProblems(out)).toEqual([]);
	});

	test('the SVG keeps its root and the link keeps its dollar signs', () => {
		const out = withProvenance(svg, 'svg', hostile);
		expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">\n<!-- ')).toBe(true);
		expect(out).toContain("x.example/$'$&$1/");
		expect(out.endsWith('<title>t</title></svg>')).toBe(true);
	});
});
