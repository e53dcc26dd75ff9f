/** Reads a plan file for a command: every problem becomes lines naming the file and the JSON path. */
import { describeReadError, planText } from '../domain/plan/plan-text';
import { formatIssues, parsePlan } from '../domain/plan/parse';
import type { Plan, PlanInput } from '../domain/plan/schema';
import type { CliIo } from './command';


export type PlanFile = { ok: true; plan: Plan; input: PlanInput } | { ok: false; message: string };

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
