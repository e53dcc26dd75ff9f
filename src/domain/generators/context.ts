/**
 * What every target needs to know about the plan, looked up once: the version band and
 * tuple, and per server the effective settings (what to write) and its pinned role.
 */
import { isMultiServer, mainServer } from '../plan/queries';
import { effectiveSettings, type EffectiveSettings } from '../plan/recommend';
import type { Plan, Server } from '../plan/schema';
import type { VersionBand } from '../versions/bands';
import { getBand } from '../versions/catalogue';
import { parseVersion, type VersionTuple } from '../versions/version';
import { oneLine } from './formats/escape';

export interface PlanContext {
	readonly plan: Plan;
	readonly band: VersionBand;
	readonly version: VersionTuple;
	/** More than one instance shares the database. */
	readonly multiServer: boolean;
	/** v17+ with every node serving the backoffice; before 17 the mode does not exist [D17-PITFALLS]. */
	readonly backofficeLoadBalanced: boolean;
	readonly onAzure: boolean;
}

export interface ServerContext extends PlanContext {
	readonly server: Server;
	readonly settings: EffectiveSettings;
	/** The server's display name on one line, for titles and instructions. */
	readonly label: string;
	/** The server that runs once-per-cluster work (scheduler, upgrades). */
	readonly isMain: boolean;
}

/** Looks the plan's version up once; schema-valid plans always have a band. */
export function planContext(plan: Plan): PlanContext {
	const band = getBand(plan.umbraco);
	return {
		plan,
		band,
		version: parseVersion(plan.umbraco) ?? band.from,
		multiServer: isMultiServer(plan),
		backofficeLoadBalanced: band.backofficeLoadBalancing && plan.backoffice.mode === 'load-balanced',
		onAzure: plan.hosting === 'azure-web-apps',
	};
}

/**
 * The settings the generators write for a server: the plan's effective settings, plus what
 * the v7 docs ask of replicated TEMP. When a v7 farm replicates `~/App_Data/TEMP`, temp files
 * move to the machine (`umbracoLocalTempStorage` and its predecessors) and the Examine indexes,
 * which live under TEMP, must leave it too: the temp-only directory factory on every indexer
 * (`TempEnvDirectoryFactory`, Examine 0.1.83+) [V7-FLEX] [V7-REPL] [V7-SHARED]. An explicit
 * `examineFactory` in the plan always wins.
 */
export function generatorSettings(plan: Plan, server: Server): EffectiveSettings {
	const settings = effectiveSettings(plan, server);
	const { strategy, replication } = plan.files;
	const v7ReplicatedTemp = getBand(plan.umbraco).family === 'v7' && strategy === 'replication' && !replication.excludesTemp;
	if (v7ReplicatedTemp && !settings.explicit.has('examineFactory') && settings.examineFactory === 'default') return { ...settings, examineFactory: 'temp' };
	return settings;
}

/**
 * Umbraco Cloud's load balancing provisions Redis (SignalR backplane and distributed cache) and shares the
 * Data Protection keys itself [CLOUD-LB]: the bundle then writes no composer of its own for them.
 */
export function cloudProvidesSharedServices(ctx: Pick<PlanContext, 'plan' | 'band'>): boolean {
	return ctx.plan.umbracoCloud && ctx.band.umbracoCloudLoadBalancing;
}

/** The context of one server of the plan. */
export function serverContext(ctx: PlanContext, server: Server): ServerContext {
	return { ...ctx, server, settings: generatorSettings(ctx.plan, server), label: oneLine(server.name), isMain: server.id === mainServer(ctx.plan).id };
}

/** Tells whether the version is at least `major.minor.patch`. */
export function atLeast(version: VersionTuple, major: number, minor = 0, patch = 0): boolean {
	const [a, b, c] = version;
	return a !== major ? a > major : b !== minor ? b > minor : c >= patch;
}

/**
 * A .NET TimeSpan string (`[d.]hh:mm:ss[.fffffff]`) for a number of seconds, as the v9+
 * messenger settings expect [D13-ADV] [D13-GLOBAL].
 *
 * @example timeSpan(5) // '00:00:05'
 * @example timeSpan(172800) // '2.00:00:00'
 */
export function timeSpan(seconds: number): string {
	// Clamp to TimeSpan.MaxValue's range, whole ticks (100 ns).
	const safe = Math.min(Math.max(seconds, 0), 922_337_203_685);
	let whole = Math.floor(safe);
	let ticks = Math.round((safe - whole) * 1e7);
	if (ticks >= 1e7) [whole, ticks] = [whole + 1, 0];
	const two = (n: number) => String(n).padStart(2, '0');
	const days = Math.floor(whole / 86_400);
	const time = `${two(Math.floor(whole / 3600) % 24)}:${two(Math.floor(whole / 60) % 60)}:${two(whole % 60)}`;
	return `${days > 0 ? `${days}.` : ''}${time}${ticks > 0 ? `.${String(ticks).padStart(7, '0')}` : ''}`;
}

/** Clamps to a C# `int`, for settings typed as int. */
export function toInt(value: number): number {
	return Math.min(Math.max(Math.round(value), 0), 2_147_483_647);
}
