/**
 * Markdown output: the one path every user value takes into Markdown (the bundle's README.md
 * and CHECKLIST.md, checklist step texts, the generators' "how to apply" lines). A value is
 * either a code span (`markdownCode`), which every renderer shows literally and never turns
 * into a link, or escaped text inside a sentence (`markdownText`). Both first make the value
 * one line without control characters: CommonMark ends a line at a lone CR as well as at LF.
 */

// C0 (tab, CR and LF included), DEL, C1 (NEL included), line and paragraph separators.
const controls = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

const oneLine = (value: string): string => value.replace(controls, ' ');

/**
 * A code span holding `value` literally: the fence is one backtick longer than the longest
 * run inside (CommonMark code-span rules), and padded where an edge would otherwise be lost.
 *
 * @example markdownCode('Web 1') // '`Web 1`'
 * @example markdownCode('a`b') // '``a`b``'
 */
export function markdownCode(value: string): string {
	const line = oneLine(value);
	const longest = (line.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
	const fence = '`'.repeat(longest + 1);
	// A leading or trailing backtick would join the fence; one space each side is stripped when both have one.
	const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) || line.trim() === '' ? ' ' : '';
	return `${fence}${pad}${line}${pad}${fence}`;
}

/** User values as code spans, comma-separated: `Web 1`, `Web 2`. */
export function markdownCodeList(values: readonly string[]): string {
	return values.map(markdownCode).join(', ');
}

/**
 * Escapes text for the middle of a Markdown line so it renders literally: the ASCII
 * punctuation that starts inline syntax (escapes, code, emphasis, strikethrough, links and
 * images, HTML and entities, tables, math) gets a backslash everywhere; `.`, `:`, `/` and
 * `@` get one where GFM autolinks or linkify would read a domain, URL or e-mail address.
 * Sentence punctuation stays readable. Not for the start of a line (block syntax).
 *
 * @example markdownText('<b>evil.com</b>') // '\\<b\\>evil\\.com\\</b\\>'
 */
export function markdownText(value: string): string {
	return oneLine(value)
		.replace(/[\\`*_~[\]!<>&|${}@]/g, '\\$&')
		.replace(/\.(?=[A-Za-z0-9])/g, '\\.')
		.replace(/[:/](?=\/)/g, '\\$&');
}

// A tool code span: single backticks, neither touching another backtick.
const toolCodeSpan = /(?<!`)`([^`]+)`(?!`)/g;

/**
 * A sentence written by the tool with user values inside (a finding's message): its code
 * spans are written again with `markdownCode`, everything else is `markdownText`. A value
 * with backticks may shift which parts show as code, but every part stays literal.
 *
 * @example markdownMessage('Set `X` on <b>') // 'Set `X` on \\<b\\>'
 */
export function markdownMessage(message: string): string {
	let out = '';
	let last = 0;
	for (const match of message.matchAll(toolCodeSpan)) {
		out += markdownText(message.slice(last, match.index)) + markdownCode(match[1]!);
		last = match.index + match[0].length;
	}
	return out + markdownText(message.slice(last));
}

/**
 * A link people can follow: an autolink `<…>` for a plain absolute http(s) URL, otherwise
 * the text as a code span (never a link with a hidden target).
 *
 * @example markdownUrl('https://example.com/#a') // '<https://example.com/#a>'
 */
export function markdownUrl(url: string): string {
	return /^https?:\/\/[^\s<>`\u0000-\u001F\u007F-\u009F\u2028\u2029]+$/.test(url) ? `<${url}>` : markdownCode(url);
}
