/**
 * Scenario text → value, with the line and column of a JSON syntax error when the runtime
 * reports a position (V8: "… in JSON at position 42", newer ones add "(line 3 column 5)").
 */
import type { ScenarioIssue } from './scenario-issues';

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
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /at position (\d+)/.exec(message);
		// "Unexpected end of JSON input" has no position: the problem is at the end.
		const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
		const where = offset === undefined ? undefined : lineAndColumn(text, offset);
		const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
		const at = where ? ` at line ${where.line}, column ${where.column}` : '';
		return { ok: false, issue: { path: '', message: `not valid JSON${at}: ${reason}` } };
	}
}
