/**
 * What a server process sends, built from its context: kept out of the chart so
 * `server-process-machine.ts` reads like the diagram.
 */
import { nextTick } from '../clock/next-tick';
import type { DatabaseReply } from '../database/database-events';
import type { LogFields } from '../log';
import { fixedTimings } from '../settings';
import type { ProcessPhaseEvent } from './process-events';
import type { ServerProcessContext } from './server-process-context';

/** The boot decision request, without `replyTo` [§2.5]. */
export function bootRequest(context: ServerProcessContext) {
	const { profile, serverId } = context.config;
	const inDatabase = profile.lastSyncedStorage === 'database';
	return {
		type: 'db.boot' as const,
		server: serverId,
		at: context.bootAt,
		// v8–v16 read the local file (−1 when missing); v17.1+ read `umbracoLastSynced`;
		// 17.0.x read a file it no longer wrote, so always −1 [§2.4] [PR #21109].
		lastId: inDatabase ? (profile.bootReadsStorage ? null : -1) : (context.lastSyncedFile ?? -1),
		// Keyed by the machine id: a new machine name without a stable id finds no row [ISSUE-22947].
		saveAs: inDatabase ? context.config.machineId : null,
	};
}

/**
 * The one touch of the 17.8+ boot election, without `replyTo`: the same `TouchServer` as the
 * recurring job, with the machine name as placeholder address when no URL is known [PR-23801]
 * (`BoundedServerTouch.ResolveServerAddress` @579436364476).
 */
export function electionRequest(context: ServerProcessContext) {
	const { serverId } = context.config;
	return { type: 'db.touch' as const, server: serverId, at: context.bootAt, identity: serverId, address: context.appUrlKnown ? `https://${serverId}/` : serverId };
}

/** The log of the boot election's touch: the touch, the rows it deactivated, and the role if it changed. */
export function electionEntries(context: ServerProcessContext, event: Extract<DatabaseReply, { type: 'db.touched' }>): LogFields[] {
	const entries: LogFields[] = [{ type: 'touch' }];
	for (const target of event.deactivated) entries.push({ type: 'deactivate', target });
	if (event.role !== context.role) entries.push({ type: 'role', role: context.config.profile.roleNames[event.role] });
	return entries;
}

/**
 * When a holder asked at `at` releases MainDom: semaphore locks are signalled at once;
 * `FileSystemMainDomLock` holders find the release file at their next 2 s poll, counted from
 * when they acquired the lock; the contender, retrying without pause, takes it then [§5].
 */
export function releaseInstant(context: ServerProcessContext, at: number): number {
	return context.config.profile.mainDomHandOver === 'immediate' ? at : nextTick(context.bootAt, fixedTimings.mainDomPollInterval, at);
}

/** What the process tells the cluster about its phase. */
export function phaseEvent(context: ServerProcessContext, at: number, phase: ProcessPhaseEvent['phase']): ProcessPhaseEvent {
	const { serverId, order, incarnation } = context.config;
	return { type: 'process.phase', serverId, order, incarnation, at, phase, lastSynced: context.lastSynced };
}
