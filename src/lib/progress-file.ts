/**
 * Progress as a file (`lb-academy-progress.json`): export, import with a message for every
 * failure, and a merge that never loses what either side had. Only the home page loads it.
 */
import { emptyProgress, isRecord, progressOf, type Progress } from './progress';

/** The `format` of an exported progress file. */
export const progressFileFormat = 'lb-academy-progress';

/** Files larger than this are refused unread. */
export const maxProgressFileBytes = 1_000_000;

/** Progress as a file to keep or carry to another device. */
export function exportProgress(progress: Progress): string {
	return `${JSON.stringify({ format: progressFileFormat, ...progress }, null, 2)}\n`;
}

export type ImportedProgress = { readonly ok: true; readonly progress: Progress } | { readonly ok: false; readonly message: string };

/** Why a file of this many bytes is refused unread, or undefined when its size is fine. */
export function progressFileTooLarge(bytes: number): string | undefined {
	return bytes > maxProgressFileBytes ? `The file is larger than ${maxProgressFileBytes / 1_000_000} MB, so it is not a progress file.` : undefined;
}

/** Reads an exported progress file; every failure is a sentence naming what is wrong. */
export function importProgress(text: string): ImportedProgress {
	const tooLarge = progressFileTooLarge(text.length);
	if (tooLarge) return { ok: false, message: tooLarge };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { ok: false, message: `The file is not JSON (${error instanceof Error ? error.message : 'unreadable'}).` };
	}
	if (!isRecord(data) || data['format'] !== progressFileFormat) return { ok: false, message: `The file is not an LB Academy progress file: "format" should be "${progressFileFormat}".` };
	if (data['v'] !== 1) return { ok: false, message: `The file has progress version ${JSON.stringify(data['v'])}; this site reads version 1.` };
	return { ok: true, progress: progressOf(data) ?? emptyProgress };
}

const earlier = (a: string | undefined, b: string): string => (a !== undefined && a < b ? a : b);

/** Both progresses in one: everything read or solved in either (earliest date), the later "last" visit. */
export function mergeProgress(into: Progress, from: Progress): Progress {
	const read: Record<string, string> = { ...into.read };
	for (const [slug, at] of Object.entries(from.read)) read[slug] = earlier(into.read[slug], at);
	const solved: Record<string, string> = { ...into.solved };
	for (const [id, at] of Object.entries(from.solved ?? {})) solved[id] = earlier(into.solved?.[id], at);
	const last = !into.last || (from.last && from.last.at > into.last.at) ? from.last : into.last;
	return { v: 1, read, ...(Object.keys(solved).length > 0 ? { solved } : {}), ...(last ? { last } : {}) };
}
