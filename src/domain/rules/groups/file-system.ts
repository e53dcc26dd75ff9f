/**
 * File-system strategy rules R42–R47 and R82: what replication must leave out, what a central share
 * may hold, and where media lives when servers do not share files.
 */
import { effectiveSettings } from '../../plan/recommend';
import { isMultiServer } from '../../plan/queries';
import type { Plan, Server } from '../../plan/schema';
import { examineFactorySetting, localTempSetting } from '../../versions/catalogue';
import type { VersionTuple } from '../../versions/version';
import { differingServerSettings } from '../../generators/legacy-server-settings';
import { allBands, v7Bands, webConfigBands } from '../band-sets';
import { atLeast, formatSetting, logsFolder, nameList, settingPath, tempFolder } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

/** Why one server's working files would land in a replicated TEMP folder, or undefined [V8-FSR] [D13-FSR]. */
function replicatedTempHit(plan: Plan, server: Server, version: VersionTuple): RuleHit | undefined {
	const settings = effectiveSettings(plan, server);
	const temp = tempFolder(version);
	if (settings.localTemp === 'default') {
		return {
			servers: [server.id],
			path: settingPath(plan, server, 'localTemp'),
			message: `${temp} is replicated and ${server.name} keeps its temp files there; exclude it from replication or set ${formatSetting(localTempSetting(version))}.`,
		};
	}
	// v8+: moving temp is only enough together with a temp-only Examine factory, because the
	// index otherwise stays in (or syncs back to) the site's TEMP folder [V8-FSR] [D13-FSR].
	// Checked only when set explicitly: recommend.ts does not yet pick `temp` here.
	if (version[0] >= 8 && settings.explicit.has('examineFactory') && settings.examineFactory !== 'temp') {
		return {
			servers: [server.id],
			path: settingPath(plan, server, 'examineFactory'),
			message: `${temp} is replicated and ${server.name} keeps its Examine indexes there; exclude it from replication or set ${formatSetting(examineFactorySetting(version, 'temp')!)}.`,
		};
	}
	return undefined;
}

const R42: Rule = {
	id: 'R42',
	severity: 'error',
	bands: allBands,
	summary: 'File replication must not copy the TEMP folder (v7/v8 `~/App_Data/TEMP`, v9+ `~/umbraco/Data/TEMP`) unless temp lives in the local environment temp folder.',
	why: "TEMP holds one server's working files: cache files, its last-synced marker, Examine indexes and lock files. Replicated, servers overwrite each other's state and replication fails on locked files.",
	fix: 'Exclude the TEMP folder from replication (or mount a per-server IIS virtual directory named TEMP), or move temp to local environment temp and use the temp-only Examine directory factory.',
	sources: ['V7-REPL', 'V8-FSR', 'D13-FSR'],
	certainty: 'documented',
	lesson: 'three-ways-to-host-the-files',
	check({ plan, version }: RuleContext): RuleHit[] {
		const { strategy, replication } = plan.files;
		if (strategy !== 'replication' || replication.excludesTemp) return [];
		if (!atLeast(version, [7, 7, 3])) {
			// Before 7.7.3 the temp keys move umbraco.config only, never the TEMP folder [V7-WEBCFG] [V7-FLEX].
			return [
				{
					servers: plan.servers.map((s) => s.id),
					path: 'files.replication.excludesTemp',
					message: `~/App_Data/TEMP is replicated; exclude it: before 7.7.3 the temp setting (\`${localTempSetting(version).key}\`) moves only umbraco.config, not the TEMP folder.`,
				},
			];
		}
		return plan.servers.flatMap((server) => replicatedTempHit(plan, server, version) ?? []);
	},
};

const R43: Rule = {
	id: 'R43',
	severity: 'error',
	bands: v7Bands,
	summary: 'v7 file replication must not copy `~/App_Data/umbraco.config` (the XML cache) unless local temp storage moves it.',
	why: 'umbraco.config is the XML content cache each server writes from its own copy of the instructions; replicated, servers overwrite each other and hit file locks.',
	fix: 'Exclude `~/App_Data/umbraco.config` from replication, move it into `~/App_Data/TEMP/` with `umbracoContentXML`, or move it to local temp with the temp key of your minor.',
	sources: ['V7-REPL', 'V7-FLEX', 'V7-WEBCFG'],
	certainty: 'documented',
	lesson: 'three-ways-to-host-the-files',
	check({ plan, version }: RuleContext): RuleHit[] {
		const { strategy, replication } = plan.files;
		if (strategy !== 'replication' || replication.excludesUmbracoConfig) return [];
		// Every v7 temp key moves umbraco.config off the site folder, pre-7.6 into ASP.NET temp [V7-FLEX] [V7-WEBCFG].
		const stuck = plan.servers.filter((server) => effectiveSettings(plan, server).localTemp === 'default');
		if (stuck.length === 0) return [];
		return [
			{
				servers: stuck.map((s) => s.id),
				path: 'files.replication.excludesUmbracoConfig',
				message: `~/App_Data/umbraco.config is replicated while ${nameList(stuck)} keep${stuck.length === 1 ? 's' : ''} it in the site folder; exclude it, or set ${formatSetting(localTempSetting(version))}.`,
			},
		];
	},
};

const R44: Rule = {
	id: 'R44',
	severity: 'info',
	bands: allBands,
	summary: 'File replication may leave out the logs folder (v7/v8 `~/App_Data/Logs`, v9+ `~/umbraco/Logs`).',
	why: 'Each server writes its own log files; replicating them only copies other servers\' logs around.',
	fix: 'Add the logs folder to the replication exclusions.',
	sources: ['V7-REPL', 'D13-FSR'],
	certainty: 'documented',
	lesson: 'three-ways-to-host-the-files',
	check({ plan, version }: RuleContext): RuleHit[] {
		const { strategy, replication } = plan.files;
		if (strategy !== 'replication' || replication.excludesLogs) return [];
		return [{ path: 'files.replication.excludesLogs', message: `${logsFolder(version)} is replicated; it can be excluded.` }];
	},
};

/** How many instances keep a synced Examine copy, each writing the master index in the site folder. */
function syncingInstances(plan: Plan): number {
	return plan.servers.filter((s) => effectiveSettings(plan, s).examineFactory === 'synced-temp').reduce((sum, s) => sum + s.instances, 0);
}

/** A server's temp files or Examine indexes on the central share [V7-SHARED] [V8-FSR] [D13-FSR]; `syncing`: instances with a synced Examine copy. */
function sharedFolderHits(plan: Plan, server: Server, version: VersionTuple, syncing: number): RuleHit[] {
	const settings = effectiveSettings(plan, server);
	const hits: RuleHit[] = [];
	if (settings.localTemp === 'default') {
		hits.push({
			servers: [server.id],
			path: settingPath(plan, server, 'localTemp'),
			message: `${server.name} keeps its temp folder (${tempFolder(version)}) on the central share; set ${formatSetting(localTempSetting(version))}.`,
		});
	}
	if (settings.examineFactory === 'default') {
		// Before Examine 0.1.83, v7 tokenised index paths with {machinename} instead [V7-SHARED].
		const older = version[0] === 7 ? ' (Examine 0.1.83+; older Examine: put `{machinename}` in the index paths of ExamineIndex.config)' : '';
		hits.push({
			servers: [server.id],
			path: settingPath(plan, server, 'examineFactory'),
			message: `${server.name} keeps its Examine indexes on the central share; set ${formatSetting(examineFactorySetting(version, 'temp')!)}${older}.`,
		});
	}
	// The synced factory keeps the "master" index in the site folder and syncs each local copy with it (V9-EXAMINE,
	// D13-FSR: "replicated back to main storage"); its author notes only one worker may ever write that master
	// (Shazwazza/Examine wiki, "Examine with Azure Directory (Blob Storage)"). On a share one syncing instance is
	// the docs' admin-app pattern; two or more write the same master: only the temp-only factory keeps them apart.
	if (settings.examineFactory === 'synced-temp' && syncing > 1) {
		hits.push({
			servers: [server.id],
			path: settingPath(plan, server, 'examineFactory'),
			message: `${server.name} syncs its Examine indexes back to the site folder on the central share, where ${syncing} instances would write one master index; set ${formatSetting(examineFactorySetting(version, 'temp')!)}.`,
		});
	}
	return hits;
}

const R45: Rule = {
	id: 'R45',
	severity: 'error',
	bands: allBands,
	summary: 'On a central share the temp folder must be local to each server, and Examine indexes need a temp directory factory.',
	why: 'Indexes and temp files cannot be shared between servers: every server would write the same files.',
	fix: 'Move temp to local environment temp (v7.7.3+ `umbracoLocalTempStorage`, v8 `Umbraco.Core.LocalTempStorage`, v9+ `Umbraco:CMS:Hosting:LocalTempStorageLocation`) and use the temp-only Examine directory factory.',
	sources: ['V7-SHARED', 'V8-FSR', 'D13-FSR'],
	certainty: 'documented',
	lesson: 'three-ways-to-host-the-files',
	check({ plan, version }: RuleContext): RuleHit[] {
		if (plan.files.strategy !== 'central-share') return [];
		const syncing = syncingInstances(plan);
		return plan.servers.flatMap((server) => sharedFolderHits(plan, server, version, syncing));
	},
};

const R46: Rule = {
	id: 'R46',
	severity: 'warning',
	bands: v7Bands,
	summary: 'A v7 central share must be highly available and a Windows (NTFS) share.',
	why: 'Every server serves its site from the share, so the share going down takes the whole farm down; a Linux share does not work properly with IIS.',
	fix: 'Use a highly available Windows file server, SAN or NAS with NTFS.',
	sources: ['V7-SHARED'],
	certainty: 'documented',
	lesson: 'three-ways-to-host-the-files',
	check({ plan }: RuleContext): RuleHit[] {
		const { strategy, share } = plan.files;
		if (strategy !== 'central-share') return [];
		const hits: RuleHit[] = [];
		if (!share.windowsNtfs) hits.push({ path: 'files.share.windowsNtfs', message: 'The share is not a Windows/NTFS share; a Linux share does not work properly with IIS.' });
		if (!share.highlyAvailable) hits.push({ path: 'files.share.highlyAvailable', message: 'The share is not highly available: every server depends on it.' });
		return hits;
	},
};

/** The UNC media setting; the docs show it in a v13 revision, so earlier v9+ versions get a caveat [D13-FSR] [D13-GLOBAL]. */
function mediaRootSetting(version: VersionTuple): string {
	const caveat = version[0] < 13 ? ' (documented for v13; UNVERIFIED for earlier versions)' : '';
	return `\`Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath\`${caveat}`;
}

/** Where media can go instead, per version [V8-FSR] [D13-FSR] [D17-BLOB]. */
function mediaAdvice(version: VersionTuple): string {
	if (version[0] >= 9) return `Azure Blob storage (\`Umbraco.StorageProviders.AzureBlob\`), S3, or a UNC share via ${mediaRootSetting(version)}`;
	return 'a shared media file system provider (for example the community package `UmbracoFileSystemProviders.Azure` for Blob storage) or S3';
}

const R47: Rule = {
	id: 'R47',
	severity: 'error',
	bands: allBands,
	summary: 'Standalone servers (no replication) with more than one server need media in shared storage, not on local disk.',
	why: 'Each server only has its own disk: media uploaded on one server is missing on all the others.',
	fix: 'v9+: Blob storage via `Umbraco.StorageProviders.AzureBlob`, S3, or a UNC share via `Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath`; v7/v8: a media file system provider for Blob or S3.',
	sources: ['V8-FSR', 'D13-FSR', 'D13-GLOBAL', 'D17-BLOB'],
	certainty: 'documented',
	lesson: 'media-storage',
	check({ plan, version }: RuleContext): RuleHit[] {
		const { strategy, media, mediaPath } = plan.files;
		if (strategy !== 'standalone' || !isMultiServer(plan)) return [];
		if (media === 'site-folder') {
			return [{ servers: plan.servers.map((s) => s.id), path: 'files.media', message: `Media stays on each server's own disk; use ${mediaAdvice(version)}.` }];
		}
		if (media === 'unc' && mediaPath === undefined && version[0] >= 9) {
			return [{ path: 'files.mediaPath', message: `Media is on a UNC share, but no path is given: set ${mediaRootSetting(version)} to the share.` }];
		}
		return [];
	},
};

/**
 * R82: a v7/v8 central share is one site folder, and Web.config and the files under ~/Config are read
 * from the site folder only [V7-SHARED] [V8-FSR]; what the servers' settings make differ cannot be
 * written there, so the bundle leaves it out (shared-site-legacy.ts). The per-server settings come from
 * the same module the generators write them from (legacy-server-settings.ts), without the generators.
 */
const R82: Rule = {
	id: 'R82',
	severity: 'warning',
	bands: webConfigBands,
	summary: 'On a v7/v8 central share the servers need settings that differ, but they all read one Web.config and one ~/Config folder.',
	why: 'Before v9 the site files are read from the site folder only, and a central share is one site folder for every server: a setting only some servers need either reaches all of them or none. The bundle leaves such settings out and names them.',
	fix: 'Give every server the same value (the same temp location, MainDom lock and Examine factory), or do without the setting. For an unattended upgrade, set the switch in the shared Web.config and start only the main server until the migration is done.',
	sources: ['V7-SHARED', 'V8-FSR'],
	certainty: 'derived',
	lesson: 'three-ways-to-host-the-files',
	check({ plan }: RuleContext): RuleHit[] {
		if (plan.files.strategy !== 'central-share' || plan.servers.length < 2) return [];
		const differing = differingServerSettings(plan);
		const holders = new Map<string, { file: string; setting: string; servers: Server[] }>();
		for (const server of plan.servers) {
			for (const { file, setting } of differing.get(server.id)!) {
				const key = `${file}\u0000${setting}`;
				const entry = holders.get(key) ?? { file, setting, servers: [] };
				entry.servers.push(server);
				holders.set(key, entry);
			}
		}
		return [...holders.values()].map(({ file, setting, servers }) => ({
				servers: servers.map((s) => s.id),
				path: 'files.strategy',
				message: `Only ${nameList(servers)} ${servers.length === 1 ? 'needs' : 'need'} \`${setting}\` in ${file}, but every server reads the one ${file} on the share, so the bundle leaves it out.`,
			}));
	},
};

/** File-system strategy rules. */
export const fileSystemRules: readonly Rule[] = [R42, R43, R44, R45, R46, R47, R82];
