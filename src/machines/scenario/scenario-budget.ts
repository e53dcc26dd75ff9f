/**
 * How much work a valid scenario asks for, estimated before it runs. Each limit alone
 * (servers, `until`, periods) is loose enough for real scenarios, but together they could
 * still ask for billions of steps: 200 servers touching every second for a year. The run's
 * cost follows its log, so the estimate counts what gets logged, rounded up:
 *
 * - touches: `servers × until / touchPeriod`;
 * - background jobs and pruning on each server that can be SchedulingPublisher at once
 *   (every `publisher` and `single` server, plus one for the `elected` ones):
 *   `until × (1 / 5 s + 2 / pruneThrottle)`: 5 s is the fastest job timer (v17's
 *   distributed-job check; `webhookFiring` runs every 10 s from 13), and a prune can log
 *   twice (the 16.1+ pruning job, then its prune);
 * - instruction rows, each polled and applied by every server: `rows × servers`;
 * - each server and each event: 5 steps (a process start logs `start`, `boot` and two
 *   `role` entries, and a recycle the old process's `stop`).
 *
 * Process starts are counted apart: each costs more than the one before.
 */
import type { IssueList } from './scenario-issues';
import { formatCount } from '../../domain/units';
import { scenarioLimits } from './scenario-limits';
import type { Scenario } from './scenario-types';

/** Fastest background-job timer of any version, in seconds (see the file comment). */
const jobTimer = 5;
/** Steps of a server or an event at most (see the file comment). */
const startSteps = 5;

/** What a scenario asks for: processes, rows and simulation steps, split as the budget message needs them. */
export interface ScenarioWork {
	/** Processes started: one per server and per `start` or `recycle` event. */
	readonly processes: number;
	/** Cache-instruction rows the `publish` and `edit` events write in all. */
	readonly rows: number;
	/** Steps that grow with `until` (touches, jobs, pruning), per simulated second. */
	readonly stepsPerSecond: number;
	/** Steps that do not: applying the rows, and starting servers and events. */
	readonly fixedSteps: number;
	/** All steps over `0–until`. */
	readonly steps: number;
}

/** Servers that may run the publisher's jobs at the same time. */
function countLeaders(scenario: Scenario): number {
	const pinned = scenario.servers.filter((server) => server.role === 'publisher' || server.role === 'single').length;
	return pinned + (scenario.servers.some((server) => server.role === 'elected') ? 1 : 0);
}

/** Estimates a validated scenario's rows and steps (see the file comment); cheap, runs nothing. */
export function estimateScenarioWork(scenario: Scenario): ScenarioWork {
	const { settings, servers, events, until } = scenario;
	let rows = 0;
	let processes = servers.length;
	for (const event of events) {
		if (event.do === 'publish' || event.do === 'edit') rows += Math.ceil(event.instructions / settings.maxProcessingInstructionCount);
		else if (event.do === 'start' || event.do === 'recycle') processes += 1;
	}
	const stepsPerSecond = servers.length / settings.touchPeriod + countLeaders(scenario) * (1 / jobTimer + 2 / settings.pruneThrottle);
	const fixedSteps = rows * servers.length + startSteps * (servers.length + events.length);
	return { processes, rows, stepsPerSecond, fixedSteps, steps: until * stepsPerSecond + fixedSteps };
}

/** Records an issue when a scenario starts too many processes, writes too many rows or asks for too many steps; `true` if within. */
export function checkScenarioBudget(issues: IssueList, scenario: Scenario): boolean {
	const work = estimateScenarioWork(scenario);
	const { processes: processLimit, rows: rowLimit, steps: stepLimit } = scenarioLimits;
	const servers = scenario.servers.length;
	if (work.processes > processLimit) {
		issues.error('events', `the servers and their start and recycle events start ${formatCount(work.processes)} processes; the limit is ${formatCount(processLimit)}`);
		return false;
	}
	if (work.rows > rowLimit) {
		issues.error('events', `the publish and edit events write ${formatCount(work.rows)} cache-instruction rows in all (⌈instructions / maxProcessingInstructionCount⌉ each); the limit is ${formatCount(rowLimit)}`);
		return false;
	}
	if (work.steps <= stepLimit) return true;
	const about = `about ${formatCount(work.steps)} simulation steps; the limit is ${formatCount(stepLimit)}`;
	if (work.fixedSteps >= stepLimit) {
		issues.error('events', `${formatCount(work.rows)} cache-instruction rows, each applied by ${servers} servers, are ${about}: write fewer rows (fewer instructions or a larger maxProcessingInstructionCount) or use fewer servers`);
		return false;
	}
	const latest = Math.floor((stepLimit - work.fixedSteps) / work.stepsPerSecond);
	const { touchPeriod, pruneThrottle } = scenario.settings;
	issues.error(
		'until',
		`${servers} server${servers === 1 ? '' : 's'} (touchPeriod ${touchPeriod} s, pruneThrottle ${pruneThrottle} s) running for ${formatCount(scenario.until)} s is ${about}: set until to at most ${formatCount(latest)}, or use fewer servers or longer periods`,
	);
	return false;
}
