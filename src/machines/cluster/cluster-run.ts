/**
 * A running simulated cluster: the cluster actor on its clock, with the log it writes.
 * Commands are scheduled at their instants; `runUntil` moves time. `simulate` uses it for
 * a whole scenario; tests use it to step.
 */
import { createActor } from 'xstate';
import { SimulationClock } from '../clock/simulation-clock';
import { storeOf } from '../database/database-machine';
import type { DatabaseState } from '../database/database-state';
import type { LogEntry } from '../log';
import type { TimedCommand } from '../scenario/scenario-commands';
import type { ScenarioServer } from '../scenario/scenario-types';
import type { SimulationSettings } from '../settings';
import type { VersionProfile } from '../versions/version-profile';
import type { ClusterContext } from './cluster-context';
import { provideSimulationEffects } from './provide-effects';

/**
 * What a cluster run needs: the version's profile (`getVersionProfile`), settings and servers
 * of a scenario. The profile comes in ready-made so a page can compute it where it validates
 * the scenario and the cluster itself never loads the version catalogue.
 */
export interface ClusterRunConfig {
	readonly profile: VersionProfile;
	readonly settings: SimulationSettings;
	readonly servers: readonly ScenarioServer[];
	readonly everyTick?: boolean;
}

/** A cluster being simulated: schedule commands, move time, read the log and tables. */
export interface ClusterRun {
	readonly profile: VersionProfile;
	readonly log: readonly LogEntry[];
	readonly now: number;
	schedule(command: TimedCommand): void;
	runUntil(at: number): void;
	context(): ClusterContext;
	tables(): DatabaseState;
	stop(): void;
}

/** Starts a cluster actor on a fresh simulated clock (no server runs until a start command). */
export function createClusterRun(config: ClusterRunConfig): ClusterRun {
	const clock = new SimulationClock();
	const log: LogEntry[] = [];
	const { profile } = config;
	const input = { profile, settings: config.settings, servers: config.servers, everyTick: config.everyTick ?? false };
	const cluster = createActor(provideSimulationEffects(clock, log), { input });
	cluster.start();
	const context = () => cluster.getSnapshot().context;
	return {
		profile,
		log,
		get now() {
			return clock.now;
		},
		schedule: ({ key, command }) => void clock.schedule(key, (event) => cluster.send(event), command),
		runUntil: (at) => clock.runUntil(at),
		context,
		tables: () => storeOf(context().database)!.tables,
		stop: () => cluster.stop(),
	};
}
