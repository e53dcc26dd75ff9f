/** Shapes and the folding step shared by the central-share generators (shared-site.ts). */
import type { ServerContext } from './context';
import type { ConfigEntry } from './formats/json';
import type { GeneratedFile } from './types';

/** A setting the shared copy cannot hold because servers differ on it, for the checklist. */
export interface LeftOut {
	/** The site file it belongs in, e.g. `Web.config`. */
	readonly file: string;
	/** The setting as text, e.g. `Umbraco.Core.RuntimeState.UpgradeUnattended = true`. */
	readonly setting: string;
	/** Display name of the server that has it. */
	readonly server: string;
}

export interface SharedSite {
	readonly files: readonly GeneratedFile[];
	readonly leftOut: readonly LeftOut[];
}

/** Items every server has, and per server the ones not every server has; `id` tells items apart. */
export interface Folded<T> {
	readonly common: readonly T[];
	readonly differing: ReadonlyMap<string, readonly T[]>;
}

/** Splits each server's items into the ones all servers share (in the first server's order) and the rest. */
export function fold<T>(servers: readonly ServerContext[], itemsOf: (s: ServerContext) => readonly T[], id: (item: T) => string): Folded<T> {
	const lists = servers.map(itemsOf);
	const sets = lists.map((list) => new Set(list.map(id)));
	const common = (lists[0] ?? []).filter((item) => sets.every((set) => set.has(id(item))));
	const commonIds = new Set(common.map(id));
	return { common, differing: new Map(servers.map((s, i) => [s.server.id, lists[i]!.filter((item) => !commonIds.has(id(item)))] as const)) };
}

/** Identity of a configuration entry: key, type and value. */
export const entryId = ({ key, value }: ConfigEntry): string => `${key}\u0000${typeof value}\u0000${String(value)}`;

