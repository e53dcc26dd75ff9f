/**
 * Escaping of user data (server names, hosts, paths, URLs) for every output format.
 * Names are data: they only ever appear inside string values, attribute values, text
 * nodes or comments, never as code, element names or identifiers.
 */

// Characters XML 1.0 cannot carry at all, even as references, and lone surrogates
// (the `u` flag makes the surrogate range match only unpaired halves).
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/**
 * Escapes text for an XML attribute value or text node: the five special characters
 * become entities, tabs and line breaks become character references (so attribute
 * values keep them), and characters XML cannot hold become U+FFFD.
 *
 * @example escapeXml('a<b & "c"') // 'a&lt;b &amp; &quot;c&quot;'
 */
export function escapeXml(value: string): string {
	return value.replace(xmlInvalid, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => xmlEntities[c] ?? c);
}

const xmlEntities: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;',
};

/**
 * One line of plain text for titles and instructions: line breaks and control characters
 * become single spaces. Nothing is trimmed: `Web` and ` Web ` are two names, and every file
 * names each server as the plan writes it.
 *
 * @example oneLine('Web\n1') // 'Web 1'
 */
export function oneLine(value: string): string {
	return value.replace(/[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g, ' ');
}

/**
 * Makes text safe inside `<!-- … -->`: no `--`, no trailing `-`, one line, no invalid characters.
 *
 * @example xmlCommentText('a--b-') // 'a- -b- '
 */
export function xmlCommentText(value: string): string {
	let text = value.replace(xmlInvalid, '\uFFFD').replace(/[\r\n]+/g, ' ');
	while (text.includes('--')) text = text.replace(/--/g, '- -');
	return text.endsWith('-') ? `${text} ` : text;
}

// Control characters (C0 with CR and LF, DEL, C1 with NEL) and the line and paragraph
// separators: line terminators in C#, and nothing a comment line should carry.
const commentControls = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/**
 * A C# regular string literal, quotes included: backslash, quote and control characters
 * escaped; line terminators and lone surrogates as `\uXXXX`.
 *
 * @example csString('C:\\a "b"') // '"C:\\\\a \\"b\\""'
 */
export function csString(value: string): string {
	const body = value.replace(/[\\"\u0000-\u001F\u007F\u0085\u2028\u2029\uD800-\uDFFF]/gu, (c) => {
		const short = csEscapes[c];
		return short ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
	});
	return `"${body}"`;
}

const csEscapes: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

/**
 * Makes text safe inside a `//` comment: one line without control characters (each becomes
 * a space), and no star-slash (so the text can never end a block comment either).
 *
 * @example csCommentText('a\n*' + '/ b') // 'a * / b'
 */
export function csCommentText(value: string): string {
	return value.replace(commentControls, ' ').replace(/\*\//g, '* /');
}

/**
 * An nginx directive argument: bare when it is a plain token, otherwise double-quoted
 * with `\` and `"` escaped; control characters become spaces.
 *
 * @example nginxArg('web1.internal:443') // 'web1.internal:443'
 * @example nginxArg('a b;') // '"a b;"'
 */
export function nginxArg(value: string): string {
	const clean = value.replace(/[\u0000-\u001F\u007F]/g, ' ');
	if (/^[A-Za-z0-9._:/$=\-[\]]+$/.test(clean)) return clean;
	return `"${clean.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Makes text safe after `#` in an nginx comment: one line without control characters. */
export function nginxCommentText(value: string): string {
	return value.replace(commentControls, ' ');
}

/**
 * Makes text safe after `#` in a YAML or `.env` comment: one line without control
 * characters (YAML 1.1 also ends lines at NEL and the line and paragraph separators), and
 * nothing a YAML stream may not hold (lone surrogates, U+FFFE, U+FFFF, a stray BOM) as U+FFFD.
 *
 * @example hashCommentText('a\nb') // 'a b'
 */
export function hashCommentText(value: string): string {
	return value.replace(commentControls, ' ').replace(/[\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu, '\uFFFD');
}

/**
 * Escapes a literal for a regular expression (IIS URL Rewrite patterns, nginx maps).
 *
 * @example regexLiteral('www.example.com') // 'www\\.example\\.com'
 */
export function regexLiteral(value: string): string {
	return value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
