/**
 * Reading plans: from JSON text or a parsed value to a validated `Plan`, or to a list of
 * problems that each name the JSON path and what was expected. Never throws for bad input.
 */
import { printParseErrorCode, visit, type JSONVisitor } from 'jsonc-parser';
import type { z } from './zod';
import { formatSize } from '../units';
import { planLimits } from './limits';
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
	const got = 'input' in issue && typeof issue.input === 'number' ? `; got ${issue.input}` : '';
	// Zod's own words ("expected int, received number", "Too small: expected number to be >=1") say it in code.
	if (issue.code === 'invalid_type' && issue.expected === 'int') return `expected a whole number${got}`;
	if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
		const small = issue.code === 'too_small';
		const limit = Number(small ? issue.minimum : issue.maximum);
		const words = small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
		return `expected a number ${words} ${limit}${got}`;
	}
	return issue.message;
}

/** More servers than `planLimits.servers`: checked before the schema does any work on them. */
function tooManyServers(value: unknown): PlanIssue | undefined {
	const servers: unknown = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { servers?: unknown }).servers : undefined;
	if (!Array.isArray(servers) || servers.length <= planLimits.servers) return undefined;
	return { path: 'servers', message: `${servers.length} servers; a plan can have at most ${planLimits.servers}` };
}

/** Validates an already-parsed value as a plan; `input` is that value itself, untouched. */
export function validatePlan(value: unknown): PlanResult {
	const tooMany = tooManyServers(value);
	if (tooMany) return { ok: false, issues: [tooMany] };
	const result = PlanSchema.safeParse(value, { reportInput: true });
	if (result.success) return { ok: true, plan: result.data, input: value as PlanInput };
	return { ok: false, issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })) };
}

/** `ValueExpected` → `value expected`. */
const humanize = (code: string): string => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Line and column, 1-based, from the scanner's 0-based ones. */
const where = (line: number, column: number): string => `line ${line + 1}, column ${column + 1}`;

/** Keys that JavaScript reads as an object's machinery rather than as data. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Problems listed before giving up: a binary or mis-encoded file has thousands. */
const maxProblems = 10;

/** Thrown from the visitor to stop the scan (too deep, too many problems). */
class StopScan extends Error {}

/**
 * One pass over the text before any value is built: syntax errors with line and column,
 * duplicate and forbidden keys with their JSON path, and the nesting depth. The scan stops
 * at the first level past `planLimits.depth`, so a deeply nested document cannot overflow
 * the stack here (the scanner recurses) or later in `JSON.parse`. Key problems are left out
 * when the syntax is broken, as they may be artefacts of it.
 */
function scanJson(text: string): PlanIssue[] {
	const issues: PlanIssue[] = [];
	const objectKeys: Set<string>[] = [];
	let depth = 0;
	let brokenSyntax = false;
	const report = (issue: PlanIssue): void => {
		issues.push(issue);
		if (issues.length < maxProblems) return;
		issues.push({ path: '', message: `stopped after the first ${maxProblems} problems` });
		throw new StopScan();
	};
	const enter = (line: number, column: number): void => {
		depth += 1;
		if (depth <= planLimits.depth) return;
		issues.push({ path: '', message: `nested deeper than ${planLimits.depth} levels at ${where(line, column)}; the limit is ${planLimits.depth} levels` });
		throw new StopScan();
	};
	const visitor: JSONVisitor = {
		onObjectBegin: (_offset, _length, line, column) => void (enter(line, column), objectKeys.push(new Set())),
		onObjectEnd: () => void ((depth -= 1), objectKeys.pop()),
		onArrayBegin: (_offset, _length, line, column) => enter(line, column),
		onArrayEnd: () => void (depth -= 1),
		onObjectProperty(key, _offset, _length, _line, _column, pathSupplier) {
			const path = formatPath([...pathSupplier(), key]);
			const seen = objectKeys.at(-1)!;
			if (forbiddenKeys.has(key)) report({ path, message: `the key "${key}" is not allowed in a plan` });
			else if (seen.has(key)) report({ path, message: `duplicate key "${key}"; each key may appear once in an object` });
			seen.add(key);
		},
		onError(error, _offset, _length, line, column) {
			brokenSyntax = true;
			report({ path: '', message: `not valid JSON at ${where(line, column)}: ${humanize(printParseErrorCode(error))}` });
		},
	};
	try {
		visit(text, visitor, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	} catch (error) {
		if (!(error instanceof StopScan)) throw error;
	}
	// Key problems always have a path; syntax, depth and "stopped" ones never do.
	return brokenSyntax ? issues.filter((issue) => issue.path === '') : issues;
}

/**
 * Parses strict JSON within `planLimits` (size, nesting depth), reporting every syntax
 * error with its line and column (JSON.parse alone gives no position for many errors on
 * Node 20), and every duplicate or forbidden key (`__proto__`, `constructor`, `prototype`)
 * with its path. The value is `JSON.parse`'s, so every reader gets the same document.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issues: PlanIssue[] } {
	// Characters never outnumber UTF-8 bytes, so this refuses only text over the limit.
	if (text.length > planLimits.fileBytes) return { ok: false, issues: [{ path: '', message: `the plan is larger than ${formatSize(planLimits.fileBytes)}; the limit is ${formatSize(planLimits.fileBytes)}` }] };
	const issues = scanJson(text);
	if (issues.length > 0) return { ok: false, issues };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		return { ok: false, issues: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
	}
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
