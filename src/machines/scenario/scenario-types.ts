/**
 * Scenario file v1: what `simulate` and `lbplan simulate` read. Times are simulated
 * seconds. See `validate-scenario.ts` for the checks and README "Simulation scenarios"
 * for the documentation.
 */
import type { SimulationSettings } from '../settings';

/**
 * How a server gets its role [§1.2]: `elected` (`ElectedServerRoleAccessor`, the default),
 * `publisher` / `subscriber` (a custom accessor pinning SchedulingPublisher / Subscriber),
 * `single` (`DisableElectionForSingleServer`).
 */
export const roleAccessors = ['elected', 'publisher', 'subscriber', 'single'] as const;
/** One role accessor. */
export type RoleAccessor = (typeof roleAccessors)[number];

/** What an event does, in the order same-instant events of different kinds run (`clock/ranks.ts`). */
export const eventKinds = ['start', 'recycle', 'dbFailure', 'dbHang', 'request', 'publish', 'edit', 'stop', 'crash'] as const;
/** One event kind (`do`). */
export type EventKind = (typeof eventKinds)[number];

/** A server of the scenario, defaults filled in. */
export interface ScenarioServer {
	readonly id: string;
	/** When the server's first process starts. */
	readonly start: number;
	readonly role: RoleAccessor;
	/** Whether `UmbracoApplicationUrl` is configured; otherwise a request may reveal it. */
	readonly appUrl: boolean;
	/**
	 * `changes`: the machine name is new after every `start` (containers, Azure App Service on
	 * Linux) [ISSUE-22947]; absent or `stable`: it survives restarts. A recycle keeps it.
	 */
	readonly machineName?: MachineName;
	/**
	 * A stable per-instance id for 17.6+'s identity chain: `Hosting:MachineIdentifier`, or Azure's
	 * `WEBSITE_INSTANCE_ID` [PR-23233]. Ignored before 17.6 / 18.1. Absent: false.
	 */
	readonly machineIdentifier?: boolean;
}

/** Whether a server's machine name survives a restart. */
export const machineNames = ['stable', 'changes'] as const;
/** One machine-name behaviour. */
export type MachineName = (typeof machineNames)[number];

/**
 * What the new process of a `recycle` gets of MainDom: `handover` (the default) waits until the
 * old process lets go; `lost` runs without it, as when it loses the race at boot [ISSUE-23219].
 */
export const recycleMainDom = ['handover', 'lost'] as const;
/** One recycle outcome. */
export type RecycleMainDom = (typeof recycleMainDom)[number];

/**
 * An event of the scenario; `publish`/`edit` carry `instructions`, `dbFailure` and `dbHang`
 * carry `until`, a `recycle` may carry `mainDom`.
 */
export type ScenarioEvent =
	| { readonly at: number; readonly server: string; readonly do: 'start' | 'stop' | 'crash' | 'request' }
	| { readonly at: number; readonly server: string; readonly do: 'recycle'; readonly mainDom?: RecycleMainDom }
	| { readonly at: number; readonly server: string; readonly do: 'publish' | 'edit'; readonly instructions: number }
	| { readonly at: number; readonly server: string; readonly do: 'dbFailure' | 'dbHang'; readonly until: number };

/** A validated scenario with defaults filled in. */
export interface Scenario {
	readonly umbraco: string;
	readonly settings: SimulationSettings;
	readonly servers: readonly ScenarioServer[];
	readonly events: readonly ScenarioEvent[];
	readonly until: number;
}
