/**
 * Bands from 17 on. 17 and 18 ship their fixes in pairs (17.6/18.1, 17.7/18.2, 17.8/18.3), so
 * each feature is written once, as the version of each line where it arrives, and every band
 * is built from that table. 19 has no release yet (`19.0.0-beta1` on its branch): its band is
 * marked preview. Facts: `shared/reference/umbraco-updates-2026.md` §1, with the sources named
 * at each feature.
 */
import type { BandBehaviour, VersionBand, VersionBandId } from './bands';
import { v9Base } from './bands-classic';
import { compareVersions, type VersionTuple } from './version';

/** First 17.x and first 18.x version with a feature; undefined = that line never got it. */
type Arrival = readonly [in17: VersionTuple | undefined, in18: VersionTuple | undefined];

/** Setting and probe names, each checked in the docs or source named beside it. */
const keys = {
	// 17/umbraco-cms/develop-with-umbraco/configuration/webroutingsettings.md @48dee870
	detection: 'Umbraco:CMS:WebRouting:ApplicationUrlDetection',
	// src/Umbraco.Core/Configuration/Models/SignalRSettings.cs; Deploy 17.2.0-rc2 notes: "introduced in Umbraco CMS 17.5"
	skipNegotiation: 'Umbraco:CMS:SignalR:ClientShouldSkipNegotiation',
	// 17/umbraco-cms/develop-with-umbraco/configuration/hostingsettings.md @30853c15 ("available from Umbraco 17.6")
	machineIdentifier: 'Umbraco:CMS:Hosting:MachineIdentifier',
	// 18/umbraco-cms/develop-with-umbraco/configuration/globalsettings.md @022feccf
	syncTimeout: 'Umbraco:CMS:Global:DatabaseServerMessenger:SyncTimeout',
	touchTimeout: 'Umbraco:CMS:Global:DatabaseServerRegistrar:TouchTimeout',
	// src/Umbraco.Infrastructure/Install/MigrationCoordinator.cs reads UnattendedSettings.MigrationClaimTimeout (PR #22815)
	migrationClaimTimeout: 'Umbraco:CMS:Unattended:MigrationClaimTimeout',
	// 17/umbraco-cms/develop-with-umbraco/configuration/distributedjobssettings.md
	distributedJobs: 'Umbraco:CMS:DistributedJobs',
} as const;

/** When each feature arrives in the 17 and 18 lines. */
const arrivals = {
	// PR #22307: ApplicationUrlDetection, default None (17.4; 18.0 was cut from main after it).
	detectionNone: [[17, 4, 0], [18, 0, 0]],
	// PR #23033: an elected server touches with a placeholder when no URL is known.
	placeholderTouch: [[17, 6, 0], [18, 1, 0]],
	// webroutingsettings.md @48dee870: replacement rules "from Umbraco CMS version 17.8"; 18.3 UNVERIFIED.
	replacementRules: [[17, 8, 0], [18, 3, 0]],
	// PR #22700; Deploy 17.2.0-rc2 / 18.0.0-rc2 notes.
	skipNegotiation: [[17, 5, 0], [18, 0, 0]],
	// PR #23233; hostingsettings.md "from 17.6" (17) and "from 18.1" (18).
	machineIdentity: [[17, 6, 0], [18, 1, 0]],
	// PR #23119; docs PR #8161.
	timeouts: [[17, 6, 0], [18, 1, 0]],
	// Issue #23219 (labels release/17.7.0, release/18.2.0); PR #23421.
	mainDomFix: [[17, 7, 0], [18, 2, 0]],
	// Issue #23598 (labels release/17.8.0, release/18.3.0); PR #23801.
	bootElection: [[17, 8, 0], [18, 3, 0]],
	// upgrade-unattended.md @a5b5f50f: "applies to Umbraco 17.3 and later"; health-probes.md: "17.3 and later".
	afterStartUpgrade: [[17, 3, 0], [18, 0, 0]],
	// PR #22815 on release/17.4.2.
	coordinatedUpgrade: [[17, 4, 2], [18, 0, 0]],
	// PR #23127; scheduledpublishingsettings.md; docs PR #8159.
	scheduledPublishing: [[17, 6, 0], [18, 1, 0]],
	// Issues #21783, #22191, #22570: boot fixed in 17.3-RC, jobs and URL writes in 17.4 (PR #22572).
	readOnlyBoot: [[17, 3, 0], [18, 0, 0]],
	readOnlyJobs: [[17, 4, 0], [18, 0, 0]],
	// PR #22890 (head of release/17.4.2).
	urlTablesOnOrigin: [[17, 4, 2], [18, 0, 0]],
	// Cloud LB prerequisites: "Umbraco CMS 17.4.2 or higher" @1d24c6d0; another revision says 17.5.0 (DOCS DISAGREE).
	cloudLoadBalancing: [[17, 4, 2], [18, 0, 0]],
} as const satisfies Record<string, Arrival>;

type Feature = keyof typeof arrivals;

/** The features a version has. */
function featuresOf(version: VersionTuple): (feature: Feature) => boolean {
	return (feature) => {
		const first = arrivals[feature][version[0] >= 18 ? 1 : 0];
		return first !== undefined && compareVersions(version, first) >= 0;
	};
}

/** What the band that starts at `from` does. */
function behaviourOf(from: VersionTuple, preview: boolean): BandBehaviour {
	const has = featuresOf(from);
	return {
		...v9Base,
		embeddedDatabase: 'sqlite',
		mainDomLockDefault: 'file-system',
		azureMainDom: 'file-system',
		keepAlive: false,
		backofficeLoadBalancing: true,
		distributedJobs: true,
		distributedJobsSettings: keys.distributedJobs,
		applicationUrlDetection: has('placeholderTouch') ? 'machine-name-fallback' : has('detectionNone') ? 'none-by-default' : 'first-request',
		applicationUrlDetectionSetting: has('detectionNone') ? keys.detection : null,
		detectedUrlReplacement: has('replacementRules') ? 'prefer-public-https' : 'unrestricted',
		skipNegotiationSetting: has('skipNegotiation') ? keys.skipNegotiation : null,
		machineIdentifierSetting: has('machineIdentity') ? keys.machineIdentifier : null,
		machineIdentity: has('machineIdentity') ? 'configured-then-azure-instance-then-machine-name' : 'machine-name',
		syncTimeoutSetting: has('timeouts') ? keys.syncTimeout : null,
		touchTimeoutSetting: has('timeouts') ? keys.touchTimeout : null,
		instructionsWithoutMainDom: has('mainDomFix') ? 'written' : 'lost',
		bootElection: has('bootElection'),
		unattendedUpgradeTiming: has('coordinatedUpgrade') ? 'after-start-coordinated' : has('afterStartUpgrade') ? 'after-start' : 'at-boot',
		migrationClaimTimeoutSetting: has('coordinatedUpgrade') ? keys.migrationClaimTimeout : null,
		// 17/…/server-setup/health-probes.md @30853c15
		healthProbes: has('afterStartUpgrade') ? { live: '/umbraco/api/health/live', ready: '/umbraco/api/health/ready' } : null,
		// 17/umbraco-cms/develop-with-umbraco/configuration/scheduledpublishingsettings.md: AlignToClock "due to change to true in Umbraco 19".
		scheduledPublishing: has('scheduledPublishing')
			? { period: 'Umbraco:CMS:ScheduledPublishing:Period', alignToClock: 'Umbraco:CMS:ScheduledPublishing:AlignToClock', alignToClockDefault: preview }
			: null,
		readOnlyDatabase: has('readOnlyJobs') ? 'detected' : has('readOnlyBoot') ? 'throws-in-jobs' : 'fails-at-boot',
		urlTableWrites: has('urlTablesOnOrigin') ? 'originating-server' : 'every-refreshing-node',
		umbracoCloudLoadBalancing: has('cloudLoadBalancing'),
	};
}

const baseSources = ['D17-README', 'D17-LBBO', 'D17-SCHED', 'D17-GLOBAL'];

/** Band id, first version, and the sources of what changes there. */
const starts: readonly (readonly [VersionBandId, VersionTuple, readonly string[]])[] = [
	['v17.0-17.2', [17, 0, 0], []],
	['v17.3', [17, 3, 0], ['D18-UPG', 'D17-PROBES']],
	['v17.4.0-17.4.1', [17, 4, 0], ['PR-22307', 'D17-WEBROUTING', 'PR-22572']],
	['v17.4.2-17.4.x', [17, 4, 2], ['PR-22815', 'PR-22890', 'CLOUD-LB']],
	['v17.5', [17, 5, 0], ['PR-22700', 'SRC-SIGNALRSET']],
	['v17.6', [17, 6, 0], ['PR-23033', 'PR-23233', 'D17-HOSTING-2026', 'PR-23119', 'D17-SCHEDPUB']],
	['v17.7', [17, 7, 0], ['ISSUE-23219', 'PR-23421']],
	['v17.8+', [17, 8, 0], ['PR-23801', 'D17-WEBROUTING']],
	['v18.0', [18, 0, 0], ['D18-VERSION-SPECIFIC', 'PR-22700']],
	['v18.1', [18, 1, 0], ['PR-23033', 'PR-23233', 'PR-23119', 'D18-GLOBAL']],
	['v18.2', [18, 2, 0], ['ISSUE-23219', 'PR-23421']],
	['v18.3+', [18, 3, 0], ['PR-23801']],
	['v19-preview', [19, 0, 0], ['D17-SCHEDPUB']],
];

/** No release line past 19 exists yet: 20.0 and later are not Umbraco versions the project knows. */
const end: VersionTuple = [20, 0, 0];

export const modernBands: readonly VersionBand[] = starts.map(([id, from, sources], i) => {
	const to = starts[i + 1]?.[1] ?? end;
	const preview = id === 'v19-preview';
	return { ...behaviourOf(from, preview), id, family: 'v17', from, to, preview, sources: [...baseSources, ...sources] };
});
