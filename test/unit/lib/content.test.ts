/**
 * Every lesson as an author leaves it, checked without building the site: the MDX compiles,
 * the frontmatter fits the schema's rules, and every id a component names exists (sources,
 * glossary terms, guided scenarios, presets, exercises). Each lesson teaches by doing and
 * checks understanding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { glossaryIds, lessonFiles, withoutCode } from '../../helpers/lesson-files';
import { findPreset } from '../../../src/domain/presets/index';
import { isRuleId } from '../../../src/domain/rules/rule-ids';
import { lessonSlugs } from '../../../src/domain/rules/lessons';
import { findSource } from '../../../src/domain/sources/source-catalogue';
import { versionFamilyIds } from '../../../src/domain/versions/families';
import { findExercise } from '../../../src/lib/exercises';
import { unitIds } from '../../../src/lib/curriculum';
import { findGuidedScenario } from '../../../src/machines/guided/index';

const files = [...lessonFiles().values()];
const terms = new Set(glossaryIds());

/** Values of one attribute of one component, in order. */
function attributes(body: string, component: string, attribute: string): string[] {
	return [...withoutCode(body).matchAll(new RegExp(`<${component}\\b[^>]*?\\b${attribute}="([^"]+)"`, 'g'))].map((m) => m[1]!);
}

function split(text: string): { data: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error('no frontmatter');
	return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

describe.each(files.map((file) => [file.slug, file] as const))('lesson %s', (slug, file) => {
	const { data, body } = split(file.text);

	test('compiles as MDX', async () => {
		await expect(compile(body, { remarkPlugins: [remarkGfm] })).resolves.toBeDefined();
	});

	test('has frontmatter the content schema accepts', () => {
		expect(typeof data['title']).toBe('string');
		expect(String(data['description']).length).toBeGreaterThanOrEqual(20);
		expect(String(data['description']).length).toBeLessThanOrEqual(200);
		expect(unitIds).toContain(data['unit']);
		expect(data['unit'], 'the folder is the unit').toBe(file.unit);
		expect(Number.isInteger(data['order']) && (data['order'] as number) > 0).toBe(true);
		for (const family of data['versions'] as string[]) expect(versionFamilyIds).toContain(family);
		for (const rule of (data['rules'] as string[] | undefined) ?? []) expect(isRuleId(rule), rule).toBe(true);
		expect((data['objectives'] as string[]).length).toBeGreaterThan(0);
		expect(lessonSlugs, 'src/domain/rules/lessons.ts lists every lesson').toContain(slug);
	});

	test('names only sources, terms, scenarios, presets and exercises that exist', () => {
		for (const id of attributes(body, 'Cite', 'id')) expect(findSource(id), `<Cite id="${id}">`).toBeDefined();
		for (const id of attributes(body, 'Term', 'id')) expect(terms.has(id), `<Term id="${id}">: no content/glossary/${id}.md`).toBe(true);
		for (const id of attributes(body, 'SimulatorEmbed', 'guide')) expect(findGuidedScenario(id), `<SimulatorEmbed guide="${id}">`).toBeDefined();
		for (const id of attributes(body, 'PlanDiagram', 'preset')) expect(findPreset(id), `<PlanDiagram preset="${id}">`).toBeDefined();
		for (const id of attributes(body, 'Exercise', 'id')) expect(findExercise(id), `<Exercise id="${id}">`).toBeDefined();
	});

	test('teaches by doing, at most one simulator island, and checks understanding twice', () => {
		const islands = attributes(body, 'SimulatorEmbed', 'guide').length;
		const doing = islands + attributes(body, 'PlanDiagram', 'preset').length + attributes(body, 'Exercise', 'id').length;
		expect(doing, 'a simulator embed, a diagram or an exercise').toBeGreaterThan(0);
		expect(islands).toBeLessThanOrEqual(1);
		expect((body.match(/<KnowledgeCheck\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
		expect(body).toMatch(/^## Key takeaways$/m);
	});

	test('gives every table column a header (an empty header cell fails axe)', () => {
		const lines = withoutCode(body).split('\n');
		const headers = lines.filter((line, i) => line.startsWith('|') && /^\|[\s:|-]+\|$/.test(lines[i + 1] ?? ''));
		for (const header of headers) expect(header.slice(1, -1).split('|').map((cell) => cell.trim()), header).not.toContain('');
	});
});

describe('the course', () => {
	test('orders lessons uniquely within each unit', () => {
		const seen = new Set<string>();
		for (const file of files) {
			const { data } = split(file.text);
			const key = `${String(data['unit'])}#${String(data['order'])}`;
			expect(seen.has(key), `two lessons at ${key}`).toBe(false);
			seen.add(key);
		}
	});

	test('every exercise is set by the lesson it names', () => {
		for (const file of files) {
			for (const id of attributes(file.text, 'Exercise', 'id')) expect(findExercise(id)?.lesson, id).toBe(file.slug);
		}
	});
});

describe('the glossary', () => {
	const root = join(import.meta.dirname, '../../../content/glossary');
	test.each(glossaryIds())('%s has frontmatter the content schema accepts', (id) => {
		const { data, body } = split(readFileSync(join(root, `${id}.md`), 'utf8'));
		expect(typeof data['term']).toBe('string');
		expect(String(data['short']).length).toBeGreaterThanOrEqual(10);
		expect(String(data['short']).length).toBeLessThanOrEqual(180);
		if (data['aliases'] !== undefined) expect(Array.isArray(data['aliases'])).toBe(true);
		expect(body.trim().length).toBeGreaterThan(0);
	});

	test('every term is linked from at least one lesson', () => {
		const used = new Set(files.flatMap((file) => attributes(file.text, 'Term', 'id')));
		expect(glossaryIds().filter((id) => !used.has(id))).toEqual([]);
	});

	test('no alias names two terms', () => {
		const owners = new Map<string, string>();
		const clashes: string[] = [];
		for (const id of glossaryIds()) {
			const { data } = split(readFileSync(join(root, `${id}.md`), 'utf8'));
			for (const name of new Set([String(data['term']), ...((data['aliases'] as string[] | undefined) ?? [])].map((n) => n.toLowerCase()))) {
				const owner = owners.get(name);
				if (owner !== undefined && owner !== id) clashes.push(`"${name}": ${owner} and ${id}`);
				owners.set(name, id);
			}
		}
		expect(clashes).toEqual([]);
	});
});
