/** `lbplan checklist <plan>`: the ordered deployment checklist, as Markdown or JSON. */
import { buildChecklist } from '../../domain/checklist/build-checklist';
import { formatChecklistMarkdown } from '../../domain/checklist/format-markdown';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand } from '../command';
import { readPlanFile, usageError } from '../plan-file';

const help = `Usage: lbplan checklist <plan.json> [--format md|json] [-o <file>]

Prints the deployment checklist for the plan: infrastructure, each server, database, files,
keys, caches, logging, staging and testing, upgrades and Engage, each step with why it
matters, its sources and the rule it satisfies.

Options:
  --format md|json  output format (default md)
  -o, --output FILE write to FILE instead of standard output
  -h, --help        show this help

Example:
  lbplan checklist plan.json --format json -o checklist.json`;

export const checklistCommand: CliCommand = {
	name: 'checklist',
	summary: 'print the deployment checklist (Markdown or JSON)',
	help,
	async run(args, io) {
		const parsed = parseCommandArgs(args, { format: { type: 'string', default: 'md' }, output: { type: 'string', short: 'o' } });
		if (!parsed.ok) return usageError(io, 'checklist', parsed.message);
		const { format, output } = parsed.values;
		if (format !== 'md' && format !== 'json') return usageError(io, 'checklist', `--format must be md or json, not "${format}"`);
		const file = await readPlanFile(io, parsed.positionals[0]);
		if (!file.ok) {
			io.err(`${file.message}\n`);
			return exitCodes.badInput;
		}
		const checklist = buildChecklist(file.plan);
		const text = format === 'json' ? `${JSON.stringify(checklist, null, 2)}\n` : formatChecklistMarkdown(checklist, file.plan);
		if (output) await io.writeFile(output, text);
		else io.out(text);
		return exitCodes.ok;
	},
};
