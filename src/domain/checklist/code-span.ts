/**
 * Checklist texts are Markdown-ready plain text: config keys, values and every name from
 * the user go inside code spans, where Markdown shows characters literally. A value that
 * contains backticks gets a longer fence (CommonMark code-span rules).
 */
export function code(value: string): string {
	const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = value.startsWith('`') || value.endsWith('`') || value.trim() === '' ? ' ' : '';
	return `${fence}${pad}${value.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** A list of user values as code spans, e.g. `Web 1`, `Web 2`. */
export function codeList(values: readonly string[]): string {
	return values.map(code).join(', ');
}
