/**
 * Inputs of the loops a running process starts, built from the process's context, and the
 * way back to a loop's position. Kept out of the chart so `server-process-machine.ts`
 * reads like the diagram.
 */
import type { AnyActorRef } from 'xstate';
import type { LoopConfig } from './loop-config';
import type { RecurringJobsInput } from './recurring-jobs-machine';
import type { ServerProcessContext } from './server-process-context';
import type { SyncLoopInput } from './sync-loop-machine';
import type { TouchLoopInput } from './touch-loop-machine';

function loopConfig({ config }: ServerProcessContext): LoopConfig {
	return { serverId: config.serverId, order: config.order, database: config.database, profile: config.profile, settings: config.settings };
}

/** Input of the `touch` child; it knows the role the 17.8+ boot election found, if any. */
export function touchLoopInput(context: ServerProcessContext): TouchLoopInput {
	const elected = context.config.accessor === 'elected';
	const config = { ...loopConfig(context), elected, bootAt: context.bootAt, everyTick: context.config.everyTick };
	const role = elected && context.role !== 'unknown' ? context.role : null;
	return { config, appUrlKnown: context.appUrlKnown, role };
}

/** Input of the `sync` child. */
export function syncLoopInput(context: ServerProcessContext): SyncLoopInput {
	const { profile } = context.config;
	return {
		config: {
			...loopConfig(context),
			localIdentity: context.localIdentity,
			bootAt: context.bootAt,
			// v17 keeps the position in `umbracoLastSynced`, keyed by machine id [§2.4] [PR-23233].
			saveAs: profile.lastSyncedStorage === 'database' ? context.config.machineId : null,
			everyTick: context.config.everyTick,
		},
		lastSynced: context.lastSynced ?? 0,
		role: context.role,
	};
}

/** Input of the `jobs` child. */
export function recurringJobsInput(context: ServerProcessContext): RecurringJobsInput {
	const { serverId, order, database, profile } = context.config;
	return { config: { serverId, order, database, jobs: profile.recurringJobs, bootAt: context.bootAt }, role: context.role };
}

/** The last-synced id held by a process's sync loop, if it runs one. */
export function readSyncPosition(self: AnyActorRef): number | null {
	const children = (self.getSnapshot() as { children?: Record<string, AnyActorRef | undefined> }).children;
	const sync = children?.['sync'];
	return sync ? (sync.getSnapshot() as { context: { lastSynced: number } }).context.lastSynced : null;
}
