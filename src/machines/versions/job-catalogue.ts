/**
 * Umbraco's background jobs per version, as data (runtime semantics §3). Recurring jobs
 * run on every server's own timer and check the role and MainDom; v17 distributed jobs are
 * taken from the `umbracoDistributedJob` table by whichever server asks first. Jobs whose
 * body returns at once under default settings (health-check notifications, disabled by
 * default) are left out of the recurring list and marked `silent` in the distributed one,
 * where they still occupy a take.
 */
import type { SimulationSettings } from '../settings';

/** Which roles a recurring job runs on: `IRecurringBackgroundJob.DefaultServerRoles` or all. */
export type JobRoles = 'all' | 'publisherOrSingle';

/** A job on each server's own timer: first run `delay` after its anchor, then every `period`. */
export interface RecurringJob {
	readonly name: string;
	readonly delay: number;
	readonly period: number;
	readonly roles: JobRoles;
	/** v8 starts most tasks on the first request [§3]; everything else counts from boot. */
	readonly anchor: 'boot' | 'firstRequest';
	/** The 16.1–16.x `CacheInstructionsPruningJob` [§2.6]. */
	readonly prunes?: true;
}

/**
 * A v17 distributed job row: due when `lastRun < now − period` [§3]; a clock-aligned job
 * instead from the first multiple of its period after `lastRun` on (17.6+ scheduled publishing).
 */
export interface DistributedJob {
	readonly name: string;
	readonly period: number;
	/** `IDistributedBackgroundJob.AlignToClock` (17.6+, 18.1+) [D17-SCHEDPUB]. */
	readonly alignToClock?: true;
	/** Taken and finished, but its body returns at once under default settings: not logged. */
	readonly silent?: true;
	readonly prunes?: true;
}

const minute = 60;
const hour = 3600;
const day = 86_400;
const publisherOrSingle = 'publisherOrSingle' as const;

/** v8 `SchedulerComponent` tasks, registered on the first request; telemetry from boot [§3]. */
function v8Jobs(): RecurringJob[] {
	const afterRequest = { delay: 3 * minute, anchor: 'firstRequest' as const };
	return [
		{ name: 'keepAlive', ...afterRequest, period: 5 * minute, roles: publisherOrSingle },
		{ name: 'scheduledPublishing', ...afterRequest, period: minute, roles: publisherOrSingle },
		{ name: 'logScrubber', ...afterRequest, period: 4 * hour, roles: publisherOrSingle },
		{ name: 'tempFileCleanup', ...afterRequest, period: hour, roles: 'all' },
		{ name: 'reportSite', delay: minute, period: day, roles: 'all', anchor: 'boot' },
	];
}

/**
 * v9–v16 `IRecurringBackgroundJob`s [§3]. Webhooks and OpenIddict arrived in 13 (the
 * reference covers 13; earlier bands are simulated as 13 without them). Keep-alive left in
 * 14 [PR #15891]; pruning became a job in 16.1 [PR #19598].
 */
function v13Jobs(major: number, minor: number, settings: SimulationSettings): RecurringJob[] {
	const boot = { anchor: 'boot' as const };
	const jobs: (RecurringJob | false)[] = [
		{ name: 'tempFileCleanup', ...boot, delay: 3 * minute, period: hour, roles: 'all' },
		major >= 13 && { name: 'webhookFiring', ...boot, delay: 20, period: 10, roles: publisherOrSingle },
		major >= 13 && { name: 'webhookLoggingCleanup', ...boot, delay: 20, period: day, roles: publisherOrSingle },
		{ name: 'reportSite', ...boot, delay: 5 * minute, period: day, roles: 'all' },
		major < 14 && { name: 'keepAlive', ...boot, delay: 3 * minute, period: 5 * minute, roles: publisherOrSingle },
		{ name: 'logScrubber', ...boot, delay: 3 * minute, period: 4 * hour, roles: publisherOrSingle },
		{ name: 'contentVersionCleanup', ...boot, delay: 3 * minute, period: hour, roles: publisherOrSingle },
		{ name: 'scheduledPublishing', ...boot, delay: 3 * minute, period: minute, roles: publisherOrSingle },
		// A plain hosted service in 13: no role or MainDom check [§3].
		major >= 13 && { name: 'openIddictCleanup', ...boot, delay: 5 * minute, period: hour, roles: 'all' },
		(major > 16 || (major === 16 && minor >= 1)) && {
			name: 'cacheInstructionsPruning',
			...boot,
			delay: 3 * minute,
			period: settings.pruneThrottle,
			roles: publisherOrSingle,
			prunes: true,
		},
	];
	return jobs.filter((job): job is RecurringJob => job !== false);
}

/** v17 recurring jobs: the ones that stayed per-server, all roles [§3]. */
function v17RecurringJobs(): RecurringJob[] {
	return [
		{ name: 'tempFileCleanup', anchor: 'boot', delay: 3 * minute, period: hour, roles: 'all' },
		{ name: 'reportSite', anchor: 'boot', delay: 5 * minute, period: day, roles: 'all' },
	];
}

/**
 * Scheduled publishing as a distributed job: every minute until 17.6 / 18.1, then every
 * `ScheduledPublishing:Period`, optionally aligned to the clock (`ScheduledPublishingJob`
 * reads both settings: PR #23127, commit a5b7e0dac1) [D17-SCHEDPUB]. The `AlignToClock`
 * default planned to become `true` in 19 (band `v19-preview`) is not applied: the scenario's
 * setting, `false` unless given, decides for every version.
 */
function scheduledPublishing(settings: SimulationSettings, configurable: boolean): DistributedJob {
	if (!configurable) return { name: 'scheduledPublishing', period: minute };
	const period = settings.scheduledPublishingPeriod;
	return settings.scheduledPublishingAlignToClock ? { name: 'scheduledPublishing', period, alignToClock: true } : { name: 'scheduledPublishing', period };
}

/**
 * v17 distributed jobs in registration order (`UmbracoBuilder.BackgroundJobs.cs`), which is
 * the table's row order and so decides which due job a tick takes first. OpenIddict's job is
 * registered elsewhere; putting it last is inferred. Long-running-operations cleanup period
 * from `LongRunningOperationsCleanupSettings` (2 min), not in the reference.
 * `scheduledPublishingSettings`: the version reads `Umbraco:CMS:ScheduledPublishing` (17.6+, 18.1+).
 */
export function distributedJobs(major: number, settings: SimulationSettings, scheduledPublishingSettings = false): readonly DistributedJob[] {
	if (major < 17) return [];
	return [
		{ name: 'webhookFiring', period: 10 },
		{ name: 'contentVersionCleanup', period: hour },
		{ name: 'healthCheckNotifier', period: day, silent: true },
		{ name: 'logScrubber', period: 4 * hour },
		scheduledPublishing(settings, scheduledPublishingSettings),
		{ name: 'temporaryFileCleanup', period: 5 * minute },
		{ name: 'webhookLoggingCleanup', period: day },
		{ name: 'cacheInstructionsPruning', period: settings.pruneThrottle, prunes: true },
		{ name: 'longRunningOperationsCleanup', period: 2 * minute },
		{ name: 'openIddictCleanup', period: hour },
	];
}

/** The recurring jobs of a version. */
export function recurringJobs(major: number, minor: number, settings: SimulationSettings): readonly RecurringJob[] {
	if (major === 8) return v8Jobs();
	if (major >= 17) return v17RecurringJobs();
	return v13Jobs(major, minor, settings);
}
