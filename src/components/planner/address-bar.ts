/**
 * The address bar follows the design: `#plan=1.…` while it is a valid plan, nothing while it
 * is not. A link made by another tool that already holds the same document is left as it is;
 * a link that could not be opened never stays, so a reload opens the design on screen again.
 */
import type { PlanDraft } from '../../domain/plan/draft';
import type { PlanInput } from '../../domain/plan/schema';
import { encodePlanFragment, planShareLink } from '../../domain/plan/share-link';
import { pageUrl, readShareFragment } from './builder-io';

/** Whether the address bar already holds this design (compared as documents, not as bytes). */
export function addressHolds(draft: PlanDraft): boolean {
	const { hash } = location;
	if (!hash.includes('plan=')) return false;
	if (held?.hash !== hash) {
		const current = readShareFragment(hash);
		held = { hash, json: current.ok ? JSON.stringify(current.draft) : undefined };
	}
	return held.json !== undefined && held.json === JSON.stringify(draft);
}

/** The design the address bar held when last read (a link is decoded once, not at every check). */
let held: { readonly hash: string; readonly json: string | undefined } | undefined;

/** Notes that the address bar's fragment `hash` holds `draft` (the design just opened from it). */
export function rememberAddress(hash: string, draft: PlanDraft): void {
	held = { hash, json: JSON.stringify(draft) };
}

/**
 * Puts the design (or, for an incomplete one, no fragment) in the address bar without a
 * history entry. Whatever else the address held (a broken or foreign link) is replaced.
 */
export function syncAddress(draft: PlanDraft, isPlan: boolean): void {
	// The link just opened needs no encoding to know it holds the design.
	if (isPlan && held?.hash === location.hash && addressHolds(draft)) return;
	const hash = isPlan ? `#${encodePlanFragment(draft as PlanInput)}` : '';
	if (location.hash === hash || (hash && addressHolds(draft))) return;
	history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

/** The share link of the design on this page: the same permalink `lbplan bundle` writes for this page's URL. */
export function shareLinkOf(draft: PlanDraft): string {
	return planShareLink(pageUrl(), draft as PlanInput);
}
