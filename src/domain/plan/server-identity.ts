/**
 * Fresh ids, display names and host names for servers the builder adds or copies: unique
 * in the draft, and valid for the schema (id `^[a-z0-9][a-z0-9-]{0,39}$`, name ≤ 100,
 * host ≤ 253 characters).
 */
import type { ServerInput } from './draft';

/** What makes a server recognisable: its id, display name and internal host. */
export interface ServerIdentity {
	readonly id: string;
	readonly name: string;
	readonly host: string;
}

/** Identities already in use; names and hosts compare case-insensitively. */
export interface TakenIdentities {
	readonly ids: Set<string>;
	readonly names: Set<string>;
	readonly hosts: Set<string>;
}

const idPattern = /^[a-z0-9][a-z0-9-]{0,39}$/;
const limits = { id: 40, name: 100, host: 253 } as const;

/** The identities of `servers`, as a set to add new ones to. */
export function takenIdentities(servers: readonly ServerInput[]): TakenIdentities {
	const taken: TakenIdentities = { ids: new Set(), names: new Set(), hosts: new Set() };
	for (const server of servers) reserve(taken, server);
	return taken;
}

/** Marks an identity as used. */
export function reserve(taken: TakenIdentities, identity: ServerIdentity): void {
	taken.ids.add(identity.id);
	taken.names.add(identity.name.toLowerCase());
	taken.hosts.add(identity.host.toLowerCase());
}

function isFree(taken: TakenIdentities, c: ServerIdentity): boolean {
	const valid = idPattern.test(c.id) && c.name.length <= limits.name && c.host.length <= limits.host;
	return valid && !taken.ids.has(c.id) && !taken.names.has(c.name.toLowerCase()) && !taken.hosts.has(c.host.toLowerCase());
}

/** A numbered family of identities, e.g. n ↦ `web-n` / `Web n` / `webn.internal`. */
type Family = (n: number) => ServerIdentity;

/** The family's first free member from `from` on (every server blocks at most three members). */
function firstFree(taken: TakenIdentities, family: Family, from: number): ServerIdentity | undefined {
	const last = from + 3 * (Math.max(taken.ids.size, taken.names.size, taken.hosts.size) + 1);
	for (let n = from; n <= last; n++) {
		const candidate = family(n);
		if (isFree(taken, candidate)) return candidate;
	}
	return undefined;
}

const newServerFamilies: Record<ServerInput['kind'], Family> = {
	backoffice: (n) => (n === 1 ? { id: 'admin', name: 'Admin', host: 'admin.internal' } : { id: `admin-${n}`, name: `Admin ${n}`, host: `admin${n}.internal` }),
	frontend: (n) => ({ id: `web-${n}`, name: `Web ${n}`, host: `web${n}.internal` }),
};

/**
 * The identity of a new server: `admin`, `admin-2` … for backoffice servers and `web-1`,
 * `web-2` … for front-ends, the lowest number whose id, name and host are all free.
 */
export function newServerIdentity(taken: TakenIdentities, kind: ServerInput['kind']): ServerIdentity {
	return firstFree(taken, newServerFamilies[kind], 1) ?? copyFamily({ id: kind === 'backoffice' ? 'admin' : 'web', name: 'Server', host: 'server.internal' })(1);
}

/** `host` split after its first label: `web1.internal` → `['web1', '.internal']`. */
function splitHost(host: string): [label: string, rest: string] {
	const dot = host.indexOf('.');
	return dot < 0 ? [host, ''] : [host.slice(0, dot), host.slice(dot)];
}

/** `base` cut so that `base + suffix` fits in `max` characters. */
const fit = (base: string, suffix: string, max: number): string => base.slice(0, Math.max(0, max - suffix.length)) + suffix;

/** `host` with `suffix` after its first label, within 253 characters. */
function hostWith(host: string, suffix: string): string {
	const [label, rest] = splitHost(host);
	return rest.length + suffix.length < limits.host ? fit(label, suffix, limits.host - rest.length) + rest : fit(host, suffix, limits.host);
}

/** Lower-case letters, digits and dashes, starting with a letter or digit. */
function toServerId(text: string): string {
	const slug = text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z0-9]+/, '');
	return slug === '' ? 'server' : slug;
}

/** Copies named after the original: `<id>-copy`, `<name> copy`, `<label>-copy.<rest>`, then `… 2`, `… 3`. */
function copyFamily(original: ServerIdentity): Family {
	const id = toServerId(original.id);
	return (n) => {
		const tail = n === 1 ? '' : `-${n}`;
		return {
			id: fit(id, `-copy${tail}`, limits.id),
			name: fit(original.name, n === 1 ? ' copy' : ` copy ${n}`, limits.name),
			host: hostWith(original.host, `-copy${tail}`),
		};
	};
}

/** `web-2` / `Web 2` / `web2.internal`: the same number at the end of id, name and first host label. */
function numberedFamily(original: ServerIdentity): [Family, number] | undefined {
	const id = /^([a-z0-9][a-z0-9-]*)-(\d{1,4})$/.exec(original.id);
	const name = /^(.*\S)\s+(\d{1,4})$/.exec(original.name);
	const [label, rest] = splitHost(original.host);
	const host = /^(.*?)(-?)(\d{1,4})$/.exec(label);
	if (!id || !name || !host) return undefined;
	const n = Number(id[2]);
	if (Number(name[2]) !== n || Number(host[3]) !== n) return undefined;
	return [(k) => ({ id: `${id[1]}-${k}`, name: `${name[1]} ${k}`, host: `${host[1]}${host[2]}${k}${rest}` }), n + 1];
}

/** `admin` / `Admin` / `admin.internal`: an unnumbered server whose name is its id; copies get 2, 3 … */
function unnumberedFamily(original: ServerIdentity): [Family, number] | undefined {
	const [label, rest] = splitHost(original.host);
	if (/\d$/.test(original.id) || /\d$/.test(label) || toServerId(original.name) !== original.id) return undefined;
	return [(k) => ({ id: `${original.id}-${k}`, name: `${original.name} ${k}`, host: `${label}${k}${rest}` }), 2];
}

/**
 * The identity of a copy of `original`: the next free number of its family (`Web 1` →
 * `Web 3` when `Web 2` exists; `Admin` → `Admin 2`), else `<name> copy` / `<id>-copy`.
 */
export function copyIdentity(taken: TakenIdentities, original: ServerIdentity): ServerIdentity {
	const numbered = numberedFamily(original) ?? unnumberedFamily(original);
	const found = numbered && firstFree(taken, numbered[0], numbered[1]);
	return found ?? firstFree(taken, copyFamily(original), 1) ?? copyFamily({ ...original, id: `s${taken.ids.size}` })(1);
}
