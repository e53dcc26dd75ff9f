/**
 * A design being drawn: a plan document as the user wrote it, which may still lack the
 * parts a plan file requires (servers, the load balancer, file storage). The builder edits
 * drafts; once nothing is missing and every value is valid, a draft *is* a plan file and
 * is saved, shared and bundled exactly as written (defaults are never filled in).
 */
import { validatePlan, type PlanIssue } from './parse';
import type { Plan, PlanInput } from './schema';

export type ServerInput = PlanInput['servers'][number];

/** The parts a plan file requires that a new design may not have yet. */
export type MissingPart = 'servers' | 'loadBalancer' | 'files';

/** A plan document that may lack servers, a load balancer or file storage. */
export type PlanDraft = Omit<PlanInput, 'servers' | 'loadBalancer' | 'files'> & {
	servers: ServerInput[];
	loadBalancer?: PlanInput['loadBalancer'];
	files?: PlanInput['files'];
};

export type DraftResult =
	| { readonly ok: true; readonly plan: Plan; readonly input: PlanInput }
	| {
			readonly ok: false;
			readonly missing: readonly MissingPart[];
			/** Every schema issue, the missing parts' included. */
			readonly issues: readonly PlanIssue[];
			/** The issues that are not about a missing part: a value that is wrong, not absent. */
			readonly problems: readonly PlanIssue[];
	  };

/** An empty design on one Umbraco version: no servers, no load balancer, no file storage yet. */
export function newDraft(umbraco: string, name = 'New design'): PlanDraft {
	return { planVersion: 1, name, umbraco, hosting: 'iis', servers: [] };
}

/** Which required parts the draft still lacks, in the order a person would add them. */
export function missingParts(draft: PlanDraft): MissingPart[] {
	const missing: MissingPart[] = [];
	if (draft.servers.length === 0) missing.push('servers');
	if (draft.loadBalancer === undefined) missing.push('loadBalancer');
	if (draft.files === undefined) missing.push('files');
	return missing;
}

/** The draft as a plan file: the validated plan and the document itself, or what is missing or wrong. */
export function checkDraft(draft: PlanDraft): DraftResult {
	const result = validatePlan(draft);
	if (result.ok) return { ok: true, plan: result.plan, input: draft as PlanInput };
	const missing = missingParts(draft);
	const problems = result.issues.filter((issue) => !(missing as readonly string[]).includes(issue.path));
	return { ok: false, missing, issues: result.issues, problems };
}

/** Stand-ins for the parts a draft lacks; `completeDraft` puts them in so the rest can be judged or drawn. */
export const standIns = {
	server: { id: 'stand-in', name: 'Stand-in', host: 'stand-in.invalid', kind: 'frontend' },
	loadBalancer: { publicHost: 'not-added-yet.invalid' },
	files: { strategy: 'standalone' },
} as const satisfies { server: ServerInput; loadBalancer: PlanInput['loadBalancer']; files: PlanInput['files'] };

/** The draft with a stand-in for each missing part: a plan document, if its own values are valid. */
export function completeDraft(draft: PlanDraft): PlanInput {
	return {
		...draft,
		servers: draft.servers.length > 0 ? draft.servers : [standIns.server],
		loadBalancer: draft.loadBalancer ?? standIns.loadBalancer,
		files: draft.files ?? standIns.files,
	};
}
