/**
 * Which lines of a file an edit touched, for the live files panel: line numbers of the new
 * text that were added or changed, and the places where lines were only removed.
 */
import { diffArrays } from 'diff';

/** What one edit did to the lines of a file, in terms of the new text. */
export interface LineChanges {
	/** 1-based line numbers of the new text that were added or changed. */
	readonly changed: readonly number[];
	/** Positions after which lines were removed: 0 = before line 1, n = after line n. */
	readonly removedAfter: readonly number[];
}

/**
 * The lines of a text as the viewer shows them: `\r\n` and `\n` both end a line and a final
 * line break does not open an empty last line. An empty text is one empty line.
 */
export function sourceLines(text: string): string[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

// Beyond this many edits the diff is abandoned and the whole differing middle counts as
// changed: a redrawn diagram would otherwise cost seconds, and the mark means the same.
const maxEditLength = 200;

/**
 * Compares two versions of a file line by line. A run of removed lines next to added lines
 * counts as a change of the added lines; a run of removed lines with nothing added in its
 * place is reported as a removal after the preceding line of the new text.
 */
export function compareLines(before: string, after: string): LineChanges {
	const a = sourceLines(before);
	const b = sourceLines(after);
	// Edits are local: skip the common head and tail before diffing what is left.
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	const parts = diffArrays(a.slice(head, a.length - tail), b.slice(head, b.length - tail), { maxEditLength }) ?? [
		{ value: a.slice(head, a.length - tail), removed: true, added: false, count: a.length - head - tail },
		{ value: b.slice(head, b.length - tail), removed: false, added: true, count: b.length - head - tail },
	];
	return walk(parts, head);
}

function walk(parts: readonly { value: readonly string[]; added: boolean; removed: boolean }[], start: number): LineChanges {
	const changed: number[] = [];
	const removedAfter: number[] = [];
	let line = start;
	let runAdded = false;
	let runRemoved = false;
	const closeRun = () => {
		if (runRemoved && !runAdded) removedAfter.push(line);
		runAdded = runRemoved = false;
	};
	for (const part of parts) {
		if (part.removed) runRemoved = part.value.length > 0 || runRemoved;
		else if (part.added) {
			runAdded = part.value.length > 0 || runAdded;
			for (let i = 0; i < part.value.length; i++) changed.push(++line);
		} else {
			closeRun();
			line += part.value.length;
		}
	}
	closeRun();
	return { changed, removedAfter };
}

/** 1-based line numbers of `after` that were added or changed compared with `before`. */
export function changedLines(before: string, after: string): number[] {
	return [...compareLines(before, after).changed];
}

/** Line positions of `after` after which lines of `before` were removed (0 = before line 1). */
export function removedAfter(before: string, after: string): number[] {
	return [...compareLines(before, after).removedAfter];
}
