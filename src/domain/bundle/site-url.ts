/**
 * The planner URL that permalinks point at (`LBPLAN_SITE_URL` for the CLI). It is copied into
 * a comment of every generated file, so it must be one plain line: an absolute http(s) URL
 * with no whitespace or control characters. Anything else is refused with a message.
 */

/** The checked URL (normalised by the URL parser), or why it cannot be used. */
export type SiteUrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

const maxLength = 2000;
// Whitespace, C0, DEL, C1 and the line and paragraph separators.
const unsafe = /[\s\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/**
 * Checks a site URL for permalinks.
 *
 * @example checkSiteUrl('https://example.com/planner/') // { ok: true, url: 'https://example.com/planner/' }
 * @example checkSiteUrl('https://x/\nclass Evil {}').ok // false
 */
export function checkSiteUrl(value: string): SiteUrlResult {
	const fail = (why: string): SiteUrlResult => ({ ok: false, message: `expected an absolute http or https URL such as "https://example.com/planner/"; ${why}` });
	if (value.length > maxLength) return fail(`this one has ${value.length} characters (at most ${maxLength})`);
	if (unsafe.test(value)) return fail('this one has spaces, line breaks or other control characters');
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return fail(`"${value}" is not one`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`"${value}" uses ${url.protocol.slice(0, -1)}`);
	return { ok: true, url: url.href };
}
