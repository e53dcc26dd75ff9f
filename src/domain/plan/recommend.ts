/**
 * Effective per-server settings: what the plan states explicitly, and for everything it
 * leaves out, the value the documentation recommends for this version, hosting and file
 * strategy. Generators write these values; rules check them. So an empty `settings` object
 * always yields a configuration the rules accept, and an explicit wrong value is reported.
 */
import { getBand } from '../versions/catalogue';
import type { VersionBand } from '../versions/bands';
import { parseVersion } from '../versions/version';
import { isScaledOut, mainServer } from './queries';
import type { Plan, Server } from './schema';

export interface EffectiveSettings {
	readonly mainDomLock: 'default' | 'semaphore' | 'file-system' | 'sql';
	readonly localTemp: 'default' | 'environment-temp' | 'aspnet-temp';
	readonly examineFactory: 'default' | 'synced-temp' | 'temp';
	readonly disableOverlappedRecycling: boolean;
	readonly upgradeUnattended: boolean;
	/** v8.12+ with unattended upgrades: the target version on every server [D16-UPG8]. */
	readonly configurationStatus: string | undefined;
	readonly engageProcessing: boolean | undefined;
	/** v7 < 7.3 web.config `umbracoUseSSL`: on when only HTTPS is served [V7-TRAD]. */
	readonly umbracoUseSsl: boolean;
	/** Which of the values above came from the plan rather than from a recommendation. */
	readonly explicit: ReadonlySet<string>;
}

/** MainDom lock advice [V8-AZ] [V8-AZ-860] [D10-AZ] [D13-AZ] [D13-GLOBAL] [SRC-MAINDOM9]. */
function recommendedMainDomLock(plan: Plan, band: VersionBand, server: Server): EffectiveSettings['mainDomLock'] {
	if (plan.hosting === 'azure-web-apps') {
		if (band.azureMainDom === 'all-replicas-overlap-off') return 'default';
		if (band.azureMainDom === 'publisher-sql-replicas-overlap-off') return server.id === mainServer(plan).id ? 'sql' : 'default';
		return band.azureMainDom === 'semaphore' ? 'default' : band.azureMainDom;
	}
	// The semaphore lock is Windows-only; 9.4–9.5 containers need the file-system lock (DERIVED from [D10-AZ]).
	if (plan.hosting === 'containers' && band.id === 'v9.4-9.5') return 'file-system';
	return 'default';
}

/** Temp must stay on each machine whenever the site folder is shared or replicated [V7-FLEX] [V8-FSR] [D13-FSR]. */
function recommendedLocalTemp(plan: Plan): EffectiveSettings['localTemp'] {
	const { strategy, replication } = plan.files;
	if (strategy === 'azure-web-apps' || plan.hosting === 'azure-web-apps' || strategy === 'central-share') return 'environment-temp';
	if (strategy === 'replication' && !replication.excludesTemp) return 'environment-temp';
	return 'default';
}

/** Examine index placement [V7-FLEX] [V8-AZ] [D13-AZ] [D13-FSR] [V7-SHARED]. */
function recommendedExamine(plan: Plan, server: Server): EffectiveSettings['examineFactory'] {
	if (plan.hosting === 'azure-web-apps' || plan.files.strategy === 'azure-web-apps') {
		// Scaled-out public app: index only in local temp; single-instance admin app: synced copy.
		return server.kind === 'frontend' || isScaledOut(server) ? 'temp' : 'synced-temp';
	}
	if (plan.files.strategy === 'central-share') return 'temp';
	// Replicated TEMP: moving temp to the machine only helps with the temp-only factory (v8+) [V8-FSR] [D13-FSR].
	if (plan.files.strategy === 'replication' && !plan.files.replication.excludesTemp && plan.umbraco.split('.')[0] !== '7') return 'temp';
	return 'default';
}

/** Effective settings of one server of the plan. */
export function effectiveSettings(plan: Plan, server: Server): EffectiveSettings {
	const band = getBand(plan.umbraco);
	const s = server.settings;
	const explicit = new Set(Object.keys(s).filter((k) => s[k as keyof typeof s] !== undefined));
	const isMain = server.id === mainServer(plan).id;
	const onAzure = plan.hosting === 'azure-web-apps';
	// 8.0–8.5: every server; 8.6.0–8.6.3: every server but the Master [V8-AZ] [V8-AZ-860].
	const overlapOff =
		onAzure &&
		(band.azureMainDom === 'all-replicas-overlap-off' || (band.azureMainDom === 'publisher-sql-replicas-overlap-off' && !isMain));
	const v8Unattended = band.family === 'v8' && band.unattendedUpgradeSetting !== null && plan.upgrades.unattended;
	return {
		mainDomLock: s.mainDomLock ?? recommendedMainDomLock(plan, band, server),
		// AspNetTemp is gone from v9 (Default or EnvironmentTemp) [D17-HOSTING]: the bundle cannot write it, so temp stays put (R81 names it).
		localTemp: s.localTemp === 'aspnet-temp' && band.config === 'appsettings' ? 'default' : (s.localTemp ?? recommendedLocalTemp(plan)),
		examineFactory: s.examineFactory ?? recommendedExamine(plan, server),
		disableOverlappedRecycling: s.disableOverlappedRecycling ?? overlapOff,
		// Only the main server runs the migration [D13-UPG] [D16-UPG] [D16-UPG8].
		upgradeUnattended: s.upgradeUnattended ?? (plan.upgrades.unattended && band.unattendedUpgradeSetting !== null && isMain),
		configurationStatus: s.configurationStatus ?? (v8Unattended ? formatTarget(plan.umbraco) : undefined),
		engageProcessing: s.engageProcessing ?? (plan.engage ? server.id === plan.engage.cmServer : undefined),
		umbracoUseSsl: s.umbracoUseSsl ?? (band.loadBalancing === 'traditional' && plan.loadBalancer.httpsOnly),
		explicit,
	};
}

/** v8's ConfigurationStatus is the full version, e.g. `8.18.8`. */
function formatTarget(version: string): string {
	return parseVersion(version)!.join('.');
}

/** The servers whose effective unattended-upgrade switch is on, and how many instances that makes. */
export function upgradeFlagged(plan: Plan): { readonly servers: readonly Server[]; readonly instances: number } {
	const servers = plan.servers.filter((server) => effectiveSettings(plan, server).upgradeUnattended);
	return { servers, instances: servers.reduce((sum, server) => sum + server.instances, 0) };
}

/** 17.4.2+ with more than one flagged instance: they elect one leader to migrate (R83) [PR-22815]. */
export function upgradeCoordinated(plan: Plan, band: Pick<VersionBand, 'unattendedUpgradeTiming'>): boolean {
	return band.unattendedUpgradeTiming === 'after-start-coordinated' && upgradeFlagged(plan).instances > 1;
}
