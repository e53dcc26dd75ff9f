/**
 * Share links: a plan compressed into the URL fragment, so nothing is sent to a server.
 * Format: `#plan=<formatVersion>.<base64url(deflate(JSON))>`. The leading format version
 * lets later releases keep decoding old links.
 */
import { encodeFragment, readFragment } from '../links/fragment-codec';
import { planLimits } from './limits';
import { parseJson, validatePlan, type PlanResult } from './parse';
import type { PlanInput } from './schema';

const fragmentKey = 'plan';

/** The URL fragment (without `#`) that carries a plan. */
export function encodePlanFragment(plan: PlanInput): string {
	return encodeFragment(fragmentKey, JSON.stringify(plan));
}

/** A full share link for a plan on a site. */
export function planShareLink(siteUrl: string, plan: PlanInput): string {
	return `${siteUrl.replace(/#.*$/, '')}#${encodePlanFragment(plan)}`;
}

/**
 * Decodes a fragment (with or without `#`); every failure is a message, never a throw. The
 * ok result carries the validated `plan` and the shared document as `input`, exactly as it
 * was encoded, so re-encoding `input` gives the same fragment. Links longer than
 * `planLimits.linkChars` or inflating past `planLimits.inflatedBytes` are refused unread.
 */
export function decodePlanFragment(fragment: string): PlanResult {
	const link = readFragment(fragment, fragmentKey, planLimits);
	if (!link.ok) return { ok: false, issues: [{ path: '', message: `share link: ${link.message}` }] };
	const json = parseJson(link.text);
	if (!json.ok) return { ok: false, issues: json.issues.map((issue) => ({ path: issue.path, message: `share link: ${issue.message}` })) };
	return validatePlan(json.value);
}
