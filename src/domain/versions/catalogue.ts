/**
 * The version catalogue: maps an exact Umbraco version to its band and names the settings
 * that differ between versions. Generators and rules use these instead of literals.
 */
import type { Plan } from '../plan/schema';
import { versionBands, type VersionBand } from './bands';
import { isInRange, parseVersion, type VersionTuple } from './version';

/** The band an exact version falls in, or undefined for versions outside 7.0–∞ or unparsable text. */
export function findBand(version: string | VersionTuple): VersionBand | undefined {
	const tuple = typeof version === 'string' ? parseVersion(version) : version;
	if (!tuple) return undefined;
	return versionBands.find((band) => isInRange(tuple, band.from, band.to));
}

/** Like `findBand`, for versions already validated; throws with the version otherwise. */
export function getBand(version: string): VersionBand {
	const band = findBand(version);
	if (!band) throw new Error(`"${version}" is not a supported Umbraco version (7.0 or newer)`);
	return band;
}

/** A setting as written in its file: where it goes, its key and its value. */
export interface SettingRef {
	readonly file: 'web.config' | 'ExamineSettings.config' | 'umbracoSettings.config' | 'appsettings.json';
	readonly key: string;
	readonly value: string;
}

/**
 * The setting that moves Umbraco's temporary files (XML cache, DistCache, PluginCache) to
 * the machine's local temp folder. v7's key depends on the minor [V7-FLEX] [V7-WEBCFG].
 */
export function localTempSetting(version: VersionTuple): SettingRef {
	const [major, minor, patch] = version;
	if (major >= 9) return { file: 'appsettings.json', key: 'Umbraco:CMS:Hosting:LocalTempStorageLocation', value: 'EnvironmentTemp' }; // [D13-AZ]
	if (major === 8) return { file: 'web.config', key: 'Umbraco.Core.LocalTempStorage', value: 'EnvironmentTemp' }; // [V8-WEBCFG]
	if (minor > 7 || (minor === 7 && patch >= 3)) return { file: 'web.config', key: 'umbracoLocalTempStorage', value: 'EnvironmentTemp' };
	if (minor >= 6) return { file: 'web.config', key: 'umbracoContentXMLStorage', value: 'EnvironmentTemp' };
	return { file: 'web.config', key: 'umbracoContentXMLUseLocalTemp', value: 'true' };
}

/** Version-neutral Examine index placement: in the site folder, local temp synced back, or local temp only. */
export type ExamineFactoryKind = 'default' | 'synced-temp' | 'temp';

/**
 * The Lucene directory factory setting for a placement [V7-FLEX] [V8-WEBCFG] [V9-EXAMINE] [D13-AZ].
 * v7 sets an attribute on every indexer in ExamineSettings.config.
 */
export function examineFactorySetting(version: VersionTuple, kind: ExamineFactoryKind): SettingRef | undefined {
	const major = version[0];
	if (major >= 9) {
		const value = { default: 'Default', 'synced-temp': 'SyncedTempFileSystemDirectoryFactory', temp: 'TempFileSystemDirectoryFactory' }[kind];
		return { file: 'appsettings.json', key: 'Umbraco:CMS:Examine:LuceneDirectoryFactory', value };
	}
	if (kind === 'default') return undefined;
	const name = kind === 'temp' ? 'TempEnvDirectoryFactory' : 'SyncTempEnvDirectoryFactory';
	return major === 8
		? { file: 'web.config', key: 'Umbraco.Examine.LuceneDirectoryFactory', value: `Examine.LuceneEngine.Directories.${name}, Examine` }
		: { file: 'ExamineSettings.config', key: 'directoryFactory', value: `Examine.LuceneEngine.Directories.${name},Examine` };
}

/** Official `MainDomLock` value names (v9+), and v8's appSetting value. */
export const mainDomLockValues = { semaphore: 'MainDomSemaphoreLock', 'file-system': 'FileSystemMainDomLock', sql: 'SqlMainDomLock' } as const;

/**
 * Where the application URL is configured and how it must look: v7/v8 include the
 * backoffice path, v9+ is scheme and host only [V8-UMBSET] [D16-WEBROUTING].
 */
export function applicationUrlSetting(band: VersionBand, publicUrl: string): SettingRef {
	const base = publicUrl.replace(/\/+$/, '');
	return band.config === 'web-config'
		? { file: 'umbracoSettings.config', key: 'web.routing/@umbracoApplicationUrl', value: `${base}/umbraco` }
		: { file: 'appsettings.json', key: 'Umbraco:CMS:WebRouting:UmbracoApplicationUrl', value: `${base}/` };
}

/** The official in-memory role name for a version-neutral role. */
export function officialRoleName(band: VersionBand, role: 'publisher' | 'subscriber' | 'single' | 'unknown'): string {
	if (role === 'single') return 'Single';
	if (role === 'unknown') return 'Unknown';
	return band.roleNames[role];
}

/**
 * The newest release of each supported line, as NuGet served `Umbraco.Cms.Core` on 2026-11-25
 * (updates reference §0). 19 has no release: its band is a preview.
 */
export const latestReleases = { v13: '13.16.4', v17: '17.8.1', v18: '18.3.1' } as const;

/** Database engines of a plan, version-neutral. */
export type DatabaseEngine = 'sql-server' | 'azure-sql' | 'sqlite' | 'sql-ce';

/**
 * Whether Umbraco `version` can run on `engine`: SQL CE up to 9, SQLite from 10; SQL Server
 * and Azure SQL always [D10-UPG-SQLCE] [D13-UPG].
 */
export function supportsDatabaseEngine(version: VersionTuple, engine: DatabaseEngine): boolean {
	const band = findBand(version);
	if (engine === 'sql-ce' || engine === 'sqlite') return band?.embeddedDatabase === engine;
	return true;
}

/** The marketing add-on generations: uMarketingSuite (8–13), then Umbraco Engage. */
export type MarketingProduct = 'umarketingsuite' | 'engage';

/**
 * Which marketing add-on exists for a major version. Engage launched as 13.0.0, replacing
 * uMarketingSuite, whose last version runs on 13 too [E16-UPG] [E16-MIGRATE]; Engage has
 * docs for 13 and 16 on, none for 14 or 15 (DERIVED: no Engage 14/15). uMarketingSuite 1.x
 * targets .NET Framework 4.7.2, i.e. Umbraco 8; which of 9–12 it supported is UNVERIFIED.
 */
export function marketingProductsOf(version: VersionTuple): readonly MarketingProduct[] {
	const major = version[0];
	const products: MarketingProduct[] = [];
	if (major >= 8 && major <= 13) products.push('umarketingsuite');
	if (major === 13 || major >= 16) products.push('engage');
	return products;
}

/**
 * Engage 17's "Open Cockpit" button (a short-lived token) instead of the shared login cookie: chosen in
 * the plan, or by default when the plan names no cookie domain; before 17 the cookie is the only way
 * [E17-LB] [E13-LB].
 */
export function usesOpenCockpit(plan: Pick<Plan, 'engage'>, version: VersionTuple): boolean {
	const engage = plan.engage;
	if (!engage || version[0] < 17) return false;
	return engage.cockpitAccess === 'open-cockpit' || (engage.cockpitAccess === undefined && engage.authCookieDomain === undefined);
}

/**
 * Whether the plan runs Umbraco Engage itself (not uMarketingSuite, and on a version Engage exists
 * for): Engage's settings, CM/CD steps and sticky-session needs apply only then [E13-LB] [E17-LB].
 */
export function runsEngage(plan: Pick<Plan, 'umbraco' | 'engage'>): boolean {
	const version = parseVersion(plan.umbraco);
	return plan.engage !== undefined && (plan.engage.product ?? 'engage') === 'engage' && version !== undefined && marketingProductsOf(version).includes('engage');
}
