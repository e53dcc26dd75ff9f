/**
 * Small factories for readable rule and generator tests. `makePlan()` is a clean v13
 * design (dedicated backoffice pinned as publisher, two pinned front-ends, IIS, DFS
 * replication, app URL set) that no error or warning rule fires on; tests change one
 * thing at a time with `patch`.
 */
import { validatePlan } from '../../src/domain/plan/parse';
import type { Plan, PlanInput } from '../../src/domain/plan/schema';

type DeepPartial<T> = T extends readonly (infer U)[] ? readonly U[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export const basePlanInput = {
	planVersion: 1,
	name: 'Test plan',
	umbraco: '13.5.2',
	hosting: 'iis',
	servers: [
		{ id: 'admin', name: 'Admin', host: 'admin.internal', kind: 'backoffice', role: 'publisher' },
		{ id: 'web-1', name: 'Web 1', host: 'web1.internal', kind: 'frontend', role: 'subscriber' },
		{ id: 'web-2', name: 'Web 2', host: 'web2.internal', kind: 'frontend', role: 'subscriber' },
	],
	loadBalancer: { publicHost: 'www.example.com' },
	files: { strategy: 'replication', media: 'site-folder' },
	applicationUrl: 'https://www.example.com',
} as const satisfies PlanInput;

/** Deep merge of plain objects; arrays and scalars of `patch` replace, `undefined` removes. */
export function mergePatch(base: unknown, patch: unknown): unknown {
	if (Array.isArray(patch) || typeof patch !== 'object' || patch === null) return patch;
	if (typeof base !== 'object' || base === null || Array.isArray(base)) return patch;
	const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
	for (const [key, value] of Object.entries(patch)) out[key] = value === undefined ? undefined : mergePatch(out[key], value);
	return out;
}

/** A validated plan: the base plan deep-merged with `patch` (arrays replace). Throws on schema errors. */
export function makePlan(patch: DeepPartial<PlanInput> = {}): Plan {
	const result = validatePlan(mergePatch(basePlanInput, patch));
	if (!result.ok) throw new Error(`test plan is invalid: ${JSON.stringify(result.issues)}`);
	return result.plan;
}

type ServerInput = PlanInput['servers'][number];

/** The base servers (or `servers`) with one server's fields changed (by id). */
export function patchServer(id: string, change: Record<string, unknown>, servers: readonly object[] = basePlanInput.servers): ServerInput[] {
	return (servers as readonly ServerInput[]).map((s) => (s.id === id ? (mergePatch(s, change) as ServerInput) : s));
}
