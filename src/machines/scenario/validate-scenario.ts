/**
 * Checks a parsed scenario file v1 and fills in defaults. Every problem is collected, each
 * with its JSON path and what was expected; unknown properties are warnings and ignored.
 */
import { countSettings, defaultSettings, flagSettings, settingNames, type SimulationSettings } from '../settings';
import { findBand } from '../../domain/versions/catalogue';
import { hasUnsafeCharacter } from '../../domain/unsafe-characters';
import { previewVersionNote, unsupportedVersionReason } from '../versions/version-profile';
import { checkScenarioBudget } from './scenario-budget';
import { childPath, describeValue, IssueList, type ScenarioIssue } from './scenario-issues';
import { formatCount } from '../../domain/units';
import { scenarioLimits } from './scenario-limits';
import { eventKinds, machineNames, recycleMainDom, roleAccessors, type Scenario, type ScenarioEvent, type ScenarioServer } from './scenario-types';
import { readChoice, readCount, readNumber, readObject } from './validate-fields';

export { ScenarioError } from './scenario-issues';

/** The scenario with defaults filled in, or every problem; warnings either way. */
export type ScenarioValidation =
	| { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly ScenarioIssue[] }
	| { readonly ok: false; readonly issues: readonly ScenarioIssue[]; readonly warnings: readonly ScenarioIssue[] };

function readSetting(issues: IssueList, name: keyof SimulationSettings, raw: unknown): number | boolean | undefined {
	const path = childPath('settings', name);
	if (flagSettings.has(name)) {
		if (typeof raw === 'boolean') return raw;
		issues.expected(path, 'true or false', raw);
		return undefined;
	}
	// Every duration is a period or a window of at least a second: a shorter one only multiplies the steps.
	return countSettings.has(name) ? readCount(issues, path, raw, 1, scenarioLimits.count) : readNumber(issues, path, raw, scenarioLimits.minPeriod);
}

/**
 * `ScheduledPublishingSettingsValidator` (PR #23127): with `AlignToClock` the period must be a
 * whole number of seconds that divides an hour, or Umbraco does not start [D17-SCHEDPUB].
 */
function checkAlignedPeriod(issues: IssueList, settings: SimulationSettings, umbraco: unknown): void {
	const period = settings.scheduledPublishingPeriod;
	if (!settings.scheduledPublishingAlignToClock || (Number.isInteger(period) && 3600 % period === 0)) return;
	// Versions before 17.6 / 18.1 have neither the settings nor the validator: they keep the fixed minute.
	if (typeof umbraco !== 'string' || !findBand(umbraco)?.scheduledPublishing) return;
	issues.expected(childPath('settings', 'scheduledPublishingPeriod'), 'a whole number of seconds that divides 3600 when scheduledPublishingAlignToClock is true', period);
}

function readSettings(issues: IssueList, value: unknown, umbraco: unknown): SimulationSettings {
	if (value === undefined) return defaultSettings;
	const object = readObject(issues, 'settings', value, settingNames);
	const settings: Record<string, number | boolean> = { ...defaultSettings };
	for (const name of settingNames) {
		const raw = object?.[name];
		if (raw === undefined) continue;
		const read = readSetting(issues, name, raw);
		if (read !== undefined) settings[name] = read;
	}
	checkAlignedPeriod(issues, settings as unknown as SimulationSettings, umbraco);
	return settings as unknown as SimulationSettings;
}

// C0 and C1 controls (and DEL): an id is printed in timelines and used as a key.

/** Why a server id is unusable, or undefined when it is fine. */
function idProblem(id: unknown, seen: ReadonlySet<string>): string | undefined {
	if (typeof id !== 'string' || id.trim() === '') return `expected a non-empty string; got ${describeValue(id)}`;
	if (id.length > scenarioLimits.idLength) return `expected at most ${scenarioLimits.idLength} characters; got ${id.length}`;
	if (hasUnsafeCharacter(id)) return `expected no control characters (line breaks, text-direction marks, zero-width spaces and the like); got ${JSON.stringify(id)}`;
	if (seen.has(id)) return `duplicate server id "${id}"`;
	return undefined;
}

/** The optional machine-identity fields of a server, as written (absent when not given). */
function readIdentity(issues: IssueList, path: string, object: Record<string, unknown>): Pick<ScenarioServer, 'machineName' | 'machineIdentifier'> | undefined {
	const identity: { -readonly [K in 'machineName' | 'machineIdentifier']?: NonNullable<ScenarioServer[K]> } = {};
	let ok = true;
	if (object['machineName'] !== undefined) {
		const machineName = readChoice(issues, childPath(path, 'machineName'), object['machineName'], machineNames);
		if (machineName) identity.machineName = machineName;
		else ok = false;
	}
	if (object['machineIdentifier'] !== undefined) {
		if (typeof object['machineIdentifier'] === 'boolean') identity.machineIdentifier = object['machineIdentifier'];
		else {
			issues.expected(childPath(path, 'machineIdentifier'), 'true or false', object['machineIdentifier']);
			ok = false;
		}
	}
	return ok ? identity : undefined;
}

function readServer(issues: IssueList, value: unknown, index: number, seen: Set<string>): ScenarioServer | undefined {
	const path = childPath('servers', index);
	const object = readObject(issues, path, value, ['id', 'start', 'role', 'appUrl', 'machineName', 'machineIdentifier']);
	if (!object) return undefined;
	const id = object['id'];
	const problem = idProblem(id, seen);
	const validId = typeof id === 'string' && problem === undefined;
	if (problem) issues.error(childPath(path, 'id'), problem);
	// Known even if another field is wrong, so events naming it do not get a second error.
	if (validId) seen.add(id);
	const start = readNumber(issues, childPath(path, 'start'), object['start']);
	const role = object['role'] === undefined ? 'elected' : readChoice(issues, childPath(path, 'role'), object['role'], roleAccessors);
	const appUrl = object['appUrl'] ?? true;
	if (typeof appUrl !== 'boolean') issues.expected(childPath(path, 'appUrl'), 'true or false', appUrl);
	const identity = readIdentity(issues, path, object);
	if (!validId || start === undefined || !role || typeof appUrl !== 'boolean' || !identity) return undefined;
	return { id, start, role, appUrl, ...identity };
}

/** `"A", "B"`; past five ids only the first three and the count, so 10 000 such messages stay short. */
function listIds(ids: ReadonlySet<string>): string {
	const quoted = [...ids].slice(0, 5).map((id) => `"${id}"`);
	return ids.size <= 5 ? quoted.join(', ') : `${quoted.slice(0, 3).join(', ')} … ${ids.size} in all`;
}

function readEvent(issues: IssueList, value: unknown, index: number, ids: ReadonlySet<string>): ScenarioEvent | undefined {
	const path = childPath('events', index);
	const object = readObject(issues, path, value, ['at', 'server', 'do', 'instructions', 'until', 'mainDom']);
	if (!object) return undefined;
	const at = readNumber(issues, childPath(path, 'at'), object['at']);
	const server = object['server'];
	if (typeof server !== 'string' || !ids.has(server)) {
		issues.expected(childPath(path, 'server'), `the id of a server in "servers" (${listIds(ids)})`, server);
	}
	const kind = readChoice(issues, childPath(path, 'do'), object['do'], eventKinds);
	if (at === undefined || typeof server !== 'string' || !ids.has(server) || !kind) return undefined;
	if (kind === 'publish' || kind === 'edit') {
		const instructions = readCount(issues, childPath(path, 'instructions'), object['instructions'], 1, scenarioLimits.instructions);
		return instructions === undefined ? undefined : { at, server, do: kind, instructions };
	}
	if (kind === 'dbFailure' || kind === 'dbHang') {
		const until = readNumber(issues, childPath(path, 'until'), object['until'], at, true);
		return until === undefined ? undefined : { at, server, do: kind, until };
	}
	if (kind === 'recycle' && object['mainDom'] !== undefined) {
		const mainDom = readChoice(issues, childPath(path, 'mainDom'), object['mainDom'], recycleMainDom);
		return mainDom === undefined ? undefined : { at, server, do: kind, mainDom };
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

/** Lists longer than their limit, checked before any item is read. */
function checkListSizes(issues: IssueList, root: Record<string, unknown>): void {
	for (const [path, limit] of [['servers', scenarioLimits.servers], ['events', scenarioLimits.events]] as const) {
		const list = root[path];
		if (Array.isArray(list) && list.length > limit) issues.error(path, `${formatCount(list.length)} ${path}; a scenario can have at most ${formatCount(limit)}`);
	}
}

/** Servers that start and events that happen after `until` never take part: a warning each, by path. */
function warnAfterEnd(issues: IssueList, root: Record<string, unknown>, until: number): void {
	for (const [list, field, what] of [['servers', 'start', 'starts'], ['events', 'at', 'happens']] as const) {
		const items = root[list];
		if (!Array.isArray(items)) continue;
		items.forEach((item: unknown, index) => {
			const time = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined;
			if (typeof time === 'number' && time > until) issues.warning(childPath(childPath(list, index), field), `${what} at ${time} s, after the run ends at ${until} s: it never takes part`);
		});
	}
}

/**
 * Validates a parsed scenario; on success returns it with defaults filled in. Every value is
 * checked against `scenarioLimits`, and a scenario that is valid field by field must still fit
 * the work budget (`scenario-budget.ts`), so whatever passes runs in seconds.
 */
export function validateScenario(value: unknown): ScenarioValidation {
	const issues = new IssueList();
	const root = readObject(issues, '', value, ['umbraco', 'settings', 'servers', 'events', 'until']);
	if (root) checkListSizes(issues, root);
	if (!root || issues.errors.length > 0) return { ok: false, issues: issues.errors, warnings: issues.warnings };
	const umbraco = root['umbraco'];
	const versionProblem = typeof umbraco === 'string' ? unsupportedVersionReason(umbraco) : 'expected a version string such as "13.5.2"';
	if (versionProblem) issues.error('umbraco', `${versionProblem}; got ${describeValue(umbraco)}`);
	const preview = typeof umbraco === 'string' && !versionProblem ? previewVersionNote(umbraco) : undefined;
	if (preview) issues.warning('umbraco', preview);
	const settings = readSettings(issues, root['settings'], umbraco);
	const seen = new Set<string>();
	const servers = readList(issues, 'servers', root['servers'], (item, index) => readServer(issues, item, index, seen));
	if (Array.isArray(root['servers']) && root['servers'].length === 0) issues.error('servers', 'expected at least one server');
	const events = root['events'] === undefined ? [] : readList(issues, 'events', root['events'], (item, index) => readEvent(issues, item, index, seen));
	const until = readNumber(issues, 'until', root['until']);
	if (issues.errors.length > 0 || until === undefined || typeof umbraco !== 'string') return { ok: false, issues: issues.errors, warnings: issues.warnings };
	warnAfterEnd(issues, root, until);
	const scenario: Scenario = { umbraco, settings, servers, events, until };
	if (!checkScenarioBudget(issues, scenario)) return { ok: false, issues: issues.errors, warnings: issues.warnings };
	return { ok: true, scenario, warnings: issues.warnings };
}
