/**
 * Helpers for the rule tests of R29–R31 and R39–R69: run one rule of a group on a plan,
 * build the two-app Azure design, and the clean plans no error or warning may fire on.
 */
import { describe, expect, test } from 'vitest';
import type { Plan } from '../../src/domain/plan/schema';
import type { Finding, Rule } from '../../src/domain/rules/types';
import { validate } from '../../src/domain/rules/validate';
import { basePlanInput, makePlan, patchServer } from './plans';

export type PlanPatch = Parameters<typeof makePlan>[0];

/** Findings of the rule `id` of `rules` on `plan` (the runner's band filter included). */
export function findingsOf(rules: readonly Rule[], id: string, plan: Plan): Finding[] {
	const rule = rules.find((r) => r.id === id);
	if (!rule) throw new Error(`no rule ${id} in this group`);
	return validate(plan, [rule]);
}

/** Errors and warnings only. */
export function loudFindings(rules: readonly Rule[], plan: Plan): Finding[] {
	return validate(plan, rules).filter((f) => f.severity !== 'info');
}

/** Admin app (one instance) and public app (three instances), as on the Azure docs' diagram. */
export const azureServers = [
	{ id: 'admin', name: 'Admin app', host: 'admin.example.com', kind: 'backoffice', role: 'publisher' },
	{ id: 'web', name: 'Public app', host: 'www.example.com', kind: 'frontend', role: 'subscriber', instances: 3 },
] as const;

/**
 * A clean two-app Azure Web Apps plan for `umbraco`, with server changes by id and a plan
 * patch on top.
 */
export function azurePlan(umbraco: string, servers: Record<string, Record<string, unknown>> = {}, patch: PlanPatch = {}): Plan {
	let list: readonly object[] = azureServers;
	for (const [id, change] of Object.entries(servers)) list = patchServer(id, change, list);
	return makePlan({ umbraco, hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, servers: list as never, ...patch });
}

/** The base plan with one server's fields changed, and a plan patch on top. */
export function planWith(umbraco: string, servers: Record<string, Record<string, unknown>> = {}, patch: PlanPatch = {}): Plan {
	let list: readonly object[] = basePlanInput.servers;
	for (const [id, change] of Object.entries(servers)) list = patchServer(id, change, list);
	return makePlan({ umbraco, servers: list as never, ...patch });
}

/** The clean designs of `test/helpers/plans.ts` on the three version families the brief names. */
export const cleanPlans: readonly (readonly [string, () => Plan])[] = [
	['the clean v13 base plan', () => makePlan()],
	['the clean base moved to 8.18.8', () => makePlan({ umbraco: '8.18.8' })],
	['the clean base moved to 17.6.0', () => makePlan({ umbraco: '17.6.0' })],
	['a clean Azure plan on 7.7.3', () => azurePlan('7.7.3')],
	['a clean Azure plan on 8.18.8', () => azurePlan('8.18.8')],
	['a clean Azure plan on 13.5.2', () => azurePlan('13.5.2')],
	['a clean Azure plan on 17.6.0', () => azurePlan('17.6.0')],
];

/** One row of a rule table. */
export interface RuleCase {
	readonly name: string;
	readonly plan: () => Plan;
	/** Servers of each expected finding, in order; empty = the rule must stay silent. */
	readonly hits: readonly (readonly string[])[];
	/** Text every finding's message must contain. */
	readonly says?: readonly string[];
	/** Text no finding's message may contain. */
	readonly never?: readonly string[];
	/** JSON path of the first finding. */
	readonly path?: string;
}

/** A `describe` block for rule `id` of `rules`: one test per case (ufo-style table). */
export function ruleTable(rules: readonly Rule[], id: string, cases: readonly RuleCase[]): void {
	describe(id, () => {
		test.each(cases)('$name', ({ plan, hits, says = [], never = [], path }) => {
			const findings = findingsOf(rules, id, plan());
			expect(findings.map((f) => f.servers)).toEqual(hits);
			for (const f of findings) {
				expect(f.ruleId).toBe(id);
				for (const text of says) expect(f.message).toContain(text);
				for (const text of never) expect(f.message).not.toContain(text);
			}
			if (path !== undefined) expect(findings[0]?.path).toBe(path);
		});
	});
}

/** Asserts that `rules` fire no error or warning on every clean plan. */
export function quietOnCleanPlans(rules: readonly Rule[], extra: readonly (readonly [string, () => Plan])[] = []): void {
	describe('on clean plans', () => {
		test.each([...cleanPlans, ...extra])('%s yields no error or warning', (_, plan) => {
			expect(loudFindings(rules, plan())).toEqual([]);
		});
	});
}
