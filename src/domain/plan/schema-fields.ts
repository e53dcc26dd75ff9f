/**
 * Field builders of plan file v1: user text, host names, server ids, URLs, paths, versions and
 * names of connection strings. Each one checks text as written (no silent trimming), so the
 * plan and the file it came from say the same thing, and keeps control characters out of
 * every generated file.
 */
import { z } from './zod';
import { unsafeCharacterRanges } from '../unsafe-characters';
import { findBand } from '../versions/catalogue';

// Device names Windows reserves in every folder, with or without an extension: a bundle
// folder named `con` or `nul.json` cannot be unpacked there.
const windowsReserved = /^(?:con|prn|aux|nul|com[1-9\u00B9\u00B2\u00B3]|lpt[1-9\u00B9\u00B2\u00B3]|conin\$|conout\$)(?:\..*)?$/i;

/**
 * Tells whether Windows reserves `name` as a device (`con`, `nul`, `com1`, `lpt1`, … in
 * any case, also with an extension such as `con.txt`), so no file or folder can have it.
 *
 * @example isWindowsReservedName('Nul.json') // true
 */
export function isWindowsReservedName(name: string): boolean {
	return windowsReserved.test(name);
}

export const serverId = z.string().check(
	z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected lower-case letters, digits and dashes (at most 40), e.g. "web-1"'),
	// Ids are bundle folder names; the lookahead keeps the rule in the published JSON Schema too.
	z.regex(/^(?!(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$)/, 'expected an id Windows can use as a folder name: "con", "prn", "aux", "nul", "com1"–"com9" and "lpt1"–"lpt9" are reserved')
);

// Controls, separators, bidi and invisible characters (unsafe-characters.ts): each one can end a
// line, reorder text or hide a difference in some output (Markdown, C# or nginx comments, a terminal).
const noControls = new RegExp(`^[^${unsafeCharacterRanges}]*$`);
const noControlsMessage = 'expected text without control characters (tabs, line breaks, NUL, text-direction marks, zero-width spaces and the like)';
// Half a surrogate pair cannot be written as UTF-8: it would come back as U+FFFD.
const wellFormed = (value: string) => !/\p{Cs}/u.test(value);
const wellFormedMessage = 'expected text without unpaired surrogate characters';

/** Free text of at most `max` characters: names, paths, ids from other systems. */
export const text = (max: number) =>
	z.string().check(
		z.minLength(1, 'expected a non-empty string'),
		z.maxLength(max, `expected at most ${max} characters`),
		// Kept as written (no trimming), but a name of spaces alone would title the bundle with nothing.
		z.regex(/\S/, 'expected some visible text, not only spaces'),
		z.regex(noControls, noControlsMessage),
		z.refine(wellFormed, wellFormedMessage)
	);

// RFC 1123 host names: dot-separated labels of letters, digits and inner dashes, each at
// most 63 characters. IPv4 addresses have this shape too; IPv6 literals come in brackets.
// Nothing else, so a host never carries meaning into a config file (nginx `$var`, `~regex`).
const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const hostNamePattern = new RegExp(`^(?:${label}(?:\\.${label})*|\\[[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*\\])$`);
export const cookieDomainPattern = new RegExp(`^\\.?${label}(?:\\.${label})*$`);

/** A host name or IP address (no port: the generators add ports where a format needs one). */
export const host = (example: string, pattern = hostNamePattern) =>
	z.string().check(
		z.minLength(1, 'expected a non-empty string'),
		z.maxLength(253, 'expected at most 253 characters'),
		z.regex(pattern, `expected a host name such as "${example}": letters, digits and dashes in dot-separated labels, or an IP address, without a port`)
	);

/** `$schema`: kept in plan.json and share links (so in every permalink), hence bounded and plain. */
export const schemaReference = z.string().check(
	z.maxLength(200, 'expected at most 200 characters'),
	z.regex(noControls, noControlsMessage),
	z.regex(/^(?:https?:\/\/\S+|(?![A-Za-z][A-Za-z0-9+.-]*:)\S+)$/, 'expected the URL or relative path of the plan schema, e.g. "https://lbacademy.invalid/schema/plan-v1.schema.json"'),
	z.refine(wellFormed, wellFormedMessage)
);

function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) && hostNamePattern.test(url.hostname);
	} catch {
		return false;
	}
}

// Checked as written rather than with z.url(), which quietly strips tabs and line breaks.
export const applicationUrl = z.string().check(
	z.maxLength(2000, 'expected a URL of at most 2000 characters'),
	z.regex(noControls, noControlsMessage),
	z.regex(/^https?:\/\/\S+$/, 'expected an absolute http or https URL without spaces, e.g. "https://www.example.com"'),
	z.refine(wellFormed, wellFormedMessage),
	z.refine(isHttpUrl, 'expected an http or https URL whose host is a host name, e.g. "https://www.example.com"'),
	z.meta({ format: 'uri' })
);

/** The path part of a URL on the site, e.g. a load balancer's health check `/umbraco/api/health/ready`. */
export const urlPath = z.string().check(
	z.maxLength(200, 'expected a path of at most 200 characters'),
	z.regex(/^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/, 'expected a path on the site that starts with "/", e.g. "/umbraco/api/health/ready", without spaces or a query')
);

/**
 * The name of a connection string (`ConnectionStrings:<name>` in appsettings, `<add name>` in
 * web.config): letters, digits, dots, dashes and underscores, so it is also a valid environment
 * variable once `:` becomes `__`.
 */
export const connectionStringName = z
	.string()
	.check(z.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/, 'expected a connection string name such as "umbracoMediaBlob": a letter, then letters, digits, ".", "-" or "_" (at most 100)'));

/** A duration in whole seconds, as the plan states timings; generators write `hh:mm:ss`. */
export const seconds = (max: number) => z.number().check(z.int(), z.gte(1), z.lte(max));

export const umbracoVersion = z.string().check(
	z.maxLength(40, 'expected a version such as "13.5.2" (at most 40 characters)'),
	z.regex(/^\d{1,2}\.\d{1,3}(\.\d{1,4})?(-[0-9A-Za-z.-]+)?$/, 'expected a version such as "13.5.2"'),
	z.refine((v) => findBand(v) !== undefined, 'expected an Umbraco version from 7.0 to 19 (19 is a preview; nothing later exists yet), e.g. "13.5.2"')
);
