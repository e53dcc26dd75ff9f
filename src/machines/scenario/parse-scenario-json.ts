/**
 * Scenario text → value, or one issue saying what is wrong: too large, nested too deeply, or
 * where the JSON breaks (line and column). Size and depth are checked first, in one cheap
 * pass, so `JSON.parse` never sees text that could exhaust memory or the stack.
 */
import { jsonErrorOffset } from './json-error-offset';
import type { ScenarioIssue } from './scenario-issues';
import { formatSize } from '../../domain/units';
import { scenarioLimits } from './scenario-limits';

/** The parsed value, or the syntax problem. */
export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: ScenarioIssue };

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** UTF-8 length of `text`, counted without encoding it; stops early once past `limit`. */
export function utf8Length(text: string, limit = Infinity): number {
	// Each UTF-16 unit is at least one byte: a text longer than the limit is over it.
	if (text.length > limit) return text.length;
	let bytes = 0;
	for (let i = 0; i < text.length && bytes <= limit; i++) {
		const unit = text.charCodeAt(i);
		// A surrogate pair is 4 bytes, 2 per half; a lone surrogate (3 once replaced) is near enough.
		bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
	}
	return bytes;
}

/**
 * The offset of the first `{` or `[` that opens level `maxDepth + 1` (the document itself is
 * level 1), or undefined. Brackets inside strings do not count; the text need not be valid.
 */
export function tooDeepOffset(text: string, maxDepth: number): number | undefined {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		if (inString) {
			if (char === 0x5c) i += 1; // a backslash escapes the next character
			else if (char === 0x22) inString = false;
		} else if (char === 0x22) inString = true;
		else if (char === 0x7b || char === 0x5b) {
			depth += 1;
			if (depth > maxDepth) return i;
		} else if (char === 0x7d || char === 0x5d) depth -= 1;
	}
	return undefined;
}

/** Why the text is refused before parsing, or undefined. */
function limitProblem(text: string): string | undefined {
	const { fileBytes, depth } = scenarioLimits;
	if (utf8Length(text, fileBytes) > fileBytes) return `the scenario is larger than ${formatSize(fileBytes)}; the limit is ${formatSize(fileBytes)}`;
	const deep = tooDeepOffset(text, depth);
	if (deep === undefined) return undefined;
	const { line, column } = lineAndColumn(text, deep);
	return `nested more than ${depth} levels deep at line ${line}, column ${column}; the limit is ${depth}`;
}

/** Parses scenario text within `scenarioLimits`; a problem becomes one issue at the root. */
export function parseScenarioJson(text: string): ParsedJson {
	const refused = limitProblem(text);
	if (refused) return { ok: false, issue: { path: '', message: refused } };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		const offset = jsonErrorOffset(text) ?? text.length;
		const { line, column } = lineAndColumn(text, offset);
		const found = text[offset];
		const what = found === undefined ? 'the text ends too early' : `unexpected ${JSON.stringify(found)}`;
		return { ok: false, issue: { path: '', message: `not valid JSON at line ${line}, column ${column}: ${what}` } };
	}
}
