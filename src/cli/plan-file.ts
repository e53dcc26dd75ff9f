/** Reads a plan file for a command: every problem becomes lines naming the file and the JSON path. */
import { formatIssues, parsePlan } from '../domain/plan/parse';
import type { Plan, PlanInput } from '../domain/plan/schema';
import type { CliIo } from './command';

export type PlanFile = { ok: true; plan: Plan; input: PlanInput } | { ok: false; message: string };

/** Loads and validates `path`; never throws. */
export async function readPlanFile(io: CliIo, path: string | undefined): Promise<PlanFile> {
	if (!path) return { ok: false, message: 'missing the plan file argument' };
	let text: string;
	try {
		text = await io.readText(path);
	} catch (error) {
		const code = (error as { code?: string }).code;
		const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
		return { ok: false, message: `${path}: ${why}` };
	}
	const result = parsePlan(text);
	if (!result.ok) {
		const lines = formatIssues(result.issues).split('\n').map((line) => `  ${line}`);
		return { ok: false, message: `${path} is not a valid plan (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}` };
	}
	return { ok: true, plan: result.plan, input: JSON.parse(text) as PlanInput };
}

/** Writes a usage error the same way in every command. */
export function usageError(io: CliIo, command: string, message: string): 2 {
	io.err(`lbplan ${command}: ${message}\nRun \`lbplan ${command} --help\` for usage.\n`);
	return 2;
}
