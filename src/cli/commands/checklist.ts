/** `lbplan checklist <plan>`: the ordered deployment checklist, as Markdown or JSON. */
import { buildChecklist } from '../../domain/checklist/build-checklist';
import { formatChecklistMarkdown } from '../../domain/checklist/format-markdown';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand } from '../command';
import { writeOutput } from '../output';
import { planArgument, readPlanFile, usageError } from '../plan-file';

const help = `Usage: lbplan checklist <plan.json> [--format md|json] [-o <file> [--force]]

Prints the deployment checklist for the plan: infrastructure, each server, database, files,
keys, caches, logging, staging and testing, upgrades and Engage, each step with why it
matters, its sources and the rule it satisfies.

Options:
  --format md|json  output format (default md)
  -o, --output FILE write to FILE instead of standard output (never over the plan)
  --force           replace FILE if it exists
  -h, --help        show this help

Example:
  lbplan checklist plan.json --format json -o checklist.json`;

export const checklistCommand: CliCommand = {
	name: 'checklist',
	summary: 'print the deployment checklist (Markdown or JSON)',
	help,
	async run(args, io) {
		const parsed = parseCommandArgs(args, { format: { type: 'string', default: 'md' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
		if (!parsed.ok) return usageError(io, 'checklist', parsed.message);
		const { format, output, force } = parsed.values;
		if (format !== 'md' && format !== 'json') return usageError(io, 'checklist', `--format must be md or json, not "${format}"`);
		const planPath = planArgument(parsed.positionals);
		if (!planPath.ok) return usageError(io, 'checklist', planPath.message);
		const file = await readPlanFile(io, planPath.path);
		if (!file.ok) {
			io.err(`${file.message}\n`);
			return exitCodes.badInput;
		}
		const checklist = buildChecklist(file.plan);
		const text = format === 'json' ? `${JSON.stringify(checklist, null, 2)}\n` : formatChecklistMarkdown(checklist, file.plan);
		if (!output) {
			io.out(text);
			return exitCodes.ok;
		}
		const written = await writeOutput(io, 'checklist', output, () => io.writeFile(output, text, { force: force ?? false, protect: [planPath.path] }));
		return written ? exitCodes.ok : exitCodes.badInput;
	},
};
