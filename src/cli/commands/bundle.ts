/** `lbplan bundle <plan> -o <file.zip|dir>`: the deployment bundle. */
import { bundleEntries, bundleRoot, zipBundle } from '../../domain/bundle/build-bundle';
import { planShareLink } from '../../domain/plan/share-link';
import { layoutPlan, renderDiagramSvg } from '../../layout/index';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand } from '../command';
import { readPlanFile, usageError } from '../plan-file';

/** Where share links open the plan; override with LBPLAN_SITE_URL (e.g. your own deployment). */
const defaultPlannerUrl = 'http://127.0.0.1:4321/planner/';

const help = `Usage: lbplan bundle <plan.json> -o <bundle.zip | folder>

Writes the deployment bundle: a folder per server with its configuration, shared code,
CHECKLIST.md, README.md (how to apply it, server by server), plan.json and diagram.svg.
Every file records the tool version, rule set, Umbraco version and a permalink where its
format allows a comment. The same plan always gives a byte-identical zip.

Options:
  -o, --output PATH  a path ending in .zip writes a zip; anything else is a folder
  -h, --help         show this help

Environment:
  LBPLAN_SITE_URL    planner URL used in permalinks (default ${defaultPlannerUrl})

Example:
  lbplan bundle plan.json -o bundle.zip`;

export const bundleCommand: CliCommand = {
	name: 'bundle',
	summary: 'write the deployment bundle (zip or folder)',
	help,
	async run(args, io) {
		const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' } });
		if (!parsed.ok) return usageError(io, 'bundle', parsed.message);
		const output = parsed.values.output;
		if (!output) return usageError(io, 'bundle', '-o <bundle.zip | folder> is required');
		const file = await readPlanFile(io, parsed.positionals[0]);
		if (!file.ok) {
			io.err(`${file.message}\nNothing was written.\n`);
			return exitCodes.badInput;
		}
		const { plan, input } = file;
		const diagramSvg = renderDiagramSvg(plan, await layoutPlan(plan));
		const permalink = planShareLink(process.env['LBPLAN_SITE_URL'] ?? defaultPlannerUrl, input);
		const entries = bundleEntries({ plan, planInput: input, diagramSvg, permalink });
		if (output.toLowerCase().endsWith('.zip')) {
			await io.writeFile(output, zipBundle(entries, bundleRoot(plan)));
		} else {
			for (const entry of entries) await io.writeFile(`${output.replace(/\/+$/, '')}/${entry.path}`, entry.contents);
		}
		io.err(`wrote ${output}: ${entries.length} files\n`);
		return exitCodes.ok;
	},
};
