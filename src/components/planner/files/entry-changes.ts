/**
 * What the last edit of the design did to the bundle: which files changed (with their
 * contents before), which appeared and which went away. Marks stay until the next edit
 * that changes a file; a new list with the same contents keeps them.
 */
import type { LineChanges } from './line-changes';

/** The marks of the last change of the bundle. */
export interface BundleMarks {
	/** Files whose contents changed, with the contents shown before the change. */
	readonly before: ReadonlyMap<string, string>;
	/** Files that appeared. */
	readonly added: ReadonlySet<string>;
	/** Files that went away. */
	readonly removed: readonly string[];
}

/** No marks: the first view of a bundle, or nothing changed yet. */
export const noMarks: BundleMarks = { before: new Map(), added: new Set(), removed: [] };

/** The contents per path of a list of entries. */
export function snapshotOf(entries: readonly { readonly path: string; readonly contents: string }[]): Map<string, string> {
	return new Map(entries.map((e) => [e.path, e.contents]));
}

/**
 * The marks after `next` replaces the files shown before (`previous`). Without a previous
 * view there is nothing to compare and there are no marks; when no file differs the last
 * marks are kept.
 */
export function markChanges(previous: ReadonlyMap<string, string> | undefined, next: ReadonlyMap<string, string>, last: BundleMarks): BundleMarks {
	if (previous === undefined) return noMarks;
	const before = new Map<string, string>();
	const added = new Set<string>();
	for (const [path, contents] of next) {
		const old = previous.get(path);
		if (old === undefined) added.add(path);
		else if (old !== contents) before.set(path, old);
	}
	const removed = [...previous.keys()].filter((path) => !next.has(path));
	if (before.size === 0 && added.size === 0 && removed.length === 0) return last;
	return { before, added, removed };
}

/**
 * The marks of one edit whose files arrive in steps (the diagram follows once ELK has laid
 * the design out): `later` adds to `first` rather than replacing it. A file keeps the contents
 * from before the edit, and a file the edit added stays added.
 */
export function addMarks(first: BundleMarks, later: BundleMarks): BundleMarks {
	const before = new Map(first.before);
	for (const [path, old] of later.before) if (!before.has(path) && !first.added.has(path)) before.set(path, old);
	const added = new Set([...first.added, ...later.added]);
	const removed = [...new Set([...first.removed, ...later.removed])].filter((path) => !added.has(path));
	return { before, added, removed };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** One sentence on the whole bundle, e.g. `Your last edit changed 2 files and added 1.`; empty without marks. */
export function bundleSummary(marks: BundleMarks): string {
	const parts = [
		marks.before.size > 0 ? `changed ${count(marks.before.size, 'file', 'files')}` : '',
		marks.added.size > 0 ? `added ${count(marks.added.size, 'file', 'files')}` : '',
		marks.removed.length > 0 ? `removed ${count(marks.removed.length, 'file', 'files')}` : '',
	].filter(Boolean);
	if (parts.length === 0) return '';
	const last = parts.pop()!;
	return `Your last edit ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}

/** One sentence on the open file, e.g. `3 lines changed by your last edit.`; empty when it did not change. */
export function fileSummary(changes: LineChanges | undefined, isNew: boolean): string {
	if (isNew) return 'New file: your last edit added it.';
	if (!changes) return '';
	const parts = [
		changes.changed.length > 0 ? `${count(changes.changed.length, 'line', 'lines')} changed` : '',
		changes.removedAfter.length > 0 ? `lines removed in ${count(changes.removedAfter.length, 'place', 'places')}` : '',
	].filter(Boolean);
	// Same text, different line ends only: the diff sees no line change.
	if (parts.length === 0) return 'Changed by your last edit (line endings only).';
	return `${parts.join(' and ')} by your last edit.`.replace(/^./, (c) => c.toUpperCase());
}
