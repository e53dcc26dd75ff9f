/**
 * The version bands that change load-balancing behaviour, as data. Every fact carries its
 * fact-sheet key (`shared/reference/umbraco-load-balancing-facts.md` §0). Rules and
 * generators ask these records instead of comparing version numbers inline.
 */
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
	'v17.0-17.3',
	'v17.4-17.5',
	'v17.6+',
] as const;

export type VersionBandId = (typeof versionBandIds)[number];

/** Where a server's MainDom lock comes from by default, and what Azure needs. */
export type MainDomLockKind = 'semaphore' | 'file-system' | 'sql';

export interface VersionBand {
	readonly id: VersionBandId;
	readonly family: VersionFamilyId;
	/** First version of the band (inclusive). */
	readonly from: VersionTuple;
	/** First version after the band (exclusive); absent for the newest band. */
	readonly to?: VersionTuple;
	/** `traditional` = pre-7.3 `distributedCall`; `flexible` = database instruction queue. */
	readonly loadBalancing: 'traditional' | 'flexible';
	/** Official names of the scheduling (admin) and front-end roles, as `ServerRole` values. */
	readonly roleNames: { readonly publisher: string; readonly subscriber: string };
	/** `ServerRole` value to return when pinning the admin server (v8.10+: `Primary`). */
	readonly pinnedPublisherValue: string;
	/** Where configuration lives. */
	readonly config: 'web-config' | 'appsettings';
	readonly keys: 'machine-key' | 'data-protection';
	/** v7/v8: a session-state provider if session/TempData is used; v9+: an IDistributedCache is required. */
	readonly sessions: 'session-state-provider' | 'distributed-cache';
	/** How the application URL is learnt when not configured. */
	readonly applicationUrlDetection: 'first-request' | 'none-by-default' | 'machine-name-fallback';
	/** Setting that selects the MainDom lock; null when the band has none that works. */
	readonly mainDomLockSetting: string | null;
	readonly mainDomLockDefault: MainDomLockKind;
	/** What multi-instance Azure hosting needs; `replicas-overlap-off` = 8.6.0–8.6.3's split advice. */
	readonly azureMainDom: 'all-replicas-overlap-off' | 'publisher-sql-replicas-overlap-off' | MainDomLockKind;
	readonly keepAlive: boolean;
	/** Unattended upgrade switch, or null when the band has none. */
	readonly unattendedUpgradeSetting: string | null;
	readonly backofficeLoadBalancing: boolean;
	readonly distributedJobs: boolean;
	/** Sources of the facts above. */
	readonly sources: readonly string[];
}

const v7Roles = { publisher: 'Master', subscriber: 'Slave' };
const v8Roles = { publisher: 'Master', subscriber: 'Replica' };
const v9Roles = { publisher: 'SchedulingPublisher', subscriber: 'Subscriber' };

const v7Base = {
	family: 'v7',
	roleNames: v7Roles,
	pinnedPublisherValue: 'Master',
	config: 'web-config',
	keys: 'machine-key',
	sessions: 'session-state-provider',
	applicationUrlDetection: 'first-request',
	mainDomLockSetting: null,
	mainDomLockDefault: 'semaphore',
	azureMainDom: 'semaphore',
	keepAlive: true,
	unattendedUpgradeSetting: null,
	backofficeLoadBalancing: false,
	distributedJobs: false,
} as const;

// [V8-AZ] [V8-AZ-860] [V8-AZ-864] [V8-WEBCFG] [V8-ADV-810] [D16-UPG8]
const v8Base = {
	...v7Base,
	family: 'v8',
	loadBalancing: 'flexible',
	roleNames: v8Roles,
	mainDomLockSetting: 'Umbraco.Core.MainDom.Lock',
	azureMainDom: 'sql',
} as const;

// [D13-GLOBAL] [D10-AZ] [D13-AZ] [D13-README] [PR-10480]
const v9Base = {
	...v7Base,
	family: 'v9-13',
	loadBalancing: 'flexible',
	roleNames: v9Roles,
	pinnedPublisherValue: 'SchedulingPublisher',
	config: 'appsettings',
	keys: 'data-protection',
	sessions: 'distributed-cache',
	mainDomLockSetting: 'Umbraco:CMS:Global:MainDomLock',
	unattendedUpgradeSetting: 'Umbraco:CMS:Unattended:UpgradeUnattended',
} as const;

export const versionBands: readonly VersionBand[] = [
	{ ...v7Base, id: 'v7.0-7.2', from: [7, 0, 0], to: [7, 3, 0], loadBalancing: 'traditional', sources: ['V7-TRAD', 'V7-IDX'] },
	{ ...v7Base, id: 'v7.3+', from: [7, 3, 0], to: [8, 0, 0], loadBalancing: 'flexible', sources: ['V7-FLEX', 'V7-ADV', 'SRC-ROLE'] },
	// SqlMainDomLock only arrived in 8.6; on 8.0–8.5 Azure advice is "every server a replica,
	// overlapped recycling off" [V8-AZ-860].
	{ ...v8Base, id: 'v8.0-8.5', from: [8, 0, 0], to: [8, 6, 0], mainDomLockSetting: null, azureMainDom: 'all-replicas-overlap-off', sources: ['V8-IDX', 'V8-AZ-860', 'V8-ADV-864'] },
	{ ...v8Base, id: 'v8.6.0-8.6.3', from: [8, 6, 0], to: [8, 6, 4], azureMainDom: 'publisher-sql-replicas-overlap-off', sources: ['V8-AZ', 'V8-AZ-864', 'V8-ADV-864'] },
	{ ...v8Base, id: 'v8.6.4-8.9', from: [8, 6, 4], to: [8, 10, 0], sources: ['V8-IDX', 'V8-AZ'] },
	{ ...v8Base, id: 'v8.10-8.11', from: [8, 10, 0], to: [8, 12, 0], pinnedPublisherValue: 'Primary', sources: ['V8-ADV-810', 'SRC-ROLE', 'V8-AZ'] },
	{
		...v8Base,
		id: 'v8.12+',
		from: [8, 12, 0],
		to: [9, 0, 0],
		pinnedPublisherValue: 'Primary',
		unattendedUpgradeSetting: 'Umbraco.Core.RuntimeState.UpgradeUnattended',
		sources: ['D16-UPG8', 'V8-ADV-810', 'V8-AZ'],
	},
	// 9.0–9.3: semaphore by default on Windows; docs' "9.0.0–9.4.0" tab asks for SqlMainDomLock on Azure [D10-AZ] [SRC-MAINDOM9].
	{ ...v9Base, id: 'v9.0-9.3', from: [9, 0, 0], to: [9, 4, 0], azureMainDom: 'sql', sources: ['D10-AZ', 'SRC-MAINDOM9', 'D13-GLOBAL'] },
	// DOCS DISAGREE: 9.4 appears in both Azure bands; this band asks for FileSystemMainDomLock [D10-AZ] [D13-AZ].
	{ ...v9Base, id: 'v9.4-9.5', from: [9, 4, 0], to: [10, 0, 0], azureMainDom: 'file-system', sources: ['D10-AZ', 'D13-AZ'] },
	{ ...v9Base, id: 'v10-13', from: [10, 0, 0], to: [14, 0, 0], mainDomLockDefault: 'file-system', azureMainDom: 'file-system', sources: ['D13-GLOBAL', 'D13-AZ', 'D13-README'] },
	// Keep-alive job and settings removed in 14 [PR-15891].
	{
		...v9Base,
		id: 'v14-16',
		family: 'v14-16',
		from: [14, 0, 0],
		to: [17, 0, 0],
		mainDomLockDefault: 'file-system',
		azureMainDom: 'file-system',
		keepAlive: false,
		sources: ['D16-README', 'PR-15891', 'D13-GLOBAL'],
	},
	...(
		[
			// 17.4 added WebRouting:ApplicationUrlDetection with default None: without a configured URL an
			// elected server never touches (runtime semantics §1.3, PR #22307); 17.6 falls back to the
			// machine name (PR #23033, merged for 17.6.0-rc).
			['v17.0-17.3', [17, 0, 0], [17, 4, 0], 'first-request'],
			['v17.4-17.5', [17, 4, 0], [17, 6, 0], 'none-by-default'],
			['v17.6+', [17, 6, 0], undefined, 'machine-name-fallback'],
		] as const
	).map(([id, from, to, applicationUrlDetection]) => ({
		...v9Base,
		id,
		family: 'v17' as const,
		from,
		...(to ? { to } : {}),
		mainDomLockDefault: 'file-system' as const,
		azureMainDom: 'file-system' as const,
		keepAlive: false,
		backofficeLoadBalancing: true,
		distributedJobs: true,
		applicationUrlDetection,
		sources: ['D17-README', 'D17-LBBO', 'D17-SCHED', 'D17-GLOBAL'],
	})),
];
