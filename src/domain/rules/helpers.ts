/**
 * Small helpers for the rule groups: official names per version, JSON paths, version-specific
 * folders and settings as written in messages, server lists and cookie-domain checks.
 * Pure functions over the plan and the version catalogue.
 */
import type { VersionBand } from '../versions/bands';
import { mainDomLockValues, type SettingRef } from '../versions/catalogue';
import { compareVersions, type VersionTuple } from '../versions/version';
import type { EffectiveSettings } from '../plan/recommend';
import type { Plan, Server } from '../plan/schema';

/** Whether `version` is `from` or newer. */
export function atLeast(version: VersionTuple, from: VersionTuple): boolean {
	return compareVersions(version, from) >= 0;
}

/** Whether the plan is hosted on Azure Web Apps (App Service). */
export function isAzure(plan: Plan): boolean {
	return plan.hosting === 'azure-web-apps';
}

/** JSON path of a server, or of one of its fields: `servers[2]`, `servers[2].instances`. */
export function serverPath(plan: Plan, server: Server, field?: string): string {
	return `servers[${plan.servers.indexOf(server)}]${field ? `.${field}` : ''}`;
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
 * @example nameList([{ name: 'Admin' }, { name: 'Web 1' }, { name: 'Web 2' }]) // 'Admin, Web 1 and Web 2'
 */
export function nameList(servers: readonly Pick<Server, 'name'>[]): string {
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
	// A cookie for a public suffix (`.co.uk`, `.azurewebsites.net`) is refused, so it covers nothing.
	return d !== undefined && !isPublicSuffix(d) && (h === d || h.endsWith(`.${d}`));
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
	const parent = common.reverse().join('.');
	// Browsers refuse a cookie for a public suffix, so `.co.uk` or `.azurewebsites.net` is no parent to share.
	return common.length >= 2 && !isPublicSuffix(parent) ? `.${parent}` : undefined;
}

/**
 * Hosting suffixes from the private section of the Public Suffix List (publicsuffix.org/list), where each
 * customer owns a sub-domain: a cookie for the suffix itself is refused. The planner does not ship the
 * whole list (tens of KB); these are the platforms an Umbraco farm is likely to run on.
 */
const platformSuffixes = new Set(['azurewebsites.net', 'cloudapp.net', 'trafficmanager.net', 'azurecontainer.io', 'core.windows.net', 'herokuapp.com', 'github.io', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'appspot.com', 'firebaseapp.com']);

/** Second-level labels that country registries sell under (co.uk, com.au, org.nz …). */
const registrySecondLevels = new Set(['ac', 'co', 'com', 'edu', 'go', 'gov', 'ltd', 'me', 'ne', 'net', 'nom', 'or', 'org', 'plc', 'sch']);

/**
 * Whether a domain is, as far as this list knows, a public suffix: a top-level domain, a
 * registry's second level under a country code (`co.uk`), or a hosting platform's suffix.
 *
 * @example isPublicSuffix('co.uk') // true
 * @example isPublicSuffix('example.co.uk') // false
 */
export function isPublicSuffix(domain: string): boolean {
	const labels = domain.toLowerCase().replace(/^\./, '').split('.');
	if (labels.length === 1) return true;
	if (platformSuffixes.has(labels.join('.'))) return true;
	return labels.length === 2 && labels[1]!.length === 2 && registrySecondLevels.has(labels[0]!);
}

/** `ServerRole` value to pin the admin server with: Master, Primary (8.10+) or SchedulingPublisher [V8-ADV-810] [PR-10480]. */
export function publisherName(band: VersionBand): string {
	return band.pinnedPublisherValue;
}

/** `ServerRole` value of a front-end: Slave, Replica or Subscriber [SRC-ROLE]. */
export function subscriberName(band: VersionBand): string {
	return band.roleNames.subscriber;
}

/** How a role is pinned in this version [V7-ADV] [V8-ADV] [D13-ADV]. */
export function registrarHook(band: VersionBand): string {
	if (band.family === 'v7') return 'an IServerRegistrar2 set with ServerRegistrarResolver.Current.SetServerRegistrar(...) in ApplicationStarting';
	if (band.family === 'v8') return 'an IServerRegistrar registered with composition.SetServerRegistrar(...) in a Composer';
	return 'an IServerRoleAccessor registered with builder.SetServerRegistrar<T>()';
}

/**
 * The MainDom setting as written for this version, e.g. `Umbraco.Core.MainDom.Lock=SqlMainDomLock`
 * (v8) or `Umbraco:CMS:Global:MainDomLock=SqlMainDomLock` (v9+) [V8-AZ] [D13-GLOBAL].
 */
export function mainDomLockText(band: VersionBand, kind: keyof typeof mainDomLockValues): string {
	const value = mainDomLockValues[kind];
	return band.mainDomLockSetting ? `${band.mainDomLockSetting}=${value}` : value;
}

/** How an effective lock value reads in a message: the official name, or "the default lock". */
export function lockLabel(lock: EffectiveSettings['mainDomLock']): string {
	return lock === 'default' ? 'the default MainDom lock' : mainDomLockValues[lock];
}

