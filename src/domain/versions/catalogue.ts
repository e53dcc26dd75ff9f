/**
 * The version catalogue: maps an exact Umbraco version to its band and names the settings
 * that differ between versions. Generators and rules use these instead of literals.
 */
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
