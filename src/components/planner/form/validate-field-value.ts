/**
 * Checking one edited value of a design before it is written: the plan schema judges the
 * draft with the new value, and only a problem of that very field counts.
 */
import { completeDraft, type PlanDraft } from '../../../domain/plan/draft';
import type { JsonPath } from '../../../domain/plan/edit';
import { formatPath, validatePlan } from '../../../domain/plan/parse';

/**
 * A copy of `target` with `value` at `path` (left out when undefined). Unlike the builder's
 * `setAt`, it writes anything, even leaving out a field every plan needs: the point is to
 * hear what the schema says about such a value before `setAt` is asked to write it.
 */
function setIn(target: unknown, path: JsonPath, value: unknown): unknown {
	const [key, ...rest] = path;
	if (key === undefined) return value;
	const source = typeof target === 'object' && target !== null ? target : typeof key === 'number' ? [] : {};
	const copy = (Array.isArray(source) ? [...source] : { ...source }) as Record<string | number, unknown>;
	const next = setIn(copy[key], rest, value);
	if (next === undefined && !Array.isArray(copy)) delete copy[key];
	else copy[key] = next;
	return copy;
}

/**
 * The message of the problem `value` would give the field at `path` in `draft`, or
 * undefined when the value is fine for that field (problems elsewhere do not count).
 * `undefined` as value means leaving the field out.
 */
export function validateFieldValue(draft: PlanDraft, path: JsonPath, value: unknown): string | undefined {
	// Missing parts get stand-ins first, so only this field's own problems are reported.
	const result = validatePlan(setIn(completeDraft(draft), path, value));
	if (result.ok) return undefined;
	const where = formatPath(path);
	return result.issues.find((issue) => issue.path === where)?.message;
}
