/** Events shared by a server process and the loops it runs. Every event carries its instant. */
import type { ElectedRole } from '../database/server-registrations';
import type { Role } from '../versions/version-profile';

/** The timer a machine set with `armTimer` (at its context's `nextAt`) went off. */
export interface TickEvent {
	readonly type: 'clock.tick';
	readonly at: number;
}

/** The process served its first request (v8 starts its loops; v13–17.3 learn the URL). */
export interface FirstRequestEvent {
	readonly type: 'server.firstRequest';
	readonly at: number;
}

/** A touch computed a role (touch loop → process). */
export interface RoleElectedEvent {
	readonly type: 'role.elected';
	readonly at: number;
	readonly role: ElectedRole;
}

/** The process's in-memory role changed (process → loops that read it). */
export interface RoleChangedEvent {
	readonly type: 'role.changed';
	readonly at: number;
	readonly role: Role;
}

/** The process's database calls hang until `until` (scenario `dbHang`; process → sync loop). */
export interface DbHangEvent {
	readonly type: 'server.dbHang';
	readonly at: number;
	readonly until: number;
}
