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
	/** The machine name it ran under (`ServerProcessInput.machineName`). */
	readonly machineName: string;
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
	/** The local last-synced files (v8–v16) by `fileKey`, as the last ended process left them. */
	readonly files: Readonly<Record<string, number>>;
}

/**
 * Which local last-synced file a process reads and writes [§2.4]: v8 names it by the app id
 * (the server here), v9–v16 by a hash of machine name and app id, so a new machine name
 * finds no file [ISSUE-22947].
 */
export function fileKey(context: ClusterInput, serverId: string, machineName: string): string {
	return context.profile.behaviour === 'v8' ? serverId : machineName;
}

/**
 * The machine name of a new process: the server id, or, for a server whose name changes on
 * every start (`machineName: "changes"`), `<id>@<n>` for its n-th machine. An overlapping
 * restart runs on the machine of the process it replaces.
 */
export function machineNameOf(context: ClusterContext, server: ScenarioServer, predecessor: ProcessEntry | undefined): string {
	if (server.machineName !== 'changes') return server.id;
	if (predecessor) return predecessor.machineName;
	const used = new Set(context.processes.filter((entry) => entry.serverId === server.id).map((entry) => entry.machineName));
	return `${server.id}@${used.size + 1}`;
}

/**
 * The `umbracoLastSynced` machine id of a process (v17): from 17.6 / 18.1 a configured
 * `Hosting:MachineIdentifier` or Azure's `WEBSITE_INSTANCE_ID` comes first, stable across
 * restarts (here: the server id); otherwise, and always before, the machine name [PR-23233]
 * (`AzureWebsiteInstanceIdMachineIdentityProvider`: "remains stable across container
 * recycles, unlike Environment.MachineName"). The `umbracoServer` identity is not affected here:
 * rows stay keyed by server id (in Umbraco the machine name is part of it too; not simulated).
 */
export function machineIdOf(context: ClusterInput, server: ScenarioServer, machineName: string): string {
	return context.profile.stableMachineIdentity && server.machineIdentifier === true ? server.id : machineName;
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
