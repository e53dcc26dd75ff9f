/**
 * The version bands that change load-balancing behaviour, as data. Every fact carries its
 * source key (`shared/reference/umbraco-load-balancing-facts.md` §0, and the 2026 keys of
 * `src/domain/sources/sources-2026.ts`). Rules and generators ask these records instead of
 * comparing version numbers inline. The records themselves live in `bands-classic.ts`
 * (7.0–16) and `bands-modern.ts` (17 on, with 19 as a preview).
 */
import { classicBands } from './bands-classic';
import { modernBands } from './bands-modern';
import type { VersionFamilyId } from './families';
import type { VersionTuple } from './version';

export const versionBandIds = [
	'v7.0-7.2',
	'v7.3+',
	'v8.0-8.5',
	'v8.6.0-8.6.3',
	'v8.6.4-8.9',
	'v8.10-8.11',
	'v8.12+',
	'v9.0-9.3',
	'v9.4-9.5',
	'v10-13',
	'v14-16',
	'v17.0-17.2',
	'v17.3',
	'v17.4.0-17.4.1',
	'v17.4.2-17.4.x',
	'v17.5',
	'v17.6',
	'v17.7',
	'v17.8+',
	'v18.0',
	'v18.1',
	'v18.2',
	'v18.3+',
	'v19-preview',
] as const;

export type VersionBandId = (typeof versionBandIds)[number];

/** Where a server's MainDom lock comes from by default, and what Azure needs. */
export type MainDomLockKind = 'semaphore' | 'file-system' | 'sql';

/** The facts of one band that the rules, generators and the simulation read. */
export interface VersionBand extends BandBehaviour {
	readonly id: VersionBandId;
	readonly family: VersionFamilyId;
	/** First version of the band (inclusive). */
	readonly from: VersionTuple;
	/** First version after the band (exclusive); 20.0 for the 19 preview, the end of what is known. */
	readonly to: VersionTuple;
	/** A development line with no release yet (19): shown with its id, `v19-preview`. */
	readonly preview: boolean;
	/** Sources of the facts of this band. */
	readonly sources: readonly string[];
}

/** What a band does; every band sets every field, so a new fact is one field in two files. */
export interface BandBehaviour {
	/** `traditional` = pre-7.3 `distributedCall`; `flexible` = database instruction queue. */
	readonly loadBalancing: 'traditional' | 'flexible';
	/** Official names of the scheduling (admin) and front-end roles, as `ServerRole` values. */
	readonly roleNames: { readonly publisher: string; readonly subscriber: string };
	/** `ServerRole` value to return when pinning the admin server (v8.10+: `Primary`). */
	readonly pinnedPublisherValue: string;
	readonly config: 'web-config' | 'appsettings';
	readonly keys: 'machine-key' | 'data-protection';
	/** v7/v8: a session-state provider if session/TempData is used; v9+: an IDistributedCache is required. */
	readonly sessions: 'session-state-provider' | 'distributed-cache';
	/**
	 * How an elected server learns the URL it registers with when none is configured: from the
	 * first request, not at all (17.4–17.5, 18.0: never registers), or a placeholder touch (17.6+, 18.1+).
	 * The simulation reads this field; keep its values stable.
	 */
	readonly applicationUrlDetection: 'first-request' | 'none-by-default' | 'machine-name-fallback';
	/** `Umbraco:CMS:WebRouting:ApplicationUrlDetection` (default `None`), or null before 17.4. */
	readonly applicationUrlDetectionSetting: string | null;
	/** 17.8 (and 18.3, UNVERIFIED) lets only a public host replace a loopback URL, and HTTPS replace HTTP. */
	readonly detectedUrlReplacement: 'unrestricted' | 'prefer-public-https';
	/** Setting that selects the MainDom lock; null when the band has none that works. */
	readonly mainDomLockSetting: string | null;
	readonly mainDomLockDefault: MainDomLockKind;
	/** What multi-instance Azure hosting needs; `replicas-overlap-off` = 8.6.0–8.6.3's split advice. */
	readonly azureMainDom: 'all-replicas-overlap-off' | 'publisher-sql-replicas-overlap-off' | MainDomLockKind;
	/** A server that lost MainDom at boot still writes cache instructions (`written` from 17.7 and 18.2). */
	readonly instructionsWithoutMainDom: 'lost' | 'written' | 'unknown';
	readonly keepAlive: boolean;
	/** Unattended upgrade switch, or null when the band has none. */
	readonly unattendedUpgradeSetting: string | null;
	/** When an unattended upgrade runs: first request (v8), boot (9–17.2), after start (17.3), with a leader claim (17.4.2+). */
	readonly unattendedUpgradeTiming: 'none' | 'first-request' | 'at-boot' | 'after-start' | 'after-start-coordinated';
	/** `Umbraco:CMS:Unattended:MigrationClaimTimeout` (17.4.2+), or null. */
	readonly migrationClaimTimeoutSetting: string | null;
	readonly backofficeLoadBalancing: boolean;
	readonly distributedJobs: boolean;
	/** `Umbraco:CMS:DistributedJobs` (Period, Delay, MaximumExecutionTime), or null before 17. */
	readonly distributedJobsSettings: string | null;
	/** `Umbraco:CMS:SignalR:ClientShouldSkipNegotiation` (17.5+, 18.0+), or null. */
	readonly skipNegotiationSetting: string | null;
	/** `Umbraco:CMS:Hosting:MachineIdentifier` (17.6+, 18.1+), or null. */
	readonly machineIdentifierSetting: string | null;
	/** Where the per-server id of the last-synced state comes from. */
	readonly machineIdentity: 'machine-name' | 'configured-then-azure-instance-then-machine-name';
	/** `…:DatabaseServerMessenger:SyncTimeout` and `…:DatabaseServerRegistrar:TouchTimeout` (17.6+, 18.1+). */
	readonly syncTimeoutSetting: string | null;
	readonly touchTimeoutSetting: string | null;
	/** One bounded election at boot, before `UmbracoApplicationStartingNotification` (17.8+, 18.3+). */
	readonly bootElection: boolean;
	/** `/umbraco/api/health/live` and `/ready` (17.3+), or null. */
	readonly healthProbes: { readonly live: string; readonly ready: string } | null;
	/** `Umbraco:CMS:ScheduledPublishing` keys (17.6+, 18.1+) and the AlignToClock default, or null. */
	readonly scheduledPublishing: { readonly period: string; readonly alignToClock: string; readonly alignToClockDefault: boolean } | null;
	/** A read-only database: fine when pinned as a subscriber (before 17), fails at boot (17.0–17.2), throws in jobs (17.3), detected (17.4+). */
	readonly readOnlyDatabase: 'pinned-subscriber' | 'fails-at-boot' | 'throws-in-jobs' | 'detected';
	/** Who writes the URL tables after a content change in v17: every refreshing node, or (17.4.2+) the originating one. */
	readonly urlTableWrites: 'every-refreshing-node' | 'originating-server' | null;
	/** `Umbraco:CMS:Hosting:Debug` (v9+), or null. */
	readonly hostingDebugSetting: string | null;
	/** Umbraco Cloud's own load-balancing feature can be turned on for this band. */
	readonly umbracoCloudLoadBalancing: boolean;
	/** The single-file database the version ships with: SQL CE (7–9) or SQLite (10+). */
	readonly embeddedDatabase: 'sql-ce' | 'sqlite';
}

export const versionBands: readonly VersionBand[] = [...classicBands, ...modernBands];
