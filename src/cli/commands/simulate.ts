/** `lbplan simulate <scenario>`: run a scenario file v1 and print its timeline or `{ log, final }`. */
import { runScenario } from '../../machines/simulate';
import { logEntryTypes, type LogEntry } from '../../machines/log';
import { parseScenarioJson } from '../../machines/scenario/parse-scenario-json';
import { formatIssue, type ScenarioIssue } from '../../machines/scenario/scenario-issues';
import type { Scenario } from '../../machines/scenario/scenario-types';
import { validateScenario } from '../../machines/scenario/validate-scenario';
import { formatFinal, formatLog } from '../../machines/timeline/format-timeline';
import { getVersionProfile } from '../../machines/versions/version-profile';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand, type CliIo } from '../command';
import { usageError } from '../plan-file';

const help = `Usage: lbplan simulate <scenario.json> [--json] [--only <types>] [--server <ids>]

Runs a scenario (scenario file v1) on a simulated clock, as Umbraco 8, 9–16 or 17+ would:
servers start, touch umbracoServer and elect a SchedulingPublisher (Master in v8), write and
apply cache instructions, prune, and run their background jobs. The same scenario always
gives the same log. Prints a timeline, one line per log entry, then the final state.
Exit code: 0 done, 2 the file is missing, not JSON, or not a valid scenario (every
problem is listed with its JSON path).

Options:
  --json            print {"log": [...], "final": {...}} instead of the timeline
  --only <types>    keep only these entry types, comma-separated:
                    ${logEntryTypes.join(', ')}
  --server <ids>    keep only these servers' entries, comma-separated
  -h, --help        show this help

Examples:
  lbplan simulate test/fixtures/scenarios/publisher-failover.json --only role,deactivate,write,apply
  lbplan simulate scenario.json --json > result.json`;

type Loaded = { ok: true; scenario: Scenario; warnings: readonly ScenarioIssue[] } | { ok: false; message: string };

/** Reads and validates the scenario file; never throws. */
async function loadScenario(io: CliIo, path: string): Promise<Loaded> {
	let text: string;
	try {
		text = await io.readText(path);
	} catch (error) {
		const code = (error as { code?: string }).code;
		return { ok: false, message: `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read'}` };
	}
	const parsed = parseScenarioJson(text);
	if (!parsed.ok) return { ok: false, message: `${path}: ${parsed.issue.message}` };
	const result = validateScenario(parsed.value);
	if (result.ok) return result;
	const lines = result.issues.map((issue) => `  ${formatIssue(issue)}`);
	return { ok: false, message: `${path} is not a valid scenario (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}` };
}

/** The entry filter of `--only` and `--server`, or a message naming what is wrong. */
function entryFilter(only: string | undefined, servers: string | undefined, scenario: Scenario): ((entry: LogEntry) => boolean) | string {
	const split = (text: string) => text.split(',').map((word) => word.trim()).filter(Boolean);
	const types = only === undefined ? undefined : split(only);
	const unknownType = types?.find((type) => !(logEntryTypes as readonly string[]).includes(type));
	if (unknownType) return `--only: unknown entry type "${unknownType}"; expected some of ${logEntryTypes.join(', ')}`;
	const ids = servers === undefined ? undefined : split(servers);
	const unknownId = ids?.find((id) => !scenario.servers.some((server) => server.id === id));
	if (unknownId) return `--server: no server "${unknownId}" in the scenario`;
	return (entry) => (types === undefined || types.includes(entry.type)) && (ids === undefined || ids.includes(entry.server));
}

function timeline(scenario: Scenario, log: readonly LogEntry[], final: ReturnType<typeof runScenario>['final']): string {
	const profile = getVersionProfile(scenario.umbraco, scenario.settings);
	const heading = `Umbraco ${scenario.umbraco} (simulated with the ${profile.behaviour} code), ${scenario.servers.length} server${scenario.servers.length === 1 ? '' : 's'}, 0–${scenario.until} s`;
	const body = log.length > 0 ? formatLog(log) : ['  (no entries)'];
	return `${[heading, '', ...body, '', ...formatFinal(final, scenario.until)].join('\n')}\n`;
}

/** `lbplan simulate`. */
export const simulateCommand: CliCommand = {
	name: 'simulate',
	summary: 'run a scenario on a simulated clock: roles, election, cache instructions, jobs',
	help,
	async run(args, io) {
		const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, only: { type: 'string' }, server: { type: 'string' } });
		if (!parsed.ok) return usageError(io, 'simulate', parsed.message);
		const [path, ...extra] = parsed.positionals;
		if (!path || extra.length > 0) return usageError(io, 'simulate', 'expected one scenario file');
		const loaded = await loadScenario(io, path);
		if (!loaded.ok) {
			io.err(`${loaded.message}\n`);
			return exitCodes.badInput;
		}
		const keep = entryFilter(parsed.values.only, parsed.values.server, loaded.scenario);
		if (typeof keep === 'string') return usageError(io, 'simulate', keep);
		for (const warning of loaded.warnings) io.err(`${path}: warning: ${formatIssue(warning)}\n`);
		const { log, final } = runScenario(loaded.scenario);
		const kept = log.filter(keep);
		io.out(parsed.values.json ? `${JSON.stringify({ log: kept, final }, null, 2)}\n` : timeline(loaded.scenario, kept, final));
		return exitCodes.ok;
	},
};
