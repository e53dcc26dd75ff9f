/** Shorthands for scenario tests: build a scenario, run it, pick entries out of the log. */
import type { LogEntry } from '../../../src/machines/log';
import { simulate, type SimulationResult } from '../../../src/machines/simulate';

export interface ScenarioInput {
	readonly umbraco?: string;
	readonly settings?: Record<string, number>;
	readonly servers: readonly Record<string, unknown>[];
	readonly events?: readonly Record<string, unknown>[];
	readonly until: number;
}

/** Runs a scenario (Umbraco 13.5.2 unless given). */
export function run(input: ScenarioInput, everyTick = false): SimulationResult {
	return simulate({ umbraco: '13.5.2', events: [], ...input }, { everyTick });
}

/** The entries of one server and type. */
export function entries(log: readonly LogEntry[], server: string, type: LogEntry['type']): LogEntry[] {
	return log.filter((entry) => entry.server === server && entry.type === type);
}

/** When a server did something. */
export function times(log: readonly LogEntry[], server: string, type: LogEntry['type']): number[] {
	return entries(log, server, type).map((entry) => entry.t);
}

/** A server's role changes as `t:Role`. */
export function roles(log: readonly LogEntry[], server: string): string[] {
	return log.flatMap((entry) => (entry.server === server && entry.type === 'role' ? [`${entry.t}:${entry.role}`] : []));
}

/** When a server ran a job. */
export function jobTimes(log: readonly LogEntry[], server: string, job: string): number[] {
	return log.flatMap((entry) => (entry.server === server && entry.type === 'job' && entry.job === job ? [entry.t] : []));
}

/** Instruction ids a server applied, in log order. */
export function applied(log: readonly LogEntry[], server: string): number[] {
	return log.flatMap((entry) => (entry.server === server && entry.type === 'apply' ? [entry.instruction] : []));
}
