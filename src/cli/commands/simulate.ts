/** `lbplan simulate <scenario>`: run a scenario file v1 and print its timeline or `{ log, final }`. */
import { runScenario } from '../../machines/simulate';
import { logEntryTypes, type LogEntry } from '../../machines/log';
import { parseScenarioJson } from '../../machines/scenario/parse-scenario-json';
import { formatIssue, type ScenarioIssue } from '../../machines/scenario/scenario-issues';
import { formatCount, formatSize } from '../../domain/units';
import { scenarioLimits } from '../../machines/scenario/scenario-limits';
import type { Scenario } from '../../machines/scenario/scenario-types';
import { validateScenario } from '../../machines/scenario/validate-scenario';
import { formatFinal, formatLog } from '../../machines/timeline/format-timeline';
import { getVersionProfile } from '../../machines/versions/version-profile';
import { parseCommandArgs } from '../args';
import { exitCodes, type CliCommand, type CliIo } from '../command';
import { describeReadError, planText } from '../../domain/plan/plan-text';
import { usageError } from '../plan-file';

/** Problems printed in full; a scenario with thousands of bad events gets a count for the rest. */
const maxListed = 50;

const help = `Usage: lbplan simulate <scenario.json> [--json] [--only <types>] [--server <ids>]

Runs a scenario (scenario file v1) on a simulated clock, as Umbraco 8, 9–16 or 17+ would:
servers start, touch umbracoServer and elect a SchedulingPublisher (Master in v8), write and
apply cache instructions, prune, and run their background jobs. The same scenario always
gives the same log. Prints a timeline, one line per log entry, then the final state.
Exit code: 0 done, 2 the file is missing, not JSON, or not a valid scenario (each problem
with its JSON path; past ${maxListed}, a count of the rest).

Limits, checked before anything runs (README "Scenario file v1"): a file of ${formatSize(scenarioLimits.fileBytes)}, nested
${scenarioLimits.depth} levels; ${scenarioLimits.servers} servers with ids of up to ${scenarioLimits.idLength} characters; ${formatCount(scenarioLimits.events)} events; times up to
${formatCount(scenarioLimits.seconds)} s (a year) and periods from ${scenarioLimits.minPeriod} s; ${formatCount(scenarioLimits.instructions)} instructions per event and
${formatCount(scenarioLimits.rows)} instruction rows and ${formatCount(scenarioLimits.processes)} process starts in all; ${formatCount(scenarioLimits.steps)} simulation
steps, estimated as servers × until / touchPeriod, plus jobs and pruning, rows × servers
and events.

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
	let raw: string;
	try {
		// `readText` refuses anything but a regular file, and files past 1 MB unread (`scenarioLimits.fileBytes` is the same).
		raw = await io.readText(path);
	} catch (error) {
		return { ok: false, message: `${path}: ${describeReadError(error)}` };
	}
	const decoded = planText(path, raw);
	if (!decoded.ok) return decoded;
	const parsed = parseScenarioJson(decoded.text);
	if (!parsed.ok) return { ok: false, message: `${path}: ${parsed.issue.message}` };
	const result = validateScenario(parsed.value);
	if (result.ok) return result;
	const lines = result.issues.slice(0, maxListed).map((issue) => `  ${formatIssue(issue)}`);
	if (result.issues.length > maxListed) lines.push(`  … and ${formatCount(result.issues.length - maxListed)} more`);
	return { ok: false, message: `${path} is not a valid scenario (${formatCount(result.issues.length)} problem${result.issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}` };
}

/** The entry filter of `--only` and `--server`, or a message naming what is wrong. */
function entryFilter(only: string | undefined, servers: string | undefined, scenario: Scenario): ((entry: LogEntry) => boolean) | string {
	const split = (text: string) => text.split(',').map((word) => word.trim()).filter(Boolean);
	const types = only === undefined ? undefined : split(only);
	const unknownType = types?.find((type) => !(logEntryTypes as readonly string[]).includes(type));
	if (unknownType) return `--only: unknown entry type "${unknownType}"; expected some of ${logEntryTypes.join(', ')}`;
	// Ids may hold commas themselves: a value that is one whole id is that id, not a list.
	const ids = servers === undefined ? undefined : scenario.servers.some((server) => server.id === servers) ? [servers] : split(servers);
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
