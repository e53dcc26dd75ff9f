/**
 * What every loop of a process knows and never changes. Loops keep it as one `config`
 * object in their context: xstate copies the context on every assignment, and a small
 * context is several times cheaper to copy than a wide one.
 */
import type { AnyActorRef } from 'xstate';
import type { SimulationSettings } from '../settings';
import type { VersionProfile } from '../versions/version-profile';

/** The fixed part every loop of a process shares. */
export interface LoopConfig {
	readonly serverId: string;
	/** The server's position in `servers`: the same-instant tie-break of its timers. */
	readonly order: number;
	readonly database: AnyActorRef;
	readonly profile: VersionProfile;
	readonly settings: SimulationSettings;
}
