/**
 * Context of the cluster actor and the pure bookkeeping around it: which processes each
 * server has had, which one serves requests, which one holds MainDom, and what each
 * server's local last-synced file says between processes.
 */
import type { ActorRefFrom, AnyActorRef } from 'xstate';
import type { ScenarioServer } from '../scenario/scenario-types';
import type { ProcessPhaseEvent } from '../server/process-events';
import type { serverProcessMachine } from '../server/server-process-machine';
import type { SimulationSettings } from '../settings';
import type { VersionProfile } from '../versions/version-profile';

/** One process of a server, as the cluster tracks it. */
export interface ProcessEntry {
	readonly serverId: string;
	readonly incarnation: number;
	readonly ref: ActorRefFrom<typeof serverProcessMachine>;
	/** `starting` covers contending for MainDom and booting. */
	readonly phase: 'starting' | ProcessPhaseEvent['phase'];
}

/** The cluster's input. */
export interface ClusterInput {
	readonly profile: VersionProfile;
	readonly settings: SimulationSettings;
	readonly servers: readonly ScenarioServer[];
	/** Deliver every poll and every touch answer, without the shortcuts (same log, slower; see `SimulateOptions`). */
	readonly everyTick: boolean;
}

/** The cluster's context. */
export interface ClusterContext extends ClusterInput {
	readonly database: AnyActorRef;
	/** v17 only. */
	readonly jobHosts: AnyActorRef | null;
	/** Every process so far, oldest first. */
	readonly processes: readonly ProcessEntry[];
	/** Each server's local last-synced file (v8–v16), as the last ended process left it. */
	readonly files: Readonly<Record<string, number>>;
}

const isAlive = (entry: ProcessEntry) => entry.phase !== 'ended';

/** The processes of a server that have not ended, oldest first. */
export function liveProcesses(context: ClusterContext, serverId: string): readonly ProcessEntry[] {
	return context.processes.filter((entry) => entry.serverId === serverId && isAlive(entry));
}

/** The process that answers a server's requests: the newest one that is running. */
export function servingProcess(context: ClusterContext, serverId: string): ProcessEntry | undefined {
	return context.processes.findLast((entry) => entry.serverId === serverId && entry.phase === 'serving');
}

/** The process holding MainDom: it booted (or tried to) and has not ended. */
export function mainDomHolder(context: ClusterContext, serverId: string): ProcessEntry | undefined {
	return liveProcesses(context, serverId).findLast((entry) => entry.phase === 'serving' || entry.phase === 'bootFailed');
}

/** The newest process of a server, alive or not. */
export function newestProcess(context: ClusterContext, serverId: string): ProcessEntry | undefined {
	return context.processes.findLast((entry) => entry.serverId === serverId);
}

/** The next process number of a server. */
export function nextIncarnation(context: ClusterContext, serverId: string): number {
	return (newestProcess(context, serverId)?.incarnation ?? 0) + 1;
}
