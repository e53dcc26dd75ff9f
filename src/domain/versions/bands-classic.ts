/**
 * Bands 7.0 to 16: a dedicated backoffice server, web.config (v7/v8) or appsettings (v9+).
 * Source keys are those of the fact sheet §0 and `sources-2026.ts`.
 */
import type { BandBehaviour, VersionBand } from './bands';

const v7Roles = { publisher: 'Master', subscriber: 'Slave' };
const v8Roles = { publisher: 'Master', subscriber: 'Replica' };
const v9Roles = { publisher: 'SchedulingPublisher', subscriber: 'Subscriber' };

/** What no band before 17 has; 17+ bands start from here too and switch features on. */
export const v7Base = {
	loadBalancing: 'flexible',
	roleNames: v7Roles,
	pinnedPublisherValue: 'Master',
	config: 'web-config',
	keys: 'machine-key',
	sessions: 'session-state-provider',
	applicationUrlDetection: 'first-request',
	applicationUrlDetectionSetting: null,
	detectedUrlReplacement: 'unrestricted',
	mainDomLockSetting: null,
	mainDomLockDefault: 'semaphore',
	azureMainDom: 'semaphore',
	// Issue #23219 was read in the v13 and v17 code; whether v7/v8 share the gate is not known.
	instructionsWithoutMainDom: 'unknown',
	keepAlive: true,
	unattendedUpgradeSetting: null,
	unattendedUpgradeTiming: 'none',
	migrationClaimTimeoutSetting: null,
	backofficeLoadBalancing: false,
	distributedJobs: false,
	distributedJobsSettings: null,
	skipNegotiationSetting: null,
	machineIdentifierSetting: null,
	machineIdentity: 'machine-name',
	syncTimeoutSetting: null,
	touchTimeoutSetting: null,
	bootElection: false,
	healthProbes: null,
	scheduledPublishing: null,
	readOnlyDatabase: 'pinned-subscriber',
	urlTableWrites: null,
	hostingDebugSetting: null,
	umbracoCloudLoadBalancing: false,
	// SQL CE until 9; "SQL CE is no longer a supported database engine" from 10 [D10-UPG-SQLCE].
	embeddedDatabase: 'sql-ce',
} as const satisfies BandBehaviour;

// [V8-AZ] [V8-AZ-860] [V8-AZ-864] [V8-WEBCFG] [V8-ADV-810] [D16-UPG8]
const v8Base = {
	...v7Base,
	roleNames: v8Roles,
	mainDomLockSetting: 'Umbraco.Core.MainDom.Lock',
	azureMainDom: 'sql',
} as const satisfies BandBehaviour;

// [D13-GLOBAL] [D10-AZ] [D13-AZ] [D13-README] [PR-10480]
export const v9Base = {
	...v7Base,
	roleNames: v9Roles,
	pinnedPublisherValue: 'SchedulingPublisher',
	config: 'appsettings',
	keys: 'data-protection',
	sessions: 'distributed-cache',
	mainDomLockSetting: 'Umbraco:CMS:Global:MainDomLock',
	unattendedUpgradeSetting: 'Umbraco:CMS:Unattended:UpgradeUnattended',
	// v9–17.2: the migration runs during boot [D13-UPG] [D18-UPG].
	unattendedUpgradeTiming: 'at-boot',
	// The broadcast gate of issue #23219 (reported on 13.13, same path in 17); DERIVED for 9–12.
	instructionsWithoutMainDom: 'lost',
	// 17/umbraco-cms/develop-with-umbraco/configuration/hostingsettings.md lists `Debug` under Hosting.
	hostingDebugSetting: 'Umbraco:CMS:Hosting:Debug',
} as const satisfies BandBehaviour;

const v10Base = { ...v9Base, embeddedDatabase: 'sqlite', mainDomLockDefault: 'file-system', azureMainDom: 'file-system' } as const satisfies BandBehaviour;

export const classicBands: readonly VersionBand[] = [
	{ ...v7Base, id: 'v7.0-7.2', family: 'v7', from: [7, 0, 0], to: [7, 3, 0], preview: false, loadBalancing: 'traditional', sources: ['V7-TRAD', 'V7-IDX'] },
	{ ...v7Base, id: 'v7.3+', family: 'v7', from: [7, 3, 0], to: [8, 0, 0], preview: false, sources: ['V7-FLEX', 'V7-ADV', 'SRC-ROLE'] },
	// SqlMainDomLock only arrived in 8.6; on 8.0–8.5 Azure advice is "every server a replica,
	// overlapped recycling off" [V8-AZ-860].
	{ ...v8Base, id: 'v8.0-8.5', family: 'v8', from: [8, 0, 0], to: [8, 6, 0], preview: false, mainDomLockSetting: null, azureMainDom: 'all-replicas-overlap-off', sources: ['V8-IDX', 'V8-AZ-860', 'V8-ADV-864'] },
	{ ...v8Base, id: 'v8.6.0-8.6.3', family: 'v8', from: [8, 6, 0], to: [8, 6, 4], preview: false, azureMainDom: 'publisher-sql-replicas-overlap-off', sources: ['V8-AZ', 'V8-AZ-864', 'V8-ADV-864'] },
	{ ...v8Base, id: 'v8.6.4-8.9', family: 'v8', from: [8, 6, 4], to: [8, 10, 0], preview: false, sources: ['V8-IDX', 'V8-AZ'] },
	{ ...v8Base, id: 'v8.10-8.11', family: 'v8', from: [8, 10, 0], to: [8, 12, 0], preview: false, pinnedPublisherValue: 'Primary', sources: ['V8-ADV-810', 'SRC-ROLE', 'V8-AZ'] },
	{
		...v8Base,
		id: 'v8.12+',
		family: 'v8',
		from: [8, 12, 0],
		to: [9, 0, 0],
		preview: false,
		pinnedPublisherValue: 'Primary',
		unattendedUpgradeSetting: 'Umbraco.Core.RuntimeState.UpgradeUnattended',
		// v8.12+: the upgrade runs on the first request to the main server [D16-UPG8].
		unattendedUpgradeTiming: 'first-request',
		sources: ['D16-UPG8', 'V8-ADV-810', 'V8-AZ'],
	},
	// 9.0–9.3: semaphore by default on Windows; docs' "9.0.0–9.4.0" tab asks for SqlMainDomLock on Azure [D10-AZ] [SRC-MAINDOM9].
	{ ...v9Base, id: 'v9.0-9.3', family: 'v9-13', from: [9, 0, 0], to: [9, 4, 0], preview: false, azureMainDom: 'sql', sources: ['D10-AZ', 'SRC-MAINDOM9', 'D13-GLOBAL'] },
	// DOCS DISAGREE: 9.4 appears in both Azure bands; this band asks for FileSystemMainDomLock [D10-AZ] [D13-AZ].
	{ ...v9Base, id: 'v9.4-9.5', family: 'v9-13', from: [9, 4, 0], to: [10, 0, 0], preview: false, azureMainDom: 'file-system', sources: ['D10-AZ', 'D13-AZ'] },
	{ ...v10Base, id: 'v10-13', family: 'v9-13', from: [10, 0, 0], to: [14, 0, 0], preview: false, sources: ['D13-GLOBAL', 'D13-AZ', 'D13-README', 'D10-UPG-SQLCE'] },
	// Keep-alive job and settings removed in 14 [PR-15891].
	{ ...v10Base, id: 'v14-16', family: 'v14-16', from: [14, 0, 0], to: [17, 0, 0], preview: false, keepAlive: false, sources: ['D16-README', 'PR-15891', 'D13-GLOBAL'] },
];
