/** `lbplan check <plan>`: the findings of every rule for the plan's version. */
import { getBand } from '../../domain/versions/catalogue';
import { hasErrors, validate } from '../../domain/rules/validate';
import type { Finding } from '../../domain/rules/types';
import type { Plan } from '../../domain/plan/schema';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand } from '../command';
import { planArgument, readPlanFile, usageError } from '../plan-file';
import { ruleRange } from '../../domain/rules/rule-ids';

const help = `Usage: lbplan check <plan.json> [--json]

Checks a plan against the rule catalogue (${ruleRange}) for its Umbraco version.
Exit code: 0 no errors (warnings and infos allowed), 1 errors found, 2 the file is not a valid plan.

Options:
  --json     print the findings as JSON
  -h, --help show this help

Example:
  lbplan new --preset v13-azure -o plan.json && lbplan check plan.json`;

function names(plan: Plan, ids: readonly string[]): string {
	return ids.map((id) => plan.servers.find((s) => s.id === id)?.name ?? id).join(', ');
}

/** Human-readable findings. */
export function formatFindings(plan: Plan, findings: readonly Finding[]): string {
	const band = getBand(plan.umbraco);
	const lines = [`${plan.name}: Umbraco ${plan.umbraco} (band ${band.id}), ${plan.servers.length} server${plan.servers.length === 1 ? '' : 's'}`, ''];
	for (const f of findings) {
		lines.push(`  ${f.severity.padEnd(7)} ${f.ruleId}  ${f.message}${f.servers.length > 0 ? `  [${names(plan, f.servers)}]` : ''}`);
		lines.push(`           fix: ${f.fix}`);
		if (f.certainty !== 'documented') lines.push(`           note: ${f.certainty.replace('-', ' ')} (see sources ${f.sources.join(', ')})`);
	}
	const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
	if (findings.length === 0) lines.push('  No findings.');
	lines.push('', `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`);
	return `${lines.join('\n')}\n`;
}

export const checkCommand: CliCommand = {
	name: 'check',
	summary: 'check a plan against the rules; exit 1 on errors',
	help,
	async run(args, io) {
		const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
		if (!parsed.ok) return usageError(io, 'check', parsed.message);
		const planPath = planArgument(parsed.positionals);
		if (!planPath.ok) return usageError(io, 'check', planPath.message);
		const file = await readPlanFile(io, planPath.path);
		if (!file.ok) {
			io.err(`${file.message}\n`);
			return exitCodes.badInput;
		}
		const findings = validate(file.plan);
		io.out(parsed.values.json ? `${JSON.stringify({ umbraco: file.plan.umbraco, band: getBand(file.plan.umbraco).id, findings }, null, 2)}\n` : formatFindings(file.plan, findings));
		return hasErrors(findings) ? exitCodes.findings : exitCodes.ok;
	},
};
