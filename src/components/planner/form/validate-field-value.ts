/**
 * Checking one edited value of a design before it is written: the plan schema judges the
 * draft with the new value, and only a problem of that very field counts.
 */
import type { PlanDraft } from '../../../domain/plan/draft';
import { formatPath, validatePlan } from '../../../domain/plan/parse';

type Path = readonly (string | number)[];

// Stand-ins for the parts a draft may still lack, so their absence is not reported.
const placeholderServer = { id: 'placeholder', name: 'Placeholder', host: 'placeholder.invalid', kind: 'frontend' };
const placeholderLoadBalancer = { publicHost: 'placeholder.invalid' };
const placeholderFiles = { strategy: 'standalone' };

/** A copy of `target` with `value` at `path` (left out when undefined); missing parents are made. */
function setIn(target: unknown, path: Path, value: unknown): unknown {
	const [key, ...rest] = path;
	if (key === undefined) return value;
	const isList = typeof key === 'number';
	const source = typeof target === 'object' && target !== null ? target : isList ? [] : {};
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
export function validateFieldValue(draft: PlanDraft, path: Path, value: unknown): string | undefined {
	const complete = {
		...draft,
		servers: draft.servers.length > 0 ? draft.servers : [placeholderServer],
		loadBalancer: draft.loadBalancer ?? placeholderLoadBalancer,
		files: draft.files ?? placeholderFiles,
	};
	const result = validatePlan(setIn(complete, path, value));
	if (result.ok) return undefined;
	const where = formatPath(path);
	return result.issues.find((issue) => issue.path === where)?.message;
}
