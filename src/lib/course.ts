/**
 * The course as pages need it: sorted lessons, their links and their units. Reads the
 * content collections (build time only); the ordering rules live in `lessons.ts`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByUnit, sortLessons, toLessonLink, type LessonLink } from './lessons';
import type { Unit } from './curriculum';

export type LessonEntry = CollectionEntry<'lessons'>;

export interface Course {
	readonly lessons: readonly LessonEntry[];
	readonly links: readonly LessonLink[];
	/** Units that have lessons, each with its lesson links. */
	readonly groups: readonly { unit: Unit; lessons: readonly LessonLink[] }[];
}

/** Loads and orders every published lesson. */
export async function loadCourse(): Promise<Course> {
	const lessons = sortLessons(await getCollection('lessons'));
	const groups = groupByUnit(lessons).map(({ unit, lessons: entries }) => ({
		unit,
		lessons: entries.map(toLessonLink),
	}));
	return { lessons, links: lessons.map(toLessonLink), groups };
}
