/**
 * What a simulated Umbraco version does differently, as flags read by the machines. The
 * reference covers v8, v13 and v17 (runtime semantics §0, §4); v9–v12 run as v13, v14–v16
 * as v13 without keep-alive (and with the pruning job from 16.1), 18+ as the newest v17.
 * The 17.x / 18.x fixes come from the version catalogue's bands (`domain/versions`), one fact
 * in one place: each flag below reads the band field that carries it.
 */
import { findBand, officialRoleName } from '../../domain/versions/catalogue';
import type { VersionBand } from '../../domain/versions/bands';
import { parseVersion, type VersionTuple } from '../../domain/versions/version';
import type { SimulationSettings } from '../settings';
import { distributedJobs, recurringJobs, type DistributedJob, type RecurringJob } from './job-catalogue';

/** A version-neutral in-memory role (`ServerRole`). */
export type Role = 'unknown' | 'single' | 'publisher' | 'subscriber';

/** What the simulation does differently for a version. */
export interface VersionProfile {
	readonly version: VersionTuple;
	readonly band: VersionBand;
	/** The reference line whose code the simulation follows. */
	readonly behaviour: 'v8' | 'v13' | 'v17';
	/** Touch, sync and most jobs start on the first request, not at boot [§1.6] [§2.3]. */
	readonly loopsAwaitFirstRequest: boolean;
	/** v8 `TouchServerTask` returns false on an exception, which ends the task [§1.5]. */
	readonly touchFailureStopsTouching: boolean;
	/** A request reveals the application URL; not from 17.4 (`ApplicationUrlDetection` None) [§1.3]. */
	readonly requestRevealsAppUrl: boolean;
	/** 17.6+: touch with the machine name when no URL is known [PR #23033] (inferred to ship in 17.6.0). */
	readonly touchesWithoutAppUrl: boolean;
	/** Semaphore locks hand over at once; `FileSystemMainDomLock` holders poll every 2 s [§5]. */
	readonly mainDomHandOver: 'immediate' | 'polled';
	/** Where the last-synced id lives: a local file (v8–v16) or `umbracoLastSynced` (v17) [§2.4]. */
	readonly lastSyncedStorage: 'file' | 'database';
	/** 17.0.x decided the boot state from a file it no longer wrote: every boot was cold [PR #21109]. */
	readonly bootReadsStorage: boolean;
	/** Who prunes instructions: the sync loop (≤16.0), a recurring job (16.1+), a distributed job (17) [§2.6]. */
	readonly pruning: 'sync' | 'recurringJob' | 'distributedJob';
	/**
	 * 17.8+ / 18.3+: an elected process touches once while it boots, before the boot decision,
	 * so its role is known from the start (`IServerRoleElector.TryElectOnceAsync`) [PR-23801].
	 */
	readonly bootElection: boolean;
	/**
	 * 17.6+ / 18.1+: `InstructionProcessJob` and `TouchServerJob` stop waiting on a hung database
	 * call after `SyncTimeout` / `TouchTimeout` (seconds, from the settings); null before, when
	 * the loop waits for good [PR-23119].
	 */
	readonly loopTimeouts: { readonly sync: number; readonly touch: number } | null;
	/**
	 * 17.7+ / 18.2+: a process that runs without MainDom still writes cache instructions
	 * (`RequiresDistributed` no longer asks whether the messenger initialised) [PR-23421].
	 * Before, it writes none: the gate is evaluated once and needs MainDom [ISSUE-23219] [§2.2].
	 */
	readonly writesWithoutMainDom: boolean;
	/**
	 * 17.6+ / 18.1+: the `umbracoLastSynced` machine id comes from `Hosting:MachineIdentifier`, then
	 * Azure's `WEBSITE_INSTANCE_ID`, then the machine name; before, from the machine name alone [PR-23233].
	 */
	readonly stableMachineIdentity: boolean;
	readonly recurringJobs: readonly RecurringJob[];
	readonly distributedJobs: readonly DistributedJob[];
	/** Official names of the roles in this version, e.g. `Master` in v8. */
	readonly roleNames: Readonly<Record<Role, string>>;
}

/** Why a version string cannot be simulated, or undefined when it can. */
export function unsupportedVersionReason(text: string): string | undefined {
	const version = parseVersion(text);
	if (!version) return 'expected a version such as "8.18.8", "13.5.2" or "17.4.0"';
	if (version[0] < 8) return 'expected Umbraco 8 or newer (the simulation follows the v8, v13 and v17 code)';
	if (!findBand(version)) return 'expected Umbraco 19 or older (19 is a preview; nothing later exists yet)';
	return undefined;
}

/** A note for a version with no release yet (the 19 preview), which runs as the newest 18.x; undefined otherwise. */
export function previewVersionNote(text: string): string | undefined {
	return findBand(text)?.preview ? 'a preview with no release yet: simulated as 18.3+, with the 18.x defaults (19 may change them, e.g. AlignToClock)' : undefined;
}

function pruningOf([major, minor]: VersionTuple): VersionProfile['pruning'] {
	if (major >= 17) return 'distributedJob';
	return major === 16 && minor >= 1 ? 'recurringJob' : 'sync';
}

/** Builds the profile of a version; throws for versions `unsupportedVersionReason` rejects. */
export function getVersionProfile(text: string, settings: SimulationSettings): VersionProfile {
	const version = parseVersion(text);
	const band = findBand(text);
	if (!version || !band || version[0] < 8) throw new Error(`Umbraco "${text}": ${unsupportedVersionReason(text)}`);
	const [major, minor] = version;
	return {
		version,
		band,
		behaviour: major === 8 ? 'v8' : major >= 17 ? 'v17' : 'v13',
		loopsAwaitFirstRequest: major === 8,
		touchFailureStopsTouching: major === 8,
		requestRevealsAppUrl: band.applicationUrlDetection === 'first-request',
		touchesWithoutAppUrl: band.applicationUrlDetection === 'machine-name-fallback',
		mainDomHandOver: band.mainDomLockDefault === 'semaphore' ? 'immediate' : 'polled',
		lastSyncedStorage: major >= 17 ? 'database' : 'file',
		bootReadsStorage: !(major === 17 && minor === 0),
		pruning: pruningOf(version),
		bootElection: band.bootElection,
		loopTimeouts: band.syncTimeoutSetting !== null && band.touchTimeoutSetting !== null ? { sync: settings.syncTimeout, touch: settings.touchTimeout } : null,
		// v8 bands say 'unknown' (not checked in the 2026 sources); the v8 messenger has the same gate:
		// `RequiresDistributed` = `_initialized && DistributedEnabled`, initialised only after
		// `MainDom.Register` succeeds (src/Umbraco.Core/Sync/DatabaseServerMessenger.cs @ release-8.14.0).
		writesWithoutMainDom: band.instructionsWithoutMainDom === 'written',
		stableMachineIdentity: band.machineIdentity === 'configured-then-azure-instance-then-machine-name',
		recurringJobs: recurringJobs(major, minor, settings),
		distributedJobs: distributedJobs(major, settings, band.scheduledPublishing !== null),
		roleNames: {
			unknown: officialRoleName(band, 'unknown'),
			single: officialRoleName(band, 'single'),
			publisher: officialRoleName(band, 'publisher'),
			subscriber: officialRoleName(band, 'subscriber'),
		},
	};
}
