/**
 * Small helpers for the rule groups backoffice, legacy-v7, roles, main-dom, application-url
 * and keys-and-sessions: band lists, official names per version, JSON paths and server lists
 * for messages. Pure functions over the plan and the version catalogue.
 */
import { versionBandIds, type VersionBand, type VersionBandId } from '../versions/bands';
import { mainDomLockValues } from '../versions/catalogue';
import type { EffectiveSettings } from '../plan/recommend';
import type { Plan, Server } from '../plan/schema';

/**
 * The bands from `first` to `last` (both included), in release order.
 *
 * @example bandsBetween('v9.0-9.3', 'v10-13') // ['v9.0-9.3', 'v9.4-9.5', 'v10-13']
 */
export function bandsBetween(first: VersionBandId, last: VersionBandId = versionBandIds[versionBandIds.length - 1]!): VersionBandId[] {
	return versionBandIds.slice(versionBandIds.indexOf(first), versionBandIds.indexOf(last) + 1);
}

/** Every band, 7.0 to the newest. */
export const allBands: readonly VersionBandId[] = bandsBetween('v7.0-7.2');
/** Flexible load balancing: 7.3 on (roles, election, the instruction queue) [V7-FLEX]. */
export const flexibleBands: readonly VersionBandId[] = bandsBetween('v7.3+');
/** web.config-era versions: all of v7 and v8. */
export const webConfigBands: readonly VersionBandId[] = bandsBetween('v7.0-7.2', 'v8.12+');
/** Umbraco 8. */
export const v8Bands: readonly VersionBandId[] = bandsBetween('v8.0-8.5', 'v8.12+');
/** appsettings-era versions: 9 on. */
export const v9PlusBands: readonly VersionBandId[] = bandsBetween('v9.0-9.3');
/** Umbraco 17 and later. */
export const v17Bands: readonly VersionBandId[] = bandsBetween('v17.0-17.3');
/** Every band before 17. */
export const before17Bands: readonly VersionBandId[] = bandsBetween('v7.0-7.2', 'v14-16');

/** `servers[2]` for the server's place in the plan. */
export function serverPath(plan: Plan, server: Server): string {
	return `servers[${plan.servers.indexOf(server)}]`;
}

/** `Admin`, `Admin and Web 1`, `Admin, Web 1 and Web 2`. */
export function nameList(servers: readonly Server[]): string {
	const names = servers.map((s) => s.name);
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
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

/** Whether the plan runs on Azure Web Apps. */
export function onAzure(plan: Plan): boolean {
	return plan.hosting === 'azure-web-apps';
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

/**
 * v7 < 7.3 `umbracoUseSSL`: the plan's value, else on when the load balancer is HTTPS-only
 * (what the generator should write) [V7-TRAD]. Not in `effectiveSettings` yet.
 */
export function effectiveUseSsl(plan: Plan, server: Server): boolean {
	return server.settings.umbracoUseSsl ?? plan.loadBalancer.httpsOnly;
}
