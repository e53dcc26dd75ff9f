/** `lbplan presets` and `lbplan new --preset <id>`: ready-made plans to start from. */
import { planSchemaPath } from '../../domain/plan/json-schema';
import { findPreset, presets } from '../../domain/presets/index';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand } from '../command';
import { writeOutput } from '../output';
import { usageError } from '../plan-file';

export const presetsCommand: CliCommand = {
	name: 'presets',
	summary: 'list the preset plans',
	help: `Usage: lbplan presets [--json]

Lists the preset plans that \`lbplan new --preset <id>\` writes. Presets whose id starts
with "repair-" are wrong on purpose, for workshops to fix.`,
	async run(args, io) {
		const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
		if (!parsed.ok) return usageError(io, 'presets', parsed.message);
		if (parsed.positionals.length > 0) return usageError(io, 'presets', 'takes no arguments');
		if (parsed.values.json) {
			io.out(`${JSON.stringify(presets.map(({ id, title, description, purpose }) => ({ id, title, description, purpose: purpose ?? 'start', umbraco: findPreset(id)!.plan.umbraco })), null, 2)}\n`);
			return exitCodes.ok;
		}
		const width = Math.max(...presets.map((p) => p.id.length));
		io.out(`${presets.map((p) => `${p.id.padEnd(width)}  ${p.title}`).join('\n')}\n`);
		return exitCodes.ok;
	},
};

export const newCommand: CliCommand = {
	name: 'new',
	summary: 'write a new plan from a preset',
	help: `Usage: lbplan new --preset <id> [-o <plan.json> [--force]]

Writes a preset plan (see \`lbplan presets\`) to standard output or to a file.

Options:
  --preset ID        the preset to start from (required)
  -o, --output FILE  write to FILE; an existing FILE is kept unless --force
  --force            replace FILE if it exists
  -h, --help         show this help

Example:
  lbplan new --preset v17-lb-backoffice-sticky-redis -o plan.json`,
	async run(args, io) {
		const parsed = parseCommandArgs(args, { preset: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
		if (!parsed.ok) return usageError(io, 'new', parsed.message);
		if (parsed.positionals.length > 0) return usageError(io, 'new', `takes no arguments; write the file with -o ${parsed.positionals[0]}`);
		const { preset: id, output, force } = parsed.values;
		if (!id) return usageError(io, 'new', `--preset is required; one of ${presets.map((p) => p.id).join(', ')}`);
		const preset = findPreset(id);
		if (!preset) return usageError(io, 'new', `unknown preset "${id}"; one of ${presets.map((p) => p.id).join(', ')}`);
		const text = `${JSON.stringify({ $schema: `https://lbacademy.invalid${planSchemaPath}`, ...preset.plan }, null, 2)}\n`;
		if (output) {
			if (!(await writeOutput(io, 'new', output, () => io.writeFile(output, text, { force: force ?? false })))) return exitCodes.badInput;
			io.err(`wrote ${output} (${preset.title})\n`);
		} else io.out(text);
		return exitCodes.ok;
	},
};
