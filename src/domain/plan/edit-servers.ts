/**
 * Builder edits of the servers of a draft: add, remove, copy, reorder, put behind the load
 * balancer, pin roles. Each returns a new draft (the input is never changed), never throws,
 * and writes no value the schema would fill in by itself.
 */
import type { PlanDraft, ServerInput } from './draft';
import { defaultBehindLoadBalancer } from './queries';
import { copyIdentity, newServerIdentity, reserve, takenIdentities } from './server-identity';
import { setAt } from './set-at';

/** `backoffice` (editors use it) or `frontend` (serves the public site). */
export type ServerKind = ServerInput['kind'];
/** How a server's role is decided: `elected` (the default), pinned `publisher` or `subscriber`, or `single`. */
export type ServerRole = NonNullable<ServerInput['role']>;

/** The schema's limit on `servers`; adding or copying stops there. */
export const maxServers = 60;

/** What `addServer` may set besides the defaults. */
export interface AddServerOptions {
	readonly behindLoadBalancer?: boolean;
	/** Whole number from 1 to 100; other values are brought into that range. */
	readonly instances?: number;
}

export { defaultBehindLoadBalancer };

const serverIndex = (draft: PlanDraft, id: string): number => draft.servers.findIndex((s) => s.id === id);

const clampInstances = (n: number): number => (Number.isFinite(n) ? Math.min(100, Math.max(1, Math.round(n))) : 1);

/**
 * Appends a server with a fresh id, name and host (`admin`, `admin-2` … or `web-1`,
 * `web-2` …). `behindLoadBalancer` and `instances` are written only when they differ from
 * the defaults; the role is left out (elected). `id` is undefined, and the draft
 * unchanged, when the draft already has `maxServers` servers.
 */
export function addServer(draft: PlanDraft, kind: ServerKind, options: AddServerOptions = {}): { draft: PlanDraft; id: string | undefined } {
	if (draft.servers.length >= maxServers) return { draft, id: undefined };
	const identity = newServerIdentity(takenIdentities(draft.servers), kind);
	const instances = options.instances === undefined ? 1 : clampInstances(options.instances);
	const behind = options.behindLoadBalancer;
	const server: ServerInput = {
		...identity,
		kind,
		...(behind !== undefined && behind !== defaultBehindLoadBalancer(kind) ? { behindLoadBalancer: behind } : {}),
		...(instances !== 1 ? { instances } : {}),
	};
	return { draft: setAt(draft, ['servers'], [...draft.servers, server]), id: identity.id };
}

/**
 * Removes the servers with these ids and repairs what referred to them, so the draft stays
 * valid: the Courier target is cleared, and Engage moves to another backoffice server or is
 * removed. `notes` says, one sentence each, what changed besides the servers.
 */
export function removeServers(draft: PlanDraft, ids: readonly string[]): { draft: PlanDraft; notes: string[] } {
	const gone = new Set(ids);
	const removed = draft.servers.filter((s) => gone.has(s.id));
	if (removed.length === 0) return { draft, notes: [] };
	const nameOf = (id: string) => removed.find((s) => s.id === id)?.name ?? id;
	let next = setAt(draft, ['servers'], draft.servers.filter((s) => !gone.has(s.id)));
	const notes: string[] = [];
	const courier = draft.legacy?.courierTarget;
	if (courier !== undefined && gone.has(courier)) {
		next = setAt(next, ['legacy', 'courierTarget'], undefined);
		notes.push(`Courier no longer has a target: ${nameOf(courier)} was removed.`);
	}
	const cm = draft.engage?.cmServer;
	if (cm !== undefined && gone.has(cm)) {
		const successor = next.servers.find((s) => s.kind === 'backoffice');
		next = setAt(next, successor ? ['engage', 'cmServer'] : ['engage'], successor?.id);
		notes.push(successor ? `Umbraco Engage now uses ${successor.name} as its CM server.` : `Umbraco Engage was removed with its CM server ${nameOf(cm)}.`);
	}
	return { draft: next, notes };
}

/**
 * Copies the servers with these ids, each right after its original, with a fresh id, name
 * and host (the next free number of `web-N` / `admin`, else `<name> copy`). Everything else
 * is copied as it is. Stops at `maxServers`; `ids` are the copies' ids, in order.
 */
export function duplicateServers(draft: PlanDraft, ids: readonly string[]): { draft: PlanDraft; ids: string[] } {
	const wanted = new Set(ids);
	const taken = takenIdentities(draft.servers);
	const servers: ServerInput[] = [];
	const copies: string[] = [];
	let room = maxServers - draft.servers.length;
	for (const server of draft.servers) {
		servers.push(server);
		if (!wanted.has(server.id) || room <= 0) continue;
		const identity = copyIdentity(taken, server);
		reserve(taken, identity);
		servers.push({ ...server, ...identity });
		copies.push(identity.id);
		room--;
	}
	return copies.length === 0 ? { draft, ids: [] } : { draft: setAt(draft, ['servers'], servers), ids: copies };
}

/** Puts a server behind the load balancer or takes it out; the default for its kind is left out. */
export function setBehindLoadBalancer(draft: PlanDraft, id: string, value: boolean): PlanDraft {
	const index = serverIndex(draft, id);
	if (index < 0) return draft;
	return setAt(draft, ['servers', index, 'behindLoadBalancer'], value === defaultBehindLoadBalancer(draft.servers[index]!.kind) ? undefined : value);
}

/** Moves a server to `toIndex` (clamped to the list); the diagram follows the model's order. */
export function moveServer(draft: PlanDraft, id: string, toIndex: number): PlanDraft {
	const from = serverIndex(draft, id);
	if (from < 0) return draft;
	const to = Number.isFinite(toIndex) ? Math.min(draft.servers.length - 1, Math.max(0, Math.trunc(toIndex))) : from;
	if (to === from) return draft;
	const servers = draft.servers.filter((_, i) => i !== from);
	servers.splice(to, 0, draft.servers[from]!);
	return setAt(draft, ['servers'], servers);
}

/** Sets the roles of several servers at once (by id); `elected`, the default, is written by leaving `role` out. */
export function setRoles(draft: PlanDraft, roles: Readonly<Record<string, ServerRole>>): PlanDraft {
	return draft.servers.reduce((next, server, index) => {
		if (!Object.hasOwn(roles, server.id)) return next;
		const role = roles[server.id];
		return setAt(next, ['servers', index, 'role'], role === 'elected' ? undefined : role);
	}, draft);
}
