/**
 * Reading progress, kept in the reader's browser (localStorage, key `storageKeys.progress`).
 *
 * Stored shape (version 1):
 *   { "v": 1, "read": { "<slug>": "<ISO date>" }, "solved": { "<exercise id>": "<ISO date>" },
 *     "last": { "slug": "<slug>", "at": "<ISO date>" } }
 * - `read` holds lessons the reader finished (reached the end, or ticked by hand).
 * - `solved` holds exercises whose goal the planner or the simulator saw met (absent = none).
 * - `last` is the lesson opened most recently, for "continue where you left off".
 *
 * Lifecycle: a lesson page records a visit on load, marks the lesson read when its end
 * comes into view, and can unmark it; every page paints ticks from the stored value.
 * When lessons are renamed or removed, their slugs simply stop matching: unknown slugs are
 * kept (a later rename back still counts) but never shown. Anything unreadable in storage
 * (another tool's data, a hand edit) is treated as "no progress" and is never thrown on.
 *
 * Everything here is pure: the browser glue in `src/scripts/` does the storage calls.
 */

export interface Progress {
	readonly v: 1;
	readonly read: Readonly<Record<string, string>>;
	readonly solved?: Readonly<Record<string, string>> | undefined;
	readonly last?: { readonly slug: string; readonly at: string } | undefined;
}

export const emptyProgress: Progress = { v: 1, read: {} };

/** Fired on `window` when a script of the page changed the stored progress (an imported file). */
export const progressChangedEvent = 'lbacademy:progress';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The string values of a record (dates by slug or id); anything else is left out. */
function datesOf(value: unknown): Record<string, string> {
	const dates: Record<string, string> = {};
	if (isRecord(value)) for (const [key, at] of Object.entries(value)) if (typeof at === 'string') dates[key] = at;
	return dates;
}

/** Progress from parsed JSON, or undefined when it is not progress of this shape. */
export function progressOf(data: unknown): Progress | undefined {
	if (!isRecord(data) || data['v'] !== 1) return undefined;
	const read = datesOf(data['read']);
	const solved = datesOf(data['solved']);
	const last = data['last'];
	const hasLast = isRecord(last) && typeof last['slug'] === 'string' && typeof last['at'] === 'string';
	return {
		v: 1,
		read,
		...(Object.keys(solved).length > 0 ? { solved } : {}),
		...(hasLast ? { last: { slug: last['slug'] as string, at: last['at'] as string } } : {}),
	};
}

/** Reads stored progress; returns empty progress for anything malformed. */
export function parseProgress(raw: string | null | undefined): Progress {
	if (!raw) return emptyProgress;
	try {
		return progressOf(JSON.parse(raw)) ?? emptyProgress;
	} catch {
		return emptyProgress;
	}
}

/** Serialises progress for storage. */
export function serializeProgress(progress: Progress): string {
	return JSON.stringify(progress);
}

/** Records that `slug` was opened at `at`. */
export function recordVisit(progress: Progress, slug: string, at: string): Progress {
	return { ...progress, last: { slug, at } };
}

/** Marks `slug` read (keeps the first date if it was already read). */
export function markRead(progress: Progress, slug: string, at: string): Progress {
	if (progress.read[slug]) return progress;
	return { ...progress, read: { ...progress.read, [slug]: at } };
}

/** Marks `slug` unread. */
export function markUnread(progress: Progress, slug: string): Progress {
	if (!progress.read[slug]) return progress;
	const { [slug]: _removed, ...read } = progress.read;
	return { ...progress, read };
}

/** Tells whether `slug` is read. */
export function isRead(progress: Progress, slug: string): boolean {
	return Boolean(progress.read[slug]);
}

/**
 * Where "continue" should lead: the last lesson opened if it is unfinished, else the first
 * unread lesson after it in course order, else the first unread lesson at all. Undefined when
 * nothing was opened yet or everything is read.
 */
export function continueTarget(progress: Progress, orderedSlugs: readonly string[]): string | undefined {
	const lastSlug = progress.last?.slug;
	if (!lastSlug || !orderedSlugs.includes(lastSlug)) return undefined;
	if (!isRead(progress, lastSlug)) return lastSlug;
	const start = orderedSlugs.indexOf(lastSlug);
	const after = orderedSlugs.slice(start + 1).find((s) => !isRead(progress, s));
	return after ?? orderedSlugs.find((s) => !isRead(progress, s));
}

/** How many of the given lessons are read. */
export function countRead(progress: Progress, orderedSlugs: readonly string[]): number {
	return orderedSlugs.filter((s) => isRead(progress, s)).length;
}

/** Marks an exercise solved (keeps the first date). */
export function markSolved(progress: Progress, id: string, at: string): Progress {
	if (progress.solved?.[id]) return progress;
	return { ...progress, solved: { ...progress.solved, [id]: at } };
}

/** Tells whether an exercise is solved. */
export function isSolved(progress: Progress, id: string): boolean {
	return Boolean(progress.solved?.[id]);
}
