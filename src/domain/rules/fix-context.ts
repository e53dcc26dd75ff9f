/**
 * What the mechanical fixes share: the `Fix` a finding offers, what a fixer is told about the
 * finding, and small builders that turn one field change into one draft edit.
 */
import type { PlanDraft } from '../plan/draft';
import { setAt, type JsonPath } from '../plan/set-at';
import { effectiveSettings, type EffectiveSettings } from '../plan/recommend';
import type { Plan, Server } from '../plan/schema';
import type { VersionBand } from '../versions/bands';
import type { VersionTuple } from '../versions/version';
import type { Finding } from './types';

/** A one-click repair of a finding: a short imperative label and the edit it makes. */
export interface Fix {
	readonly label: string;
	/** Returns the repaired draft; never mutates `draft`, never throws. */
	apply(draft: PlanDraft): PlanDraft;
}

/** What a fixer knows about the finding it repairs. */
export interface FixContext {
	readonly finding: Finding;
	readonly plan: Plan;
	readonly band: VersionBand;
	readonly version: VersionTuple;
	/** The finding's path, `''` for plan-wide findings. */
	readonly path: string;
	/** The server the path points into (`servers[2]…`), else the finding's first server. */
	readonly server: Server | undefined;
}

/** The fix of one rule's finding, or undefined when that finding needs a person's decision. */
export type Fixer = (context: FixContext) => Fix | undefined;

/** Parts that need more than one field: a set that would create them alone is skipped. */
const partsNeedingMore: ReadonlySet<string> = new Set(['engage', 'loadBalancer', 'files']);

/** `setAt`, except that it never creates an `engage`, `loadBalancer` or `files` from nothing. */
function setWithin(draft: PlanDraft, path: JsonPath, value: unknown): PlanDraft {
	const top = String(path[0]);
	if (value !== undefined && path.length > 1 && partsNeedingMore.has(top) && !Object.hasOwn(draft, top)) return draft;
	return setAt(draft, path, value);
}

/** A fix that sets (or, with `undefined`, deletes back to the default) one plan field. */
export function fieldFix(label: string, path: JsonPath, value: unknown): Fix {
	return { label, apply: (draft) => setWithin(draft, path, value) };
}

/** A fix that sets one field of a server, found by id in the draft it is applied to. */
export function serverFix(label: string, serverId: string, path: JsonPath, value: unknown): Fix {
	return { label, apply: (draft) => setAt(draft, ['servers', draft.servers.findIndex((s) => s.id === serverId), ...path], value) };
}

type SettingKey = keyof EffectiveSettings & keyof Server['settings'];

/**
 * A fix that makes a server's effective setting `wanted`: it deletes the explicit value
 * when the generator's recommendation already is `wanted` (the document stays minimal),
 * else writes `wanted`.
 */
export function settingFix({ plan }: FixContext, server: Server, key: SettingKey, wanted: EffectiveSettings[SettingKey], label: string): Fix {
	const settings = Object.fromEntries(Object.entries(server.settings).filter(([k]) => k !== key));
	const cleared: Server = { ...server, settings };
	const recommended = effectiveSettings({ ...plan, servers: plan.servers.map((s) => (s === server ? cleared : s)) }, cleared)[key];
	return serverFix(label, server.id, ['settings', key], recommended === wanted ? undefined : wanted);
}

/** The last key of a JSON path: `servers[2].settings.localTemp` → `localTemp`. */
export const lastKey = (path: string): string => path.slice(path.lastIndexOf('.') + 1);
