/**
 * Mechanical fixes: for findings whose repair is one unambiguous change to the plan, a
 * button label and the edit. Applying the fix makes that finding (same rule, same path)
 * go away; other rules may then have something new to say, as they would after the same
 * change by hand. Findings that need a person's decision (a host name, a machine name, an
 * upgrade, code) get no fix.
 */
import type { PlanDraft } from '../plan/draft';
import type { Plan } from '../plan/schema';
import { getBand } from '../versions/catalogue';
import { parseVersion } from '../versions/version';
import { backofficeFixers } from './fix-backoffice';
import type { Fix, FixContext, Fixer } from './fix-context';
import { fieldFixers } from './fix-fields';
import { hostingFixers } from './fix-hosting';
import { roleFixers } from './fix-roles';
import { settingFixers } from './fix-settings';
import type { Finding } from './types';

export type { Fix } from './fix-context';

const fixers: Readonly<Record<string, Fixer>> = { ...backofficeFixers, ...roleFixers, ...settingFixers, ...fieldFixers, ...hostingFixers };

/** Ids of the rules that can offer a fix for (some of) their findings, sorted. */
export const fixableRuleIds: readonly string[] = Object.keys(fixers).toSorted();

function contextOf(finding: Finding, plan: Plan): FixContext {
	const path = finding.path ?? '';
	const index = /^servers\[(\d+)\]/.exec(path)?.[1];
	const server = index !== undefined ? plan.servers[Number(index)] : plan.servers.find((s) => s.id === finding.servers[0]);
	return { finding, plan, band: getBand(plan.umbraco), version: parseVersion(plan.umbraco)!, path, server };
}

/**
 * The mechanical fix of a finding, or undefined when it needs a person's decision.
 * `plan` is the validated `draft` the finding was found in; the fix's `apply` edits a draft
 * (by server id, so it still fits after unrelated edits) and never throws.
 *
 * @example fixFor(finding, plan, draft)?.label // 'Pin Admin as SchedulingPublisher and the others as Subscriber'
 */
export function fixFor(finding: Finding, plan: Plan, draft: PlanDraft): Fix | undefined {
	const fixer = Object.hasOwn(fixers, finding.ruleId) ? fixers[finding.ruleId] : undefined;
	if (!fixer) return undefined;
	const fix = fixer(contextOf(finding, plan));
	// A fix that changes nothing in this draft would be a button that does nothing.
	return fix && fix.apply(draft) !== draft ? fix : undefined;
}
