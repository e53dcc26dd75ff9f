/**
 * Table-driven rule tests (style of unjs/ufo): for one rule, plans that must fire it (with
 * the servers, path and message words of every hit) and plans that must not. Used by the
 * tests of the backoffice, legacy-v7, roles, main-dom, application-url and keys-and-sessions groups.
 */
import { describe, expect, test } from 'vitest';
import type { Plan } from '../../src/domain/plan/schema';
import { validatePlan } from '../../src/domain/plan/parse';
import { presets } from '../../src/domain/presets';
import { lessonSlugs } from '../../src/domain/rules/lessons';
import type { Finding, Rule } from '../../src/domain/rules/types';
import { sourceIds } from '../../src/domain/sources/source-catalogue';
import { versionBandIds } from '../../src/domain/versions/bands';
import { validate } from '../../src/domain/rules/validate';
import { makePlan, mergePatch } from './plans';

/** One expected hit: its servers (in order; none for plan-wide), its path and words its message must (not) contain. */
export interface ExpectedHit {
	readonly servers?: readonly string[];
	readonly path: string;
	readonly contains?: readonly string[];
	readonly excludes?: readonly string[];
}

export interface FiringCase {
	readonly name: string;
	readonly plan: Plan;
	readonly hits: readonly ExpectedHit[];
}

export interface QuietCase {
	readonly name: string;
	readonly plan: Plan;
}

/** A rule of `group` by id; fails the test run when missing. */
export function ruleOf(group: readonly Rule[], id: string): Rule {
	const rule = group.find((r) => r.id === id);
	if (!rule) throw new Error(`${id} is not in this group`);
	return rule;
}

const sameServers = (f: Finding, h: ExpectedHit) => JSON.stringify(f.servers) === JSON.stringify(h.servers ?? []);

/** Describes a rule with a table of plans that fire it and a table of plans that do not. */
export function ruleTable(group: readonly Rule[], id: string, table: { fires: readonly FiringCase[]; quiet: readonly QuietCase[] }): void {
	const rule = ruleOf(group, id);
	describe(`${id} (${rule.severity})`, () => {
		test('names known sources, a known lesson and real bands; one-line summary', () => {
			expect(rule.sources.length).toBeGreaterThan(0);
			for (const source of rule.sources) expect(sourceIds).toContain(source);
			expect(lessonSlugs).toContain(rule.lesson);
			expect(rule.bands.length).toBeGreaterThan(0);
			for (const band of rule.bands) expect(versionBandIds).toContain(band);
			expect(rule.summary).not.toMatch(/\n/);
		});
		test.each(table.fires)('fires: $name', ({ plan, hits }) => {
			const findings = validate(plan, [rule]);
			expect(findings.map((f) => `${f.path ?? ''} ${f.servers.join(',')}`).sort()).toEqual(
				hits.map((h) => `${h.path} ${(h.servers ?? []).join(',')}`).sort()
			);
			for (const h of hits) {
				const finding = findings.find((f) => f.path === h.path && sameServers(f, h))!;
				expect(finding.ruleId).toBe(id);
				expect(finding.severity).toBe(rule.severity);
				for (const word of h.contains ?? []) expect(finding.message).toContain(word);
				for (const word of h.excludes ?? []) expect(finding.message).not.toContain(word);
			}
		});
		test.each(table.quiet)('quiet: $name', ({ plan }) => {
			expect(validate(plan, [rule])).toEqual([]);
		});
	});
}

/** The clean base at 13.5.2, 7.15.10, 8.18.8 and 17.6.0 (dedicated backoffice). */
export const cleanPlans: readonly QuietCase[] = [
	{ name: 'base 13.5.2', plan: makePlan() },
	{ name: 'base at 7.15.10', plan: makePlan({ umbraco: '7.15.10' }) },
	{ name: 'base at 8.18.8', plan: makePlan({ umbraco: '8.18.8' }) },
	{ name: 'base at 17.6.0', plan: makePlan({ umbraco: '17.6.0' }) },
];

/** Three v17 nodes that all serve the backoffice behind the load balancer, set up as the docs ask. */
export const lbBackofficeServers = [
	{ id: 'node-1', name: 'Node 1', host: 'node1.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
	{ id: 'node-2', name: 'Node 2', host: 'node2.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
	{ id: 'node-3', name: 'Node 3', host: 'node3.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
] as const;

type PlanPatch = NonNullable<Parameters<typeof makePlan>[0]>;

/** The clean base moved to 17.6.0 with a load-balanced backoffice (sticky sessions, Redis backplane, shared uploads). */
export function lbBackofficePlan(patch: PlanPatch = {}): Plan {
	const lb: PlanPatch = {
		umbraco: '17.6.0',
		servers: lbBackofficeServers,
		loadBalancer: { stickySessions: 'cookie' },
		backoffice: { mode: 'load-balanced', signalR: 'redis', temporaryFileLocation: 'shared', temporaryFilePath: '//files/uploads', isolatedCaches: true },
	};
	return makePlan(mergePatch(lb, patch) as PlanPatch);
}

/** Every preset to start from, validated (the designs to repair break rules on purpose). */
export const presetPlans: readonly QuietCase[] = presets.filter((p) => p.purpose !== 'repair').map((p) => {
	const result = validatePlan(p.plan);
	if (!result.ok) throw new Error(`preset ${p.id} is invalid`);
	return { name: `preset ${p.id}`, plan: result.plan };
});

/** Asserts that the group holds exactly these rule ids, in this order. */
export function expectIds(group: readonly Rule[], ids: readonly string[]): void {
	test(`holds ${ids.join(', ')}`, () => {
		expect(group.map((r) => r.id)).toEqual(ids);
	});
}

/** Asserts that none of `group`'s rules reports an error or a warning on any of `plans`. */
export function expectNoProblems(group: readonly Rule[], plans: readonly QuietCase[]): void {
	test.each(plans)('no error or warning on $name', ({ plan }) => {
		const problems = validate(plan, group).filter((f) => f.severity !== 'info');
		expect(problems.map((f) => `${f.ruleId} ${f.path ?? ''}: ${f.message}`)).toEqual([]);
	});
}
