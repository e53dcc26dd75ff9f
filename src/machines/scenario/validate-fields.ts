/** Field checks shared by the scenario validators; each records an issue and returns a value or undefined. */
import { childPath, isRecord, type IssueList } from './scenario-issues';

/** A finite number ≥ `min` (or > `min` when `exclusive`). */
export function readNumber(issues: IssueList, path: string, value: unknown, min = 0, exclusive = false): number | undefined {
	const ok = typeof value === 'number' && Number.isFinite(value) && (exclusive ? value > min : value >= min);
	if (!ok) issues.expected(path, `a number of seconds ${exclusive ? '>' : '≥'} ${min}`, value);
	return ok ? value : undefined;
}

/** A whole number ≥ `min`. */
export function readCount(issues: IssueList, path: string, value: unknown, min = 1): number | undefined {
	const ok = typeof value === 'number' && Number.isInteger(value) && value >= min;
	if (!ok) issues.expected(path, `a whole number ≥ ${min}`, value);
	return ok ? value : undefined;
}

/** One of `choices`. */
export function readChoice<T extends string>(issues: IssueList, path: string, value: unknown, choices: readonly T[]): T | undefined {
	if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
	issues.expected(path, `one of ${choices.map((c) => `"${c}"`).join(', ')}`, value);
	return undefined;
}

/** An object; warns about properties outside `known`. */
export function readObject(issues: IssueList, path: string, value: unknown, known: readonly string[]): Record<string, unknown> | undefined {
	if (!isRecord(value)) {
		issues.expected(path, 'an object', value);
		return undefined;
	}
	for (const key of Object.keys(value)) if (!known.includes(key)) issues.unknownProperty(childPath(path, key));
	return value;
}
