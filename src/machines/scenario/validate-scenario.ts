/**
 * Checks a parsed scenario file v1 and fills in defaults. Every problem is collected, each
 * with its JSON path and what was expected; unknown properties are warnings and ignored.
 */
import { countSettings, defaultSettings, settingNames, type SimulationSettings } from '../settings';
import { unsupportedVersionReason } from '../versions/version-profile';
import { childPath, describeValue, IssueList, type ScenarioIssue } from './scenario-issues';
import { eventKinds, roleAccessors, type Scenario, type ScenarioEvent, type ScenarioServer } from './scenario-types';
import { readChoice, readCount, readNumber, readObject } from './validate-fields';

export { ScenarioError } from './scenario-issues';

/** The scenario with defaults filled in, or every problem; warnings either way. */
export type ScenarioValidation =
	| { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly ScenarioIssue[] }
	| { readonly ok: false; readonly issues: readonly ScenarioIssue[]; readonly warnings: readonly ScenarioIssue[] };

// Pruning and retention may be 0 ("every poll", "keep nothing but the newest row").
const mayBeZero: ReadonlySet<keyof SimulationSettings> = new Set(['retainInstructions', 'pruneThrottle']);

function readSettings(issues: IssueList, value: unknown): SimulationSettings {
	if (value === undefined) return defaultSettings;
	const object = readObject(issues, 'settings', value, settingNames);
	const settings: Record<string, number> = { ...defaultSettings };
	for (const name of settingNames) {
		const raw = object?.[name];
		if (raw === undefined) continue;
		const path = childPath('settings', name);
		const read = countSettings.has(name) ? readCount(issues, path, raw) : readNumber(issues, path, raw, 0, !mayBeZero.has(name));
		if (read !== undefined) settings[name] = read;
	}
	return settings as unknown as SimulationSettings;
}

function readServer(issues: IssueList, value: unknown, index: number, seen: Set<string>): ScenarioServer | undefined {
	const path = childPath('servers', index);
	const object = readObject(issues, path, value, ['id', 'start', 'role', 'appUrl']);
	if (!object) return undefined;
	const id = object['id'];
	const validId = typeof id === 'string' && id.trim() !== '' && !seen.has(id);
	if (typeof id !== 'string' || id.trim() === '') issues.expected(childPath(path, 'id'), 'a non-empty string', id);
	else if (seen.has(id)) issues.error(childPath(path, 'id'), `duplicate server id "${id}"`);
	// Known even if another field is wrong, so events naming it do not get a second error.
	if (validId) seen.add(id);
	const start = readNumber(issues, childPath(path, 'start'), object['start']);
	const role = object['role'] === undefined ? 'elected' : readChoice(issues, childPath(path, 'role'), object['role'], roleAccessors);
	const appUrl = object['appUrl'] ?? true;
	if (typeof appUrl !== 'boolean') issues.expected(childPath(path, 'appUrl'), 'true or false', appUrl);
	if (!validId || start === undefined || !role || typeof appUrl !== 'boolean') return undefined;
	return { id, start, role, appUrl };
}

function readEvent(issues: IssueList, value: unknown, index: number, ids: ReadonlySet<string>): ScenarioEvent | undefined {
	const path = childPath('events', index);
	const object = readObject(issues, path, value, ['at', 'server', 'do', 'instructions', 'until']);
	if (!object) return undefined;
	const at = readNumber(issues, childPath(path, 'at'), object['at']);
	const server = object['server'];
	if (typeof server !== 'string' || !ids.has(server)) {
		issues.expected(childPath(path, 'server'), `the id of a server in "servers" (${[...ids].map((id) => `"${id}"`).join(', ')})`, server);
	}
	const kind = readChoice(issues, childPath(path, 'do'), object['do'], eventKinds);
	if (at === undefined || typeof server !== 'string' || !ids.has(server) || !kind) return undefined;
	if (kind === 'publish' || kind === 'edit') {
		const instructions = readCount(issues, childPath(path, 'instructions'), object['instructions']);
		return instructions === undefined ? undefined : { at, server, do: kind, instructions };
	}
	if (kind === 'dbFailure') {
		const until = readNumber(issues, childPath(path, 'until'), object['until'], at, true);
		return until === undefined ? undefined : { at, server, do: kind, until };
	}
	return { at, server, do: kind };
}

function readList<T>(issues: IssueList, path: string, value: unknown, read: (item: unknown, index: number) => T | undefined): T[] {
	if (!Array.isArray(value)) {
		issues.expected(path, 'an array', value);
		return [];
	}
	return value.map(read).filter((item): item is T => item !== undefined);
}

/** Validates a parsed scenario; on success returns it with defaults filled in. */
export function validateScenario(value: unknown): ScenarioValidation {
	const issues = new IssueList();
	const root = readObject(issues, '', value, ['umbraco', 'settings', 'servers', 'events', 'until']);
	if (!root) return { ok: false, issues: issues.errors, warnings: issues.warnings };
	const umbraco = root['umbraco'];
	const versionProblem = typeof umbraco === 'string' ? unsupportedVersionReason(umbraco) : 'expected a version string such as "13.5.2"';
	if (versionProblem) issues.error('umbraco', `${versionProblem}; got ${describeValue(umbraco)}`);
	const settings = readSettings(issues, root['settings']);
	const seen = new Set<string>();
	const servers = readList(issues, 'servers', root['servers'], (item, index) => readServer(issues, item, index, seen));
	if (Array.isArray(root['servers']) && root['servers'].length === 0) issues.error('servers', 'expected at least one server');
	const events = root['events'] === undefined ? [] : readList(issues, 'events', root['events'], (item, index) => readEvent(issues, item, index, seen));
	const until = readNumber(issues, 'until', root['until']);
	if (issues.errors.length > 0 || until === undefined || typeof umbraco !== 'string') return { ok: false, issues: issues.errors, warnings: issues.warnings };
	return { ok: true, scenario: { umbraco, settings, servers, events, until }, warnings: issues.warnings };
}
