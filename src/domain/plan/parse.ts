/**
 * Reading plans: from JSON text or a parsed value to a validated `Plan`, or to a list of
 * problems that each name the JSON path and what was expected. Never throws for bad input.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { PlanSchema, type Plan, type PlanInput } from './schema';

/** One problem with a plan file. */
export interface PlanIssue {
	/** JSON path, e.g. `servers[1].role`; empty for the document itself. */
	readonly path: string;
	readonly message: string;
}

/**
 * A plan read: the validated `plan` (defaults filled in) and the `input` document exactly as
 * it was given, to save or share unchanged; or the problems.
 */
export type PlanResult =
	| { readonly ok: true; readonly plan: Plan; readonly input: PlanInput }
	| { readonly ok: false; readonly issues: readonly PlanIssue[] };

/** `['servers', 1, 'role']` → `servers[1].role`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${i ? '.' : ''}${String(key)}` : `[${JSON.stringify(String(key))}]`))
		.join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	const missing = 'input' in issue && issue.input === undefined;
	if (issue.code === 'invalid_value') return `${missing ? 'missing; ' : ''}expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	if (issue.code === 'invalid_type' && missing) return `missing; expected ${issue.expected}`;
	return issue.message;
}

/** Validates an already-parsed value as a plan; `input` is that value itself, untouched. */
export function validatePlan(value: unknown): PlanResult {
	const result = PlanSchema.safeParse(value, { reportInput: true });
	if (result.success) return { ok: true, plan: result.data, input: value as PlanInput };
	return { ok: false, issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })) };
}

/** `ValueExpected` → `value expected`. */
const humanize = (code: string): string => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): string {
	const before = text.slice(0, offset).split('\n');
	return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/**
 * Parses strict JSON, reporting every syntax error with its line and column (JSON.parse
 * alone gives no position for many errors on Node 20).
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issues: PlanIssue[] } {
	const errors: ParseError[] = [];
	const value: unknown = parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	if (errors.length === 0) return { ok: true, value };
	return {
		ok: false,
		issues: errors.map((e) => ({ path: '', message: `not valid JSON at ${position(text, e.offset)}: ${humanize(printParseErrorCode(e.error))}` })),
	};
}

/** Parses JSON text and validates it as a plan. */
export function parsePlan(text: string): PlanResult {
	const json = parseJson(text);
	return json.ok ? validatePlan(json.value) : json;
}

/** Formats issues one per line for people: `servers[1].role: expected one of …`. */
export function formatIssues(issues: readonly PlanIssue[]): string {
	return issues.map((i) => `${i.path || '(document)'}: ${i.message}`).join('\n');
}
