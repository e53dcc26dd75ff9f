/** Input and context of one server process (`server-process-machine.ts`). */
import type { AnyActorRef } from 'xstate';
import type { RoleAccessor } from '../scenario/scenario-types';
import type { SimulationSettings } from '../settings';
import type { Role, VersionProfile } from '../versions/version-profile';

/** What the cluster gives a new process. */
export interface ServerProcessInput {
	readonly serverId: string;
	/** The server's position in the scenario's `servers`: the same-instant tie-break. */
	readonly order: number;
	/** 1 for the server's first process, 2 after a restart, … */
	readonly incarnation: number;
	readonly accessor: RoleAccessor;
	readonly appUrlConfigured: boolean;
	readonly startAt: number;
	readonly profile: VersionProfile;
	readonly settings: SimulationSettings;
	readonly database: AnyActorRef;
	/** The process holding MainDom that this one must take it from (an overlapping restart). */
	readonly predecessor: AnyActorRef | null;
	/**
	 * An overlapping restart whose new process loses the MainDom race: it runs without MainDom
	 * (scenario `recycle` with `"mainDom": "lost"`) [ISSUE-23219].
	 */
	readonly mainDomLost: boolean;
	/** `Environment.MachineName` of the process: the server id, or `<id>@<n>` when it changes per start. */
	readonly machineName: string;
	/** The v17 `umbracoLastSynced` machine id of the process (17.6+: the configured id if any) [PR-23233]. */
	readonly machineId: string;
	/** What the server's local last-synced file holds (v8–v16); null if it was never written. */
	readonly lastSyncedFile: number | null;
	readonly everyTick: boolean;
}

/** A process's context: its fixed `config`, and what changes while it runs. */
export interface ServerProcessContext {
	readonly config: ServerProcessInput;
	/** LocalIdentity: new for every process [§2.1]. */
	readonly localIdentity: string;
	/** The in-memory role (`IServerRoleAccessor.CurrentServerRole`). */
	readonly role: Role;
	readonly appUrlKnown: boolean;
	readonly firstRequestAt: number | null;
	/** When MainDom was acquired and the boot ran; loops count from here. */
	readonly bootAt: number;
	/** The local last-synced file as it was when MainDom was acquired. */
	readonly lastSyncedFile: number | null;
	/** After boot: the position the sync loop starts from; at the end: where it stopped. */
	readonly lastSynced: number | null;
	/** A process waiting for this one to release MainDom. */
	readonly contender: AnyActorRef | null;
	/** The process's one timer: when it releases MainDom to the contender. */
	readonly nextAt: number | null;
}

/** The role a new process has before anything happens [§1.2]. */
export function initialRole(accessor: RoleAccessor): Role {
	return accessor === 'elected' ? 'unknown' : accessor;
}

/** The context of a process that has just started: Unknown (or its pinned role), nothing synced. */
export function initialProcessContext(input: ServerProcessInput): ServerProcessContext {
	return {
		config: input,
		localIdentity: `${input.serverId}#${input.incarnation}`,
		role: initialRole(input.accessor),
		appUrlKnown: input.appUrlConfigured,
		firstRequestAt: null,
		bootAt: input.startAt,
		lastSyncedFile: input.lastSyncedFile,
		lastSynced: null,
		contender: null,
		nextAt: null,
	};
}
