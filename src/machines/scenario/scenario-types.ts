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
export const eventKinds = ['start', 'recycle', 'dbFailure', 'request', 'publish', 'edit', 'stop', 'crash'] as const;
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
}

/** An event of the scenario; `publish`/`edit` carry `instructions`, `dbFailure` carries `until`. */
export type ScenarioEvent =
	| { readonly at: number; readonly server: string; readonly do: 'start' | 'stop' | 'crash' | 'request' | 'recycle' }
	| { readonly at: number; readonly server: string; readonly do: 'publish' | 'edit'; readonly instructions: number }
	| { readonly at: number; readonly server: string; readonly do: 'dbFailure'; readonly until: number };

/** A validated scenario with defaults filled in. */
export interface Scenario {
	readonly umbraco: string;
	readonly settings: SimulationSettings;
	readonly servers: readonly ScenarioServer[];
	readonly events: readonly ScenarioEvent[];
	readonly until: number;
}
