/** Field checks shared by the scenario validators; each records an issue and returns a value or undefined. */
import { childPath, isRecord, type IssueList } from './scenario-issues';
import { formatCount } from '../../domain/units';
import { scenarioLimits } from './scenario-limits';

/**
 * A finite number of seconds ≥ `min` (or > `min` when `exclusive`) and at most one simulated
 * year (`scenarioLimits.seconds`), so no time or period can ask for an endless run.
 */
export function readNumber(issues: IssueList, path: string, value: unknown, min = 0, exclusive = false): number | undefined {
	const ok = typeof value === 'number' && Number.isFinite(value) && (exclusive ? value > min : value >= min);
	if (!ok) issues.expected(path, `a number of seconds ${exclusive ? '>' : '≥'} ${min}`, value);
	else if (value > scenarioLimits.seconds) issues.expected(path, `at most ${formatCount(scenarioLimits.seconds)} seconds (one simulated year)`, value);
	else return value;
	return undefined;
}

/** A whole number from `min` to `max`. */
export function readCount(issues: IssueList, path: string, value: unknown, min: number, max: number): number | undefined {
	const ok = typeof value === 'number' && Number.isInteger(value) && value >= min;
	if (!ok) issues.expected(path, `a whole number ≥ ${min}`, value);
	else if (value > max) issues.expected(path, `a whole number ≤ ${formatCount(max)}`, value);
	else return value;
	return undefined;
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
