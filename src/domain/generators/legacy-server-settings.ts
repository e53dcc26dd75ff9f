/**
 * What a v7/v8 server's own site files hold that can depend on the server: Web.config appSettings,
 * the keepAlive element of umbracoSettings.config (8.6+) and v7's Examine directory factory. Plain
 * data, without XML, so that the rules can tell which of them differ between the servers of one
 * shared copy (R82) without loading the generators; the targets turn the same data into files.
 */
import { examineFactorySetting, localTempSetting, mainDomLockValues } from '../versions/catalogue';
import type { Plan } from '../plan/schema';
import { atLeast, planContext, serverContext, type ServerContext } from './context';

export type AppSetting = readonly [key: string, value: string];

/** v7 temp keys by minor: 7.7.3+ / 7.6+ / older [V7-FLEX] [V7-WEBCFG]. */
function v7Settings(ctx: ServerContext): AppSetting[] {
	const { settings, version } = ctx;
	const out: AppSetting[] = [];
	if (settings.localTemp !== 'default') {
		const temp = localTempSetting(version);
		// Before 7.6 the only switch is `true`, which means ASP.NET temp; later keys take the location name.
		const value = temp.value === 'true' ? 'true' : settings.localTemp === 'aspnet-temp' ? 'AspNetTemp' : temp.value;
		out.push([temp.key, value]);
	}
	// Traditional LB with HTTPS-only bindings breaks publishing without it [V7-TRAD].
	if (settings.umbracoUseSsl) out.push(['umbracoUseSSL', 'true']);
	// 7.6+: a single server skips the election by setting ("Umbraco v7.6+", default false) [V7-WEBCFG];
	// older 7.x pin `ServerRole.Single` in registrar code instead (server-roles.ts).
	if (ctx.server.role === 'single' && atLeast(version, 7, 6)) out.push(['umbracoDisableElectionForSingleServer', 'true']);
	return out;
}

function v8MainDom(ctx: ServerContext): AppSetting[] {
	const { settings, band } = ctx;
	// v8 documents only SqlMainDomLock; the default is the system-wide semaphore [V8-AZ].
	if (settings.mainDomLock !== 'sql') return [];
	// 8.0–8.5 have no working lock setting: write nothing, say why [V8-AZ-860].
	if (band.mainDomLockSetting === null) return [];
	return [[band.mainDomLockSetting, mainDomLockValues.sql]]; // [V8-AZ] [V8-AZGEN]
}

function v8Settings(ctx: ServerContext): AppSetting[] {
	const { settings, server, version, band } = ctx;
	const out: AppSetting[] = [...v8MainDom(ctx)];
	if (settings.localTemp !== 'default') {
		const temp = localTempSetting(version); // [V8-WEBCFG]
		out.push([temp.key, settings.localTemp === 'aspnet-temp' ? 'AspNetTemp' : temp.value]);
	}
	const examine = settings.examineFactory === 'default' ? undefined : examineFactorySetting(version, settings.examineFactory);
	if (examine) out.push([examine.key, examine.value]); // [V8-WEBCFG] [V8-AZ]
	if (server.role === 'single') out.push(['Umbraco.Core.DisableElectionForSingleServer', 'true']); // [V8-WEBCFG]
	// 8.12+: every server carries the target version; only the main server runs the upgrade [D16-UPG8].
	if (settings.configurationStatus !== undefined) out.push(['Umbraco.Core.ConfigurationStatus', settings.configurationStatus]);
	if (settings.upgradeUnattended && band.unattendedUpgradeSetting) out.push([band.unattendedUpgradeSetting, 'true']);
	return out;
}

/** The Web.config appSettings that come from the server's own settings (the plan-wide blob keys are added by web-config.ts). */
export function serverAppSettings(ctx: ServerContext): AppSetting[] {
	if (ctx.band.config !== 'web-config') return [];
	return ctx.band.family === 'v7' ? v7Settings(ctx) : v8Settings(ctx);
}

/**
 * The attributes of umbracoSettings.config `<keepAlive>` (8.6+) [V8-KEEPALIVE]: off where R52 suggests it,
 * or the documented ping URL when the plan asks for the settings; undefined when nothing is written.
 */
export function keepAliveAttributes(ctx: ServerContext): Readonly<Record<string, string>> | undefined {
	if (ctx.band.family !== 'v8' || !atLeast(ctx.version, 8, 6)) return undefined;
	if (ctx.server.settings.disableKeepAlive === true) return { disableKeepAliveTask: 'true' };
	if (ctx.server.settings.keepAliveSettings === true) return { disableKeepAliveTask: 'false', keepAlivePingUrl: '{umbracoApplicationUrl}/api/keepalive/ping' };
	return undefined;
}

/** The directory factory a v7 server's indexers need, with the Examine version it needs. */
export interface ExamineFactory {
	readonly key: string;
	readonly value: string;
	readonly minimum: string;
}

/** The v7 factory of a server, or undefined (v8 moved it to web.config [V8-WEBCFG]). */
export function examineFactory(ctx: ServerContext): ExamineFactory | undefined {
	const { band, settings, version } = ctx;
	if (band.family !== 'v7' || settings.examineFactory === 'default') return undefined;
	const factory = examineFactorySetting(version, settings.examineFactory);
	if (!factory) return undefined;
	// Examine 0.1.83+ for the temp-only factory, 0.1.80+ for the synced one [V7-FLEX].
	return { key: factory.key, value: factory.value, minimum: settings.examineFactory === 'temp' ? '0.1.83' : '0.1.80' };
}

/** A server-dependent setting as the shared copy's notes and the checklist name it: the file, and the setting as text. */
export interface ServerSetting {
	readonly file: 'Web.config' | 'umbracoSettings.config' | 'ExamineSettings.config';
	readonly setting: string;
}

/** Text of an element with attributes, e.g. `<keepAlive> disableKeepAliveTask="true"`. */
export function elementText(name: string, attributes: readonly (readonly [string, string])[]): string {
	return `<${name}> ${attributes.map(([k, v]) => `${k}="${v}"`).join(' ')}`.trim();
}

/** Every server-dependent setting of a v7/v8 server, as text (empty from v9). */
export function serverSettingTexts(ctx: ServerContext): ServerSetting[] {
	const keepAlive = keepAliveAttributes(ctx);
	const factory = examineFactory(ctx);
	return [
		...serverAppSettings(ctx).map(([key, value]): ServerSetting => ({ file: 'Web.config', setting: `${key} = ${value}` })),
		...(keepAlive ? [{ file: 'umbracoSettings.config', setting: elementText('keepAlive', Object.entries(keepAlive)) } as const] : []),
		...(factory ? [{ file: 'ExamineSettings.config', setting: `${factory.key}="${factory.value}"` } as const] : []),
	];
}

/**
 * Per server, its server-dependent settings that not every server of the plan has: what one shared
 * copy of the v7/v8 site files cannot hold (R82, the checklist's server steps). Empty lists from v9.
 */
export function differingServerSettings(plan: Plan): ReadonlyMap<string, readonly ServerSetting[]> {
	// Plans are never changed once validated: the rule and each server's checklist steps share one answer.
	let known = differing.get(plan);
	if (!known) differing.set(plan, (known = compareServers(plan)));
	return known;
}

const differing = new WeakMap<Plan, ReadonlyMap<string, readonly ServerSetting[]>>();

function compareServers(plan: Plan): ReadonlyMap<string, readonly ServerSetting[]> {
	const ctx = planContext(plan);
	const lists = plan.servers.map((server) => serverSettingTexts(serverContext(ctx, server)));
	const key = (s: ServerSetting) => `${s.file}\u0000${s.setting}`;
	const counts = new Map<string, number>();
	for (const list of lists) for (const k of new Set(list.map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
	return new Map(plan.servers.map((server, i) => [server.id, lists[i]!.filter((s) => counts.get(key(s))! < plan.servers.length)] as const));
}
