/**
 * Getting designs in and out of the builder: plan files, share links, presets, downloads.
 * Every reader returns the document exactly as written, or the problems, never a throw.
 */
import type { PlanDraft } from '../../domain/plan/draft';
import { parsePlan, type PlanIssue } from '../../domain/plan/parse';
import { decodePlanFragment } from '../../domain/plan/share-link';
import type { VersionFamilyId } from '../../domain/versions/families';

export type Opened = { readonly ok: true; readonly draft: PlanDraft } | { readonly ok: false; readonly issues: readonly PlanIssue[] };

/** Plan files larger than this are refused before reading (a real plan is a few KB). */
export const maxPlanFileBytes = 1_000_000;

/** Reads a plan.json the person picked. */
export async function readPlanFile(file: File): Promise<Opened> {
	if (file.size > maxPlanFileBytes) return { ok: false, issues: [{ path: '', message: `the file is ${Math.round(file.size / 1000)} KB; plan files can be at most ${maxPlanFileBytes / 1000} KB` }] };
	const text = (await file.text()).replace(/^\uFEFF/, '');
	const result = parsePlan(text);
	// The document as JSON.parse reads it, exactly as `lbplan` does, so both bundle the same plan.
	return result.ok ? { ok: true, draft: JSON.parse(text) as PlanDraft } : result;
}

/** Reads the design in a `#plan=1.…` fragment, exactly as it was shared. */
export function readShareFragment(hash: string): Opened {
	const result = decodePlanFragment(hash);
	return result.ok ? { ok: true, draft: result.input as PlanDraft } : result;
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
