/**
 * The course covers its sources: every heading (and FAQ question) of the seed pages maps to
 * the lesson section that teaches it, every rule of the catalogue is taught in a section,
 * and every such link points at a heading that exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headingIds, headingText, lessonFiles } from '../../helpers/lesson-files';
import { allRules } from '../../../src/domain/rules/index';
import { ruleSections } from '../../../src/domain/rules/lessons';
import { seedCoverage } from '../../../src/lib/seed-coverage';

const seedsRoot = join(import.meta.dirname, '../../../../shared/seeds');
const seedFiles = readdirSync(seedsRoot).filter((name) => name.endsWith('.txt'));
const lessons = lessonFiles();

/**
 * The topics of a seed page: Markdown headings, FAQ questions, and in the page saved as
 * indented plain text, its short title lines (no sentence punctuation, not a caption).
 */
function seedTopics(text: string): string[] {
	const topics: string[] = [];
	for (const line of text.split('\n')) {
		const heading = /^#{1,4}\s+(.+?)\s*$/.exec(line);
		const question = /Question>[_*\s]*(.+?)[_*\s]*$/.exec(line);
		const plain = /^ {4}([A-Z][\w ]+[A-Za-z])$/.exec(line);
		if (heading) topics.push(headingText(heading[1]!));
		else if (question) topics.push(question[1]!.replace(/^_/, ''));
		else if (plain && plain[1]!.split(' ').length <= 6 && !/diagram|documentation/i.test(plain[1]!)) topics.push(plain[1]!);
	}
	return topics;
}

function sectionExists(target: string): boolean {
	const [slug, section] = target.split('#');
	const lesson = lessons.get(slug!);
	return lesson !== undefined && (section === undefined || headingIds(lesson.text).includes(section));
}

test('finds the topics of the seed pages', () => {
	expect(seedTopics('# Title\n## [Azure]()\n__Question>__ _Why one admin?_\n    Machine Key\n    This is a sentence.\n    Umbraco flexible load balancing diagram')).toEqual(['Title', 'Azure', 'Why one admin?', 'Machine Key']);
});

describe.each(seedFiles)('seed %s', (file) => {
	const topics = seedTopics(readFileSync(join(seedsRoot, file), 'utf8'));
	const mapped = seedCoverage[file] ?? {};

	test.each(topics)('"%s" is taught in a lesson section', (topic) => {
		const target = mapped[topic];
		expect(target, `src/lib/seed-coverage.ts: map "${topic}" of ${file}`).toBeDefined();
		expect(sectionExists(target!), `${target} is not a lesson heading`).toBe(true);
	});

	test('maps no topic the page does not have', () => {
		for (const topic of Object.keys(mapped)) expect(topics).toContain(topic);
	});
});

describe('rules', () => {
	test.each(allRules.map((rule) => rule.id))('%s is taught in a lesson section', (id) => {
		const section = ruleSections[id];
		expect(section, `src/domain/rules/lessons.ts: ruleSections has no ${id}`).toBeDefined();
		expect(sectionExists(`${section!.lesson}#${section!.section}`), `${section!.lesson}#${section!.section}`).toBe(true);
	});

	test.each(allRules.map((rule) => [rule.id, rule.lesson] as const))('%s is listed in the frontmatter of the lesson that teaches it', (id) => {
		const lesson = lessons.get(ruleSections[id]?.lesson ?? '');
		expect(lesson?.text.match(/^rules: \[(.*)\]$/m)?.[1]?.split(/,\s*/) ?? [], `${ruleSections[id]?.lesson}`).toContain(id);
	});
});
