/**
 * Share links: a plan compressed into the URL fragment, so nothing is sent to a server.
 * Format: `#plan=<formatVersion>.<base64url(deflate(JSON))>`. The leading format version
 * lets later releases keep decoding old links.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseJson, validatePlan, type PlanResult } from './parse';
import type { PlanInput } from './schema';

const fragmentKey = 'plan';
const currentFormat = 1;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The URL fragment (without `#`) that carries a plan. */
export function encodePlanFragment(plan: PlanInput): string {
	const packed = deflateSync(strToU8(JSON.stringify(plan)), { level: 9 });
	return `${fragmentKey}=${currentFormat}.${toBase64Url(packed)}`;
}

/** A full share link for a plan on a site. */
export function planShareLink(siteUrl: string, plan: PlanInput): string {
	return `${siteUrl.replace(/#.*$/, '')}#${encodePlanFragment(plan)}`;
}

/**
 * Decodes a fragment (with or without `#`); every failure is a message, never a throw. The
 * ok result carries the validated `plan` and the shared document as `input`, exactly as it
 * was encoded, so re-encoding `input` gives the same fragment.
 */
export function decodePlanFragment(fragment: string): PlanResult {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	const value = params.get(fragmentKey);
	const fail = (message: string): PlanResult => ({ ok: false, issues: [{ path: '', message: `share link: ${message}` }] });
	if (value === null) return fail(`no "${fragmentKey}=" part in the link`);
	const match = /^(\d+)\.([A-Za-z0-9_-]+)$/.exec(value);
	if (!match) return fail('the plan part is damaged (expected "<version>.<data>")');
	if (Number(match[1]) !== currentFormat) return fail(`format ${match[1]} is not known to this version (it reads format ${currentFormat})`);
	let text: string;
	try {
		text = strFromU8(inflateSync(fromBase64Url(match[2]!)));
	} catch {
		return fail('the plan data is damaged or cut off');
	}
	const json = parseJson(text);
	return json.ok ? validatePlan(json.value) : fail(json.issues[0]!.message);
}
