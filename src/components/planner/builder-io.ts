/**
 * Getting designs in and out of the builder: plan files, share links, presets, downloads.
 * Every reader returns the document exactly as written, or the problems, never a throw.
 */
import { describeReadError, planText } from '../../domain/plan/plan-text';
import type { PlanDraft } from '../../domain/plan/draft';
import { planLimits } from '../../domain/plan/limits';
import { parsePlan, type PlanIssue } from '../../domain/plan/parse';
import { decodePlanFragment } from '../../domain/plan/share-link';
import type { VersionFamilyId } from '../../domain/versions/families';
import { rememberValid } from './checked-drafts';

export type Opened = { readonly ok: true; readonly draft: PlanDraft } | { readonly ok: false; readonly issues: readonly PlanIssue[] };

const refused = (message: string): Opened => ({ ok: false, issues: [{ path: '', message }] });

/**
 * Reads a plan.json the person picked, the way `lbplan` reads one: refused unread past
 * `planLimits.fileBytes`, a UTF-8 byte order mark dropped, UTF-16 named as such.
 */
export async function readPlanFile(file: File): Promise<Opened> {
	if (file.size > planLimits.fileBytes) return refused(`the file ${describeReadError({ code: 'EFBIG', size: file.size })}`);
	const decoded = planText(file.name, await file.text());
	if (!decoded.ok) return refused(decoded.message);
	const result = parsePlan(decoded.text);
	// `input` is the document as JSON.parse reads it, exactly as `lbplan` does, so both bundle the same plan.
	return result.ok ? { ok: true, draft: result.input as PlanDraft } : result;
}

/** Reads the design in a `#plan=1.…` fragment, exactly as it was shared; a link that breaks the decoder is a problem too. */
export function readShareFragment(hash: string): Opened {
	try {
		const result = decodePlanFragment(hash);
		if (!result.ok) return result;
		rememberValid(result.input as PlanDraft, result.plan);
		return { ok: true, draft: result.input as PlanDraft };
	} catch {
		return refused('share link: the link could not be read');
	}
}

/** This page's address without the fragment: the base of share links and bundle permalinks. */
export function pageUrl(): string {
	return `${location.origin}${location.pathname}`;
}

/** A version a new design starts on for each family of the site's version switcher. */
export const newDesignVersions: Record<VersionFamilyId, string> = {
	v7: '7.15.10',
	v8: '8.18.8',
	'v9-13': '13.5.2',
	'v14-16': '16.3.0',
	v17: '17.8.1',
};

/** plan.json exactly as the design is, formatted as `lbplan` users would write it. */
export function planFileText(draft: PlanDraft): string {
	return `${JSON.stringify(draft, null, 2)}\n`;
}
