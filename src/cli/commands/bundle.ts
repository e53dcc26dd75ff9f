/** `lbplan bundle <plan> -o <file.zip|dir>`: the deployment bundle. */
import { bundleEntries, bundleRoot, zipBundle } from '../../domain/bundle/build-bundle';
import { checkSiteUrl } from '../../domain/bundle/site-url';
import { planShareLink } from '../../domain/plan/share-link';
import { layoutPlan, renderDiagramSvg } from '../../layout/index';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand } from '../command';
import { writeOutput } from '../output';
import { planArgument, readPlanFile, usageError } from '../plan-file';

/** Where share links open the plan; override with LBPLAN_SITE_URL (e.g. your own deployment). */
const defaultPlannerUrl = 'http://127.0.0.1:4321/planner/';

const help = `Usage: lbplan bundle <plan.json> -o <bundle.zip | folder> [--force]

Writes the deployment bundle: a folder per server with its configuration, shared code,
CHECKLIST.md, README.md (how to apply it, server by server), plan.json and diagram.svg.
Every file records the tool version, rule set, Umbraco version and a permalink where its
format allows a comment. The same plan always gives a byte-identical zip.

A folder is written whole into a new or empty folder, never mixed with older files; a
failed write leaves nothing behind. The input plan is never written over.

Options:
  -o, --output PATH  a path ending in .zip writes a zip; anything else is a folder
  --force            replace an existing zip, or an existing folder whole
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
		const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } });
		if (!parsed.ok) return usageError(io, 'bundle', parsed.message);
		const { output, force } = parsed.values;
		if (!output) return usageError(io, 'bundle', '-o <bundle.zip | folder> is required');
		const planPath = planArgument(parsed.positionals);
		if (!planPath.ok) return usageError(io, 'bundle', planPath.message);
		// Copied into a comment of every file: one plain http(s) URL, or nothing is written.
		const site = checkSiteUrl(process.env['LBPLAN_SITE_URL'] ?? defaultPlannerUrl);
		if (!site.ok) {
			io.err(`LBPLAN_SITE_URL: ${site.message}\nNothing was written.\n`);
			return exitCodes.badInput;
		}
		const file = await readPlanFile(io, planPath.path);
		if (!file.ok) {
			io.err(`${file.message}\nNothing was written.\n`);
			return exitCodes.badInput;
		}
		const { plan, input } = file;
		const diagramSvg = renderDiagramSvg(plan, await layoutPlan(plan));
		const permalink = planShareLink(site.url, input);
		const entries = bundleEntries({ plan, planInput: input, diagramSvg, permalink });
		const options = { force: force ?? false, protect: [planPath.path] };
		const zip = output.toLowerCase().endsWith('.zip');
		const written = await writeOutput(io, 'bundle', output, () =>
			zip ? io.writeFile(output, zipBundle(entries, bundleRoot(plan)), options) : io.writeFolder(output.replace(/(.)\/+$/, '$1'), entries, options)
		);
		if (!written) return exitCodes.badInput;
		io.err(`wrote ${output}: ${entries.length} files\n`);
		return exitCodes.ok;
	},
};
