/** Scenario text → value, or one issue saying where the JSON breaks (line and column). */
import { jsonErrorOffset } from './json-error-offset';
import type { ScenarioIssue } from './scenario-issues';

/** The parsed value, or the syntax problem. */
export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: ScenarioIssue };

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses scenario text; a syntax error becomes one issue at the root. */
export function parseScenarioJson(text: string): ParsedJson {
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
