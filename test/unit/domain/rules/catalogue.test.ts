/**
 * The rule catalogue as a whole: every rule's sources, lesson and bands are real, and every
 * "where it is taught" link points at a heading that exists in `content/lessons`.
 */
import { describe, expect, test } from 'vitest';
import { headingIds, lessonFiles } from '../../../helpers/lesson-files';
import { allRules } from '../../../../src/domain/rules/index';
import { lessonSlugs, ruleLessonHref, ruleSections } from '../../../../src/domain/rules/lessons';
import { ruleIds } from '../../../../src/domain/rules/rule-ids';
import { sourceIds } from '../../../../src/domain/sources/source-catalogue';
import { versionBandIds } from '../../../../src/domain/versions/bands';


describe('the rule catalogue', () => {
	test.each(allRules.map((rule) => [rule.id, rule] as const))('%s names known sources, a known lesson and real bands', (_, rule) => {
		expect(rule.sources.length).toBeGreaterThan(0);
		for (const source of rule.sources) expect(sourceIds).toContain(source);
		expect(lessonSlugs).toContain(rule.lesson);
		expect(rule.bands.length).toBeGreaterThan(0);
		for (const band of rule.bands) expect(versionBandIds).toContain(band);
		expect(rule.summary).not.toMatch(/\n/);
	});

	test('R70 and later have the same fields as the fact-sheet rules', () => {
		const fields = Object.keys(allRules[0]!).sort();
		for (const rule of allRules.filter((r) => Number(r.id.slice(1)) >= 70)) expect(Object.keys(rule).sort(), rule.id).toEqual(fields);
	});
});

test('every source id is listed once across the catalogue files', () => {
	const repeated = sourceIds.filter((id, index) => sourceIds.indexOf(id) !== index);
	expect(repeated).toEqual([]);
});

describe('ruleSections', () => {
	const files = lessonFiles();

	test.each(Object.entries(ruleSections))('%s is taught in an existing section', (id, { lesson, section }) => {
		expect(ruleIds).toContain(id);
		const mdx = files.get(lesson)?.text;
		expect(mdx, `content/lessons has no ${lesson}.mdx`).toBeDefined();
		expect(headingIds(mdx!)).toContain(section);
	});

	test('slugs headings as the site does', () => {
		expect(headingIds('## Before 7.3: "traditional" load balancing\n### Step 1: the editor publishes')).toEqual(['before-73-traditional-load-balancing', 'step-1-the-editor-publishes']);
	});
});

describe('ruleLessonHref', () => {
	const rule = (id: string, lesson: string) => ({ id, lesson });

	test.each([
		['a published section', rule('R65', 'the-instruction-flow'), ['how-load-balancing-works'], '/lessons/how-load-balancing-works/#tuning-the-sync-loop'],
		['the rule\'s own lesson when the section\'s is not published', rule('R65', 'the-instruction-flow'), ['the-instruction-flow'], '/lessons/the-instruction-flow/'],
		['the rules page entry when neither is published', rule('R70', 'load-balancing-the-backoffice'), ['how-load-balancing-works'], '/rules/#r70'],
	])('links %s', (_, r, published, href) => {
		expect(ruleLessonHref(r, published)).toBe(href);
	});
});
