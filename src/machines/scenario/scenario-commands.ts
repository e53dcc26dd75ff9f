/**
 * A scenario as timed cluster commands, each with its same-instant sort key: initial
 * starts (file order of `servers`), then `events` (file order), and for each `dbFailure`
 * a restore at its `until`. The clock sorts them by (time, kind rank, file order); see
 * `clock/ranks.ts`. Events in the file need not be sorted.
 */
import type { ClusterCommand } from '../cluster/cluster-events';
import { ranks } from '../clock/ranks';
import type { TimerKey } from '../clock/simulation-clock';
import type { Scenario, ScenarioEvent } from './scenario-types';

/** A cluster command and where it sorts on the clock. */
export interface TimedCommand {
	readonly key: TimerKey;
	readonly command: ClusterCommand;
}

function eventCommands(event: ScenarioEvent, order: number): TimedCommand[] {
	const { at, server } = event;
	const key = { at, rank: ranks[event.do], order };
	switch (event.do) {
		case 'publish':
		case 'edit':
			return [{ key, command: { type: `scenario.${event.do}`, at, server, instructions: event.instructions } }];
		case 'dbFailure':
			return [
				{ key, command: { type: 'scenario.dbFailure', at, server } },
				{ key: { at: event.until, rank: ranks.dbRestore, order }, command: { type: 'scenario.dbRestore', at: event.until, server } },
			];
		// The database knows when a hang ends, so it needs no second command.
		case 'dbHang':
			return [{ key, command: { type: 'scenario.dbHang', at, server, until: event.until } }];
		case 'recycle':
			return [{ key, command: event.mainDom === 'lost' ? { type: 'scenario.recycle', at, server, mainDomLost: true } : { type: 'scenario.recycle', at, server } }];
		default:
			return [{ key, command: { type: `scenario.${event.do}`, at, server } }];
	}
}

/** Every command of a scenario, in file order (the clock does the sorting). */
export function scenarioCommands(scenario: Scenario): TimedCommand[] {
	const starts = scenario.servers.map(
		(server, order): TimedCommand => ({ key: { at: server.start, rank: ranks.start, order }, command: { type: 'scenario.start', at: server.start, server: server.id } })
	);
	return [...starts, ...scenario.events.flatMap((event, index) => eventCommands(event, scenario.servers.length + index))];
}

/** The commands sorted as the clock runs them (for display and tests). */
export function sortCommands(commands: readonly TimedCommand[]): TimedCommand[] {
	return [...commands].sort((a, b) => a.key.at - b.key.at || a.key.rank - b.key.rank || a.key.order - b.key.order);
}
