/** Problems found in a scenario, each at a JSON path such as `servers[1].role`. */

/** One problem in a scenario. */
export interface ScenarioIssue {
	/** JSON path of the offending value; `(root)` for the document itself. */
	readonly path: string;
	readonly message: string;
}

/** Thrown by `simulate` for a scenario with problems; `issues` lists all of them. */
export class ScenarioError extends Error {
	readonly issues: readonly ScenarioIssue[];

	constructor(issues: readonly ScenarioIssue[]) {
		super(`Invalid scenario (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`);
		this.name = 'ScenarioError';
		this.issues = issues;
	}
}

/** `servers[1].role: expected …`. */
export function formatIssue(issue: ScenarioIssue): string {
	return `${issue.path || '(root)'}: ${issue.message}`;
}

/** A short rendering of a wrong value for messages: `"10"`, `-1`, `an object`, `nothing`. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	return String(value);
}

/** Collects issues while a validator walks the document. */
export class IssueList {
	readonly errors: ScenarioIssue[] = [];
	readonly warnings: ScenarioIssue[] = [];

	/** Records an error: `expected <what>; got <value>`. */
	expected(path: string, what: string, value: unknown): void {
		this.errors.push({ path, message: `expected ${what}; got ${describeValue(value)}` });
	}

	error(path: string, message: string): void {
		this.errors.push({ path, message });
	}

	/** Records something that does not stop the run but may surprise. */
	warning(path: string, message: string): void {
		this.warnings.push({ path, message });
	}

	/** Records a property the format does not know; it is ignored. */
	unknownProperty(path: string): void {
		this.warnings.push({ path, message: 'unknown property, ignored' });
	}
}

/** `a.b`, `a[2]`. */
export const childPath = (parent: string, key: string | number): string =>
	typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** Whether a value is a plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
