/**
 * Timings and limits of the simulation, in seconds or counts. The overridable ones are the
 * `settings` of a scenario; their defaults are Umbraco's own (runtime semantics §1.6, §2.7,
 * §6.4). The fixed ones are constants in Umbraco's code.
 */

/** Settings a scenario may override. */
export interface SimulationSettings {
	/** `DatabaseServerRegistrar:WaitTimeBetweenCalls` (v8 `RecurringSeconds`): touch period. */
	readonly touchPeriod: number;
	/** `DatabaseServerRegistrar:StaleServerTimeout`: a row older than this is deactivated. */
	readonly staleTimeout: number;
	/** `DatabaseServerMessenger:TimeBetweenSyncOperations` (v8 `ThrottleSeconds`): poll period. */
	readonly syncPeriod: number;
	/** Rows read per poll; hard-coded 100 in Umbraco [§2.3]. */
	readonly rowsPerPoll: number;
	/** `MaxProcessingInstructionCount`: instructions per row, and the cold-boot backlog limit. */
	readonly maxProcessingInstructionCount: number;
	/** `TimeToRetainInstructions` (v8 `DaysToRetainInstructions`): 2 days. */
	readonly retainInstructions: number;
	/** `TimeBetweenPruneOperations` (v8 `PruneThrottleSeconds`); the pruning job period from 16.1. */
	readonly pruneThrottle: number;
	/** `DatabaseServerMessenger:SyncTimeout` (17.6+, 18.1+): how long a sync waits on a hung call [PR-23119]. */
	readonly syncTimeout: number;
	/** `DatabaseServerRegistrar:TouchTimeout` (17.6+, 18.1+): how long a touch waits on a hung call [PR-23119]. */
	readonly touchTimeout: number;
	/** `ScheduledPublishing:Period` (17.6+, 18.1+; fixed 1 min before) [D17-SCHEDPUB]. */
	readonly scheduledPublishingPeriod: number;
	/** `ScheduledPublishing:AlignToClock` (17.6+, 18.1+): runs on UTC multiples of the period [D17-SCHEDPUB]. */
	readonly scheduledPublishingAlignToClock: boolean;
}

/** Umbraco's defaults [§1.6] [§2.7]. */
export const defaultSettings: SimulationSettings = {
	touchPeriod: 60,
	staleTimeout: 120,
	syncPeriod: 5,
	rowsPerPoll: 100,
	maxProcessingInstructionCount: 1000,
	retainInstructions: 172_800,
	pruneThrottle: 60,
	// Defaults `00:01:00` and `false`: DatabaseServerMessengerSettings / DatabaseServerRegistrarSettings
	// (PR #23119) and ScheduledPublishingSettings (PR #23127).
	syncTimeout: 60,
	touchTimeout: 60,
	scheduledPublishingPeriod: 60,
	scheduledPublishingAlignToClock: false,
};

/** Names of the overridable settings, in documentation order. */
export const settingNames = Object.keys(defaultSettings) as readonly (keyof SimulationSettings)[];

/** Settings that must be whole counts rather than durations. */
export const countSettings: ReadonlySet<keyof SimulationSettings> = new Set(['rowsPerPoll', 'maxProcessingInstructionCount']);

/** Settings that are `true` or `false` rather than numbers. */
export const flagSettings: ReadonlySet<keyof SimulationSettings> = new Set(['scheduledPublishingAlignToClock']);

/** Constants of Umbraco's code that no setting changes [§6.4]. */
export const fixedTimings = {
	/** `TouchServerJob.Delay`; v8: after the first request [§1.3] [§1.6]. */
	touchDelay: 15,
	/** `InstructionProcessJob.Delay`; v8: after the first request [§2.3]. */
	syncDelay: 60,
	/** `MainDomReleaseSignalPollingInterval` of `FileSystemMainDomLock` [§5]. */
	mainDomPollInterval: 2,
	/** MainDom acquisition timeout; never reached here because a holder always answers [§5]. */
	mainDomTimeout: 40,
	/** v17 `DistributedJobSettings.Delay` [§3]. */
	distributedDelay: 60,
	/** v17 `DistributedJobSettings.Period` [§3]. */
	distributedPeriod: 5,
	/** v17 `DistributedJobSettings.MaximumExecutionTime` [§3]. */
	distributedMaxExecution: 300,
} as const;
