import { describe, expect, test } from 'vitest';
import { getPrevNext, groupByUnit, lessonHref, lessonSlug, sortLessons, type LessonInput } from '../../../src/lib/lessons';
import type { UnitId } from '../../../src/lib/curriculum';

const lesson = (id: string, unit: UnitId, order: number, draft = false): LessonInput => ({
	id,
	data: { title: `Title of ${id}`, unit, order, draft },
});

const files = lesson('files/three-ways', 'files', 1);
const basics = lesson('foundations/basics', 'foundations', 1);
const flow = lesson('foundations/flow', 'foundations', 2);
const roles = lesson('roles/election', 'roles', 1);

describe('lessonSlug', () => {
	test.each([
		['foundations/how-load-balancing-works', 'how-load-balancing-works'],
		['flat', 'flat'],
		['a/b/c', 'c'],
	])('turns %s into %s', (id, slug) => expect(lessonSlug(id)).toBe(slug));
});

describe('lessonHref', () => {
	test('is a directory URL', () => expect(lessonHref('x')).toBe('/lessons/x/'));
});

describe('sortLessons', () => {
	test('orders by curriculum unit, then by order', () => {
		expect(sortLessons([files, roles, flow, basics]).map((l) => l.id)).toEqual([
			'foundations/basics',
			'foundations/flow',
			'roles/election',
			'files/three-ways',
		]);
	});

	test('drops drafts', () => {
		expect(sortLessons([basics, lesson('foundations/wip', 'foundations', 3, true)])).toEqual([basics]);
	});

	test('fails on two lessons with the same URL, naming both', () => {
		expect(() => sortLessons([basics, lesson('roles/basics', 'roles', 1)])).toThrow(
			/"foundations\/basics" and "roles\/basics" share the URL \/lessons\/basics\//
		);
	});

	test('fails on two lessons with the same position in a unit', () => {
		expect(() => sortLessons([basics, lesson('foundations/other', 'foundations', 1)])).toThrow(/both have order 1/);
	});
});

describe('groupByUnit', () => {
	const sorted = sortLessons([basics, flow, files]);

	test('keeps units with lessons, in curriculum order', () => {
		const groups = groupByUnit(sorted);
		expect(groups.map((g) => [g.unit.id, g.lessons.length])).toEqual([
			['foundations', 2],
			['files', 1],
		]);
	});

	test('can keep empty units', () => {
		expect(groupByUnit(sorted, { includeEmpty: true }).find((g) => g.unit.id === 'roles')?.lessons).toEqual([]);
	});
});

describe('getPrevNext', () => {
	const sorted = sortLessons([basics, flow, files]);

	test('links across units', () => {
		const { prev, next } = getPrevNext(sorted, 'foundations/flow');
		expect(prev?.href).toBe('/lessons/basics/');
		expect(next).toMatchObject({ href: '/lessons/three-ways/', title: 'Title of files/three-ways', unit: 'files' });
	});

	test('has no previous for the first lesson and no next for the last', () => {
		expect(getPrevNext(sorted, 'foundations/basics').prev).toBeUndefined();
		expect(getPrevNext(sorted, 'files/three-ways').next).toBeUndefined();
	});

	test('throws for an unknown id', () => {
		expect(() => getPrevNext(sorted, 'nope')).toThrow(/No lesson "nope"/);
	});
});
