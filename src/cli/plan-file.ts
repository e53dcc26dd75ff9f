/** Reads a plan file for a command: every problem becomes lines naming the file and the JSON path. */
import { formatSize } from '../domain/units';
import { planLimits } from '../domain/plan/limits';
import { formatIssues, parsePlan } from '../domain/plan/parse';
import type { Plan, PlanInput } from '../domain/plan/schema';
import type { CliIo } from './command';

export type PlanFile = { ok: true; plan: Plan; input: PlanInput } | { ok: false; message: string };

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

/** Loads and validates `path`; never throws. */
export async function readPlanFile(io: CliIo, path: string): Promise<PlanFile> {
	let raw: string;
	try {
		raw = await io.readText(path);
	} catch (error) {
		return { ok: false, message: `${path}: ${describeReadError(error)}` };
	}
	const decoded = planText(path, raw);
	if (!decoded.ok) return decoded;
	const result = parsePlan(decoded.text);
	if (!result.ok) {
		const lines = formatIssues(result.issues).split('\n').map((line) => `  ${line}`);
		return { ok: false, message: `${path} is not a valid plan (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}` };
	}
	return { ok: true, plan: result.plan, input: result.input };
}

/** The single plan file among a command's arguments, or what is wrong with them. */
export function planArgument(positionals: readonly string[]): { ok: true; path: string } | { ok: false; message: string } {
	const [path, ...extra] = positionals;
	if (path === undefined) return { ok: false, message: 'missing the plan file argument' };
	if (extra.length > 0) return { ok: false, message: `expected one plan file, got ${positionals.length}: ${positionals.join(' ')}` };
	return { ok: true, path };
}

/** Writes a usage error the same way in every command. */
export function usageError(io: CliIo, command: string, message: string): 2 {
	io.err(`lbplan ${command}: ${message}\nRun \`lbplan ${command} --help\` for usage.\n`);
	return 2;
}
