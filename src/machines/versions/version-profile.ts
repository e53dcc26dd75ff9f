/**
 * What a simulated Umbraco version does differently, as flags read by the machines. The
 * reference covers v8, v13 and v17 (runtime semantics §0, §4); v9–v12 run as v13, v14–v16
 * as v13 without keep-alive (and with the pruning job from 16.1), 18+ as the newest v17.
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
	return undefined;
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
		recurringJobs: recurringJobs(major, minor, settings),
		distributedJobs: distributedJobs(major, settings),
		roleNames: {
			unknown: officialRoleName(band, 'unknown'),
			single: officialRoleName(band, 'single'),
			publisher: officialRoleName(band, 'publisher'),
			subscriber: officialRoleName(band, 'subscriber'),
		},
	};
}
