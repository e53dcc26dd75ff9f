/**
 * Turning the bytes of a plan (or scenario) file into JSON text, the same way for \`lbplan\` and
 * the planner: read errors as the end of a sentence, a UTF-8 byte order mark dropped, UTF-16
 * named in one sentence.
 */
import { formatSize } from '../units';
import { planLimits } from './limits';

/** Why a file could not be read, as the end of a sentence that starts with its path. */
export function describeReadError(error: unknown): string {
	const { code, size } = (error ?? {}) as { code?: string; size?: number };
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EISDIR') return 'is a folder, not a file';
	if (code === 'ENOTFILE') return 'is not a regular file (a pipe, socket or device); give the path of a file';
	if (code === 'EFBIG') return `is ${size === undefined ? 'too large' : formatSize(size)}; files can be at most ${formatSize(planLimits.fileBytes)}`;
	if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
	return 'cannot be read';
}

/**
 * The JSON text of a file as read: without a UTF-8 byte order mark (PowerShell 5 writes
 * one), or a message when it is UTF-16, which reads as U+FFFD U+FFFD (its BOM) or with NULs.
 */
export function planText(path: string, raw: string): { ok: true; text: string } | { ok: false; message: string } {
	if (raw.startsWith('\uFFFD\uFFFD') || raw.includes('\u0000')) {
		return { ok: false, message: `${path} is saved as UTF-16 (or is not text); save it as UTF-8 and try again` };
	}
	return { ok: true, text: raw.startsWith('\uFEFF') ? raw.slice(1) : raw };
}
