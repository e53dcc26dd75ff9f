/**
 * Small helpers shared by the rule groups R29–R31 and R39–R69: band lists, JSON paths,
 * version-specific folder names and the way a setting is written in a message.
 */
import { versionBandIds, type VersionBandId } from '../versions/bands';
import type { SettingRef } from '../versions/catalogue';
import { compareVersions, type VersionTuple } from '../versions/version';
import type { Plan, Server } from '../plan/schema';

const bandsFrom = (first: VersionBandId): readonly VersionBandId[] => versionBandIds.slice(versionBandIds.indexOf(first));
const bandsBefore = (end: VersionBandId): readonly VersionBandId[] => versionBandIds.slice(0, versionBandIds.indexOf(end));

/** Every band, 7.0 on. */
export const allBands: readonly VersionBandId[] = versionBandIds;
/** Umbraco 7 (both the traditional and the flexible band). */
export const v7Bands: readonly VersionBandId[] = bandsBefore('v8.0-8.5');
/** Umbraco 8 and later. */
export const v8PlusBands: readonly VersionBandId[] = bandsFrom('v8.0-8.5');
/** Umbraco 9 and later. */
export const v9PlusBands: readonly VersionBandId[] = bandsFrom('v9.0-9.3');
/** Umbraco 10 and later (the 10–13 band; rules needing 13+ check the version). */
export const v10PlusBands: readonly VersionBandId[] = bandsFrom('v10-13');
/** Umbraco 14 and later. */
export const v14PlusBands: readonly VersionBandId[] = bandsFrom('v14-16');
/** Umbraco 17 and later. */
export const v17Bands: readonly VersionBandId[] = bandsFrom('v17.0-17.3');

/** Whether `version` is `from` or newer. */
export function atLeast(version: VersionTuple, from: VersionTuple): boolean {
	return compareVersions(version, from) >= 0;
}

/** Whether the plan is hosted on Azure Web Apps (App Service). */
export function isAzure(plan: Plan): boolean {
	return plan.hosting === 'azure-web-apps';
}

/** JSON path of a server field, e.g. `servers[2].instances`. */
export function serverPath(plan: Plan, server: Server, field: string): string {
	return `servers[${plan.servers.indexOf(server)}].${field}`;
}

/** JSON path of one of a server's settings, e.g. `servers[2].settings.localTemp`. */
export function settingPath(plan: Plan, server: Server, key: string): string {
	return serverPath(plan, server, `settings.${key}`);
}

/** Umbraco's default temp folder: `~/App_Data/TEMP` up to v8, `~/umbraco/Data/TEMP` from v9 [V7-REPL] [V8-FSR] [D13-FSR]. */
export function tempFolder(version: VersionTuple): string {
	return version[0] >= 9 ? '~/umbraco/Data/TEMP' : '~/App_Data/TEMP';
}

/** Umbraco's default log folder: `~/App_Data/Logs` up to v8, `~/umbraco/Logs` from v9 [V7-REPL] [D13-FSR]. */
export function logsFolder(version: VersionTuple): string {
	return version[0] >= 9 ? '~/umbraco/Logs' : '~/App_Data/Logs';
}

/**
 * A setting as a reader writes it.
 *
 * @example formatSetting({ file: 'web.config', key: 'umbracoLocalTempStorage', value: 'EnvironmentTemp' })
 * // '`umbracoLocalTempStorage` = `EnvironmentTemp` in web.config'
 */
export function formatSetting(ref: SettingRef): string {
	if (ref.file === 'ExamineSettings.config') return `\`${ref.key}="${ref.value}"\` on every indexer in ExamineSettings.config`;
	return `\`${ref.key}\` = \`${ref.value}\` in ${ref.file}`;
}

/**
 * Display names joined for a sentence.
 *
 * @example listNames([{ name: 'Admin' }, { name: 'Web 1' }, { name: 'Web 2' }]) // 'Admin, Web 1 and Web 2'
 */
export function listNames(servers: readonly Pick<Server, 'name'>[]): string {
	const names = servers.map((s) => s.name);
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** `.Example.com` → `example.com`; undefined for a single label, which browsers refuse as a cookie domain. */
function normalizeDomain(domain: string): string | undefined {
	const d = domain.trim().replace(/^\./, '').toLowerCase();
	return d.includes('.') ? d : undefined;
}

/**
 * Whether a cookie set for `domain` is sent to `host` (the Engage Cockpit check) [E13-LB].
 *
 * @example cookieDomainCovers('.example.com', 'www.example.com') // true
 */
export function cookieDomainCovers(domain: string, host: string): boolean {
	const d = normalizeDomain(domain);
	const h = host.toLowerCase();
	return d !== undefined && (h === d || h.endsWith(`.${d}`));
}

/**
 * The closest parent domain of two labels or more that two hosts share, with a leading dot.
 *
 * @example sharedParentDomain('cms.example.com', 'www.example.com') // '.example.com'
 * @example sharedParentDomain('admin.internal', 'www.example.com') // undefined
 */
export function sharedParentDomain(a: string, b: string): string | undefined {
	const left = a.toLowerCase().split('.').reverse();
	const right = b.toLowerCase().split('.').reverse();
	const common: string[] = [];
	for (let i = 0; i < Math.min(left.length, right.length) && left[i] === right[i]; i++) common.push(left[i]!);
	return common.length >= 2 ? `.${common.reverse().join('.')}` : undefined;
}
