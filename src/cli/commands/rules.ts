/** `lbplan rules`: the rule catalogue. */
import { allRules } from '../../domain/rules/index';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand } from '../command';
import { usageError } from '../plan-file';
import { ruleRange } from '../../domain/rules/rule-ids';

const help = `Usage: lbplan rules [--json]

Lists every rule (${ruleRange}): id, severity, the Umbraco version bands it applies to, and its finding.

Options:
  --json     print the rules as JSON (with why, fix, sources and lesson)
  -h, --help show this help`;

export const rulesCommand: CliCommand = {
	name: 'rules',
	summary: 'list the rule catalogue',
	help,
	async run(args, io) {
		const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
		if (!parsed.ok) return usageError(io, 'rules', parsed.message);
		if (parsed.positionals.length > 0) return usageError(io, 'rules', 'takes no arguments');
		if (parsed.values.json) {
			const rules = allRules.map(({ check: _check, ...rule }) => rule);
			io.out(`${JSON.stringify(rules, null, 2)}\n`);
			return exitCodes.ok;
		}
		const lines = allRules.map((r) => `${r.id}  ${r.severity.padEnd(7)}  ${r.summary}\n      bands: ${r.bands.join(', ')}`);
		io.out(`${lines.join('\n')}\n\n${allRules.length} rules\n`);
		return exitCodes.ok;
	},
};
