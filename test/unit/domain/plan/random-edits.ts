/**
 * Seeded random builder edits for property tests: every edit function of
 * `src/domain/plan/edit.ts`, the palette and the mechanical fixes, with arguments a
 * builder could pass (ids that exist and ids that do not, out-of-range indexes, odd
 * instance counts). The same seed always gives the same sequence.
 */
import { checkDraft, type PlanDraft } from '../../../../src/domain/plan/draft';
import * as edit from '../../../../src/domain/plan/edit';
import { paletteParts } from '../../../../src/domain/plan/parts';
import { fixFor } from '../../../../src/domain/rules/fixes';
import { validate } from '../../../../src/domain/rules/validate';

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Rng = () => number;

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, from: number, to: number): number => from + Math.floor(rng() * (to - from + 1));

/** Some of the draft's server ids (possibly none), sometimes with an id no server has. */
function someIds(rng: Rng, draft: PlanDraft): string[] {
	const ids = draft.servers.map((s) => s.id).filter(() => rng() < 0.4);
	return rng() < 0.1 ? [...ids, 'no-such-server'] : ids;
}

const anyId = (rng: Rng, draft: PlanDraft): string => (draft.servers.length === 0 || rng() < 0.05 ? 'no-such-server' : pick(rng, draft.servers).id);

const instances = [1, 2, 3, 0, -4, 2.6, 150, Number.NaN];
const roles = ['elected', 'publisher', 'subscriber', 'single'] as const;

/** One random edit: its name (for failure messages) and the function that applies it. */
export interface RandomEdit {
	readonly name: string;
	apply(draft: PlanDraft): PlanDraft;
}

type EditMaker = (rng: Rng, draft: PlanDraft) => RandomEdit;

const makers: readonly EditMaker[] = [
	(rng) => {
		const kind = pick(rng, ['backoffice', 'frontend'] as const);
		const options = pick(rng, [{}, { behindLoadBalancer: rng() < 0.5 }, { instances: pick(rng, instances) }]);
		return { name: `addServer(${kind}, ${JSON.stringify(options)})`, apply: (d) => edit.addServer(d, kind, options).draft };
	},
	(rng, draft) => {
		const ids = someIds(rng, draft);
		return { name: `removeServers(${ids})`, apply: (d) => edit.removeServers(d, ids).draft };
	},
	(rng, draft) => {
		const ids = someIds(rng, draft);
		return { name: `duplicateServers(${ids})`, apply: (d) => edit.duplicateServers(d, ids).draft };
	},
	(rng, draft) => {
		const [id, value] = [anyId(rng, draft), rng() < 0.5];
		return { name: `setBehindLoadBalancer(${id}, ${value})`, apply: (d) => edit.setBehindLoadBalancer(d, id, value) };
	},
	(rng, draft) => {
		const [id, to] = [anyId(rng, draft), int(rng, -3, draft.servers.length + 3)];
		return { name: `moveServer(${id}, ${to})`, apply: (d) => edit.moveServer(d, id, to) };
	},
	(rng, draft) => {
		const assigned = Object.fromEntries(someIds(rng, draft).map((id) => [id, pick(rng, roles)]));
		return { name: `setRoles(${JSON.stringify(assigned)})`, apply: (d) => edit.setRoles(d, assigned) };
	},
	(rng) => pick(rng, [{ name: 'addLoadBalancer', apply: edit.addLoadBalancer }, { name: 'removeLoadBalancer', apply: edit.removeLoadBalancer }]),
	(rng) => pick(rng, [{ name: 'addEngage', apply: (d: PlanDraft) => edit.addEngage(d).draft }, { name: 'removeEngage', apply: edit.removeEngage }]),
	(rng) => {
		const s = pick(rng, ['azure-web-apps', 'replication', 'central-share', 'standalone'] as const);
		return { name: `setFileStrategy(${s})`, apply: (d) => edit.setFileStrategy(d, s) };
	},
	(rng) => {
		const m = pick(rng, ['site-folder', 'blob', 's3', 'unc'] as const);
		return { name: `setMediaStore(${m})`, apply: (d) => edit.setMediaStore(d, m) };
	},
	(rng) => {
		const choice = pick(rng, [
			{ name: 'setDatabaseEngine', apply: (d: PlanDraft) => edit.setDatabaseEngine(d, pick(rng, ['sql-server', 'azure-sql', 'sqlite', 'sql-ce'] as const)) },
			{ name: 'setSessionStore', apply: (d: PlanDraft) => edit.setSessionStore(d, pick(rng, ['none', 'sql-server', 'redis', 'other'] as const)) },
			{ name: 'setSignalR', apply: (d: PlanDraft) => edit.setSignalR(d, pick(rng, ['none', 'sql-server', 'redis', 'azure-signalr'] as const)) },
			{ name: 'setKeyStore', apply: (d: PlanDraft) => edit.setKeyStore(d, pick(rng, ['config', 'file-share', 'azure-blob', 'redis', 'database', 'other'] as const)) },
			{ name: 'setStickySessions', apply: (d: PlanDraft) => edit.setStickySessions(d, pick(rng, ['none', 'cookie', 'ip', 'url'] as const)) },
		]);
		return choice;
	},
	(rng) => {
		const part = pick(rng, paletteParts);
		return { name: `palette ${part.id}`, apply: (d) => part.add(d).draft };
	},
	(rng, draft) => {
		const result = checkDraft(draft);
		const findings = result.ok ? validate(result.plan) : [];
		if (!result.ok || findings.length === 0) return { name: 'no fix', apply: (d) => d };
		const finding = pick(rng, findings);
		const fix = fixFor(finding, result.plan, draft);
		return { name: `fix ${finding.ruleId} ${finding.path}: ${fix?.label}`, apply: (d) => fix?.apply(d) ?? d };
	},
];

/** A random edit that fits the draft it will be applied to. */
export function randomEdit(rng: Rng, draft: PlanDraft): RandomEdit {
	return pick(rng, makers)(rng, draft);
}
