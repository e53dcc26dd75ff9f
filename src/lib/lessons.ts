/**
 * Pure helpers over the lesson list: ordering, grouping into units, URLs and
 * previous/next links. Pages call these; components only render what they return.
 */
import { units, type Unit, type UnitId } from './curriculum';

/** The part of a lesson entry these helpers need (a subset of the content entry). */
export interface LessonInput {
	/** Content-collection id, e.g. `foundations/how-load-balancing-works`. */
	readonly id: string;
	readonly data: {
		readonly title: string;
		readonly unit: UnitId;
		readonly order: number;
		readonly draft?: boolean | undefined;
	};
}

/** A lesson placed in the course. */
export interface LessonLink {
	readonly slug: string;
	readonly title: string;
	readonly href: string;
	readonly unit: UnitId;
}

export interface UnitWithLessons<T> {
	readonly unit: Unit;
	readonly lessons: readonly T[];
}

/** The URL segment of a lesson: its file name, without folders. */
export function lessonSlug(id: string): string {
	return id.split('/').at(-1) ?? id;
}

/** The site path of a lesson page. */
export function lessonHref(slug: string): string {
	return `/lessons/${slug}/`;
}

/**
 * Sorts lessons by unit (curriculum order) then by `order`, drops drafts, and fails on two
 * lessons that would share a URL or a position, naming both files.
 */
export function sortLessons<T extends LessonInput>(entries: readonly T[]): T[] {
	const unitRank = (id: UnitId) => units.findIndex((u) => u.id === id);
	const sorted = entries
		.filter((e) => !e.data.draft)
		.toSorted((a, b) => unitRank(a.data.unit) - unitRank(b.data.unit) || a.data.order - b.data.order);
	const seenSlugs = new Map<string, string>();
	for (const [i, entry] of sorted.entries()) {
		const slug = lessonSlug(entry.id);
		const clash = seenSlugs.get(slug);
		if (clash) throw new Error(`Lessons "${clash}" and "${entry.id}" share the URL ${lessonHref(slug)}`);
		seenSlugs.set(slug, entry.id);
		const prev = sorted[i - 1];
		if (prev && prev.data.unit === entry.data.unit && prev.data.order === entry.data.order) {
			throw new Error(`Lessons "${prev.id}" and "${entry.id}" both have order ${entry.data.order} in unit "${entry.data.unit}"`);
		}
	}
	return sorted;
}

/** A link to a lesson. */
export function toLessonLink(entry: LessonInput): LessonLink {
	const slug = lessonSlug(entry.id);
	return { slug, title: entry.data.title, href: lessonHref(slug), unit: entry.data.unit };
}

/** Groups sorted lessons under their units, keeping curriculum order; `includeEmpty` keeps units without lessons. */
export function groupByUnit<T extends LessonInput>(
	sorted: readonly T[],
	{ includeEmpty = false } = {}
): UnitWithLessons<T>[] {
	return units
		.map((unit) => ({ unit, lessons: sorted.filter((l) => l.data.unit === unit.id) }))
		.filter((group) => includeEmpty || group.lessons.length > 0);
}

/** The lessons before and after the one with `id` in course order. */
export function getPrevNext<T extends LessonInput>(
	sorted: readonly T[],
	id: string
): { prev: LessonLink | undefined; next: LessonLink | undefined } {
	const i = sorted.findIndex((e) => e.id === id);
	if (i === -1) throw new Error(`No lesson "${id}"`);
	const prev = sorted[i - 1];
	const next = sorted[i + 1];
	return { prev: prev && toLessonLink(prev), next: next && toLessonLink(next) };
}
