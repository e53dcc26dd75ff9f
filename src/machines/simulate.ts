/**
 * The headless simulation: a scenario in, the log and the final state out. Deterministic:
 * no wall clock, no randomness, same-instant order fixed (`clock/ranks.ts`).
 */
import { createClusterRun } from './cluster/cluster-run';
import { getVersionProfile } from './versions/version-profile';
import { readFinalState, type FinalState } from './cluster/final-state';
import type { LogEntry } from './log';
import { scenarioCommands } from './scenario/scenario-commands';
import type { Scenario } from './scenario/scenario-types';
import { ScenarioError, validateScenario } from './scenario/validate-scenario';

/** What a simulation returns: the log, ordered by time, and the final state. */
export interface SimulationResult {
	readonly log: readonly LogEntry[];
	readonly final: FinalState;
}

/** How to run a scenario; the defaults are what `lbplan simulate` uses. */
export interface SimulateOptions {
	/**
	 * Deliver every tick: poll on each sync tick instead of sleeping through polls that would
	 * read nothing, and hand every touch's answer to its loop instead of logging the ones
	 * that change nothing at the database. Same result, slower (the shortcuts' own test).
	 */
	readonly everyTick?: boolean;
}

/** Runs a validated scenario. */
export function runScenario(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
	const profile = getVersionProfile(scenario.umbraco, scenario.settings);
	const run = createClusterRun({ ...scenario, profile, everyTick: options.everyTick ?? false });
	for (const command of scenarioCommands(scenario)) run.schedule(command);
	run.runUntil(scenario.until);
	const result = { log: [...run.log], final: readFinalState(run.context(), run.tables()) };
	run.stop();
	return result;
}

/**
 * Simulates a scenario file v1 (already parsed from JSON).
 *
 * @throws ScenarioError listing every problem, each with its JSON path.
 * @example simulate({ umbraco: '13.5.2', servers: [{ id: 'A', start: 0 }], until: 120 }).log[0]
 * // { t: 0, server: 'A', type: 'start' }
 */
export function simulate(input: unknown, options: SimulateOptions = {}): SimulationResult {
	const validation = validateScenario(input);
	if (!validation.ok) throw new ScenarioError(validation.issues);
	return runScenario(validation.scenario, options);
}
