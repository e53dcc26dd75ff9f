/**
 * One process of one server, from start to stop (runtime semantics §1.3, §2.2, §2.5, §5).
 *
 * `starting` logs the start and the first in-memory role. An overlapping restart first
 * `contends` for MainDom with the process holding it. `holding` MainDom, the process boots
 * (the database decides cold or warm from the last-synced id), then runs its loops as
 * children: touch (elected servers), sync, recurring jobs; v17 also registers with the
 * distributed job hosts. Requests and background edits write instructions through it.
 * A stop or crash deregisters nothing [§1.5]; a release hands MainDom to the contender.
 */
import { assertEvent, assign, sendParent, sendTo, setup } from 'xstate';
import { nextTick } from '../clock/next-tick';
import type { DatabaseReply } from '../database/database-events';
import type { RecordParams } from '../effects';
import { fixedTimings } from '../settings';
import { recurringJobsInput, readSyncPosition, syncLoopInput, touchLoopInput } from './process-children';
import type { MainDomEvent, ProcessCommand, ProcessPhaseEvent } from './process-events';
import { recurringJobsMachine } from './recurring-jobs-machine';
import type { FirstRequestEvent, RoleChangedEvent, RoleElectedEvent, TickEvent } from './server-events';
import { initialProcessContext, type ServerProcessContext, type ServerProcessInput } from './server-process-context';
import { syncLoopMachine } from './sync-loop-machine';
import { touchLoopMachine } from './touch-loop-machine';

/** What the loops hear about a request or a role change. */
function loopNotice(event: ServerProcessEvent): FirstRequestEvent | RoleChangedEvent {
	if (event.type === 'role.elected') return { type: 'role.changed', at: event.at, role: event.role };
	assertEvent(event, ['server.request', 'server.publish']);
	return { type: 'server.firstRequest', at: event.at };
}

type ServerProcessEvent =
	| ProcessCommand
	| MainDomEvent
	| TickEvent
	| RoleElectedEvent
	| Extract<DatabaseReply, { type: 'db.booted' | 'db.written' | 'db.failed' }>;

export const serverProcessMachine = setup({
	types: {
		context: {} as ServerProcessContext,
		events: {} as ServerProcessEvent,
		input: {} as ServerProcessInput,
		children: {} as { touch: 'touchLoop'; sync: 'syncLoop'; jobs: 'recurringJobs' },
	},
	actors: { touchLoop: touchLoopMachine, syncLoop: syncLoopMachine, recurringJobs: recurringJobsMachine },
	guards: {
		contends: ({ context }) => context.config.predecessor !== null,
		changesRole: ({ context, event }) => event.type === 'role.elected' && event.role !== context.role,
		isFirstRequest: ({ context }) => context.firstRequestAt === null,
	},
	actions: {
		armTimer: () => {},
		record: (_, _params: RecordParams) => {},
		reportPhase: sendParent(
			({ context, event }, params: { phase: ProcessPhaseEvent['phase'] }): ProcessPhaseEvent => ({
				type: 'process.phase',
				serverId: context.config.serverId,
				order: context.config.order,
				incarnation: context.config.incarnation,
				at: 'at' in event ? event.at : context.bootAt,
				phase: params.phase,
				lastSynced: context.lastSynced,
			})
		),
		requestMainDom: sendTo(
			({ context }) => context.config.predecessor!,
			({ context, self }) => ({ type: 'mainDom.releaseRequested' as const, at: context.config.startAt, contender: self })
		),
		scheduleRelease: assign(({ context, event }) => {
			assertEvent(event, 'mainDom.releaseRequested');
			// Semaphore locks are signalled at once; FileSystemMainDomLock holders notice the
			// release file at their next 2 s poll, counted from when they acquired it [§5].
			const nextAt =
				context.config.profile.mainDomHandOver === 'immediate' ? event.at : nextTick(context.bootAt, fixedTimings.mainDomPollInterval, event.at);
			return { contender: event.contender, nextAt };
		}),
		grantMainDom: sendTo(
			({ context }) => context.contender!,
			({ context }) => ({ type: 'mainDom.granted' as const, at: context.nextAt ?? context.bootAt, lastSynced: context.lastSynced })
		),
		boot: sendTo(
			({ context }) => context.config.database,
			({ context, self }) => ({
				type: 'db.boot' as const,
				server: context.config.serverId,
				at: context.bootAt,
				replyTo: self,
				// v17.1+ reads `umbracoLastSynced`; 17.0.x read a file it no longer wrote (−1) [PR #21109].
				lastId: context.config.profile.lastSyncedStorage === 'file' ? (context.lastSyncedFile ?? -1) : context.config.profile.bootReadsStorage ? null : -1,
				saveAs: context.config.profile.lastSyncedStorage === 'database' ? context.config.serverId : null,
			})
		),
		keepPosition: assign(({ self }) => ({ lastSynced: readSyncPosition(self) })),
		write: sendTo(
			({ context }) => context.config.database,
			({ context, event, self }) => {
				assertEvent(event, ['server.publish', 'server.edit']);
				return { type: 'db.write' as const, server: context.config.serverId, at: event.at, replyTo: self, originated: context.localIdentity, count: event.instructions };
			}
		),
		noteFirstRequest: assign(({ context, event }) => {
			assertEvent(event, ['server.request', 'server.publish']);
			return { firstRequestAt: event.at, appUrlKnown: context.appUrlKnown || context.config.profile.requestRevealsAppUrl };
		}),
		adoptRole: assign(({ event }) => {
			assertEvent(event, 'role.elected');
			return { role: event.role };
		}),
		tellTouch: sendTo('touch', ({ event }) => loopNotice(event)),
		tellSync: sendTo('sync', ({ event }) => loopNotice(event)),
		tellJobs: sendTo('jobs', ({ event }) => loopNotice(event)),
		unwatch: sendTo(
			({ context }) => context.config.database,
			({ context }) => ({ type: 'db.unwatch' as const, owner: context.localIdentity })
		),
	},
}).createMachine({
	id: 'serverProcess',
	context: ({ input }) => initialProcessContext(input),
	initial: 'starting',
	on: {
		'server.stop': '.stopped',
		'server.crash': '.crashed',
	},
	states: {
		starting: {
			entry: { type: 'record', params: ({ context }) => [{ type: 'start' }, { type: 'role', role: context.config.profile.roleNames[context.role] }] },
			always: [{ guard: 'contends', target: 'contending' }, { target: 'holding' }],
		},
		contending: {
			entry: 'requestMainDom',
			on: {
				'mainDom.granted': {
					target: 'holding',
					actions: assign(({ event }) => ({ bootAt: event.at, lastSyncedFile: event.lastSynced })),
				},
			},
		},
		holding: {
			initial: 'booting',
			on: {
				'mainDom.releaseRequested': { actions: ['scheduleRelease', 'armTimer'] },
				'clock.tick': '#serverProcess.released',
			},
			states: {
				booting: {
					entry: 'boot',
					on: {
						'db.booted': {
							target: 'running',
							actions: [assign(({ event }) => ({ lastSynced: event.lastSynced })), { type: 'record', params: ({ event }) => ({ type: 'boot', mode: event.mode }) }],
						},
						// Without its database the runtime never reaches Run: no loops, no writes (inferred).
						'db.failed': 'bootFailed',
					},
				},
				bootFailed: { entry: { type: 'reportPhase', params: { phase: 'bootFailed' } } },
				running: {
					entry: { type: 'reportPhase', params: { phase: 'serving' } },
					exit: ['keepPosition', 'unwatch'],
					invoke: [
						{ id: 'touch', src: 'touchLoop', input: ({ context }) => touchLoopInput(context) },
						{ id: 'sync', src: 'syncLoop', input: ({ context }) => syncLoopInput(context) },
						{ id: 'jobs', src: 'recurringJobs', input: ({ context }) => recurringJobsInput(context) },
					],
					on: {
						'role.elected': {
							guard: 'changesRole',
							actions: ['adoptRole', 'tellSync', 'tellJobs', { type: 'record', params: ({ context }) => ({ type: 'role', role: context.config.profile.roleNames[context.role] }) }],
						},
						'server.request': { guard: 'isFirstRequest', actions: ['noteFirstRequest', 'tellTouch', 'tellSync', 'tellJobs'] },
						'server.publish': [
							{ guard: 'isFirstRequest', actions: ['noteFirstRequest', 'tellTouch', 'tellSync', 'tellJobs', 'write'] },
							{ actions: 'write' },
						],
						'server.edit': { actions: 'write' },
						'db.written': { actions: { type: 'record', params: ({ event }) => ({ type: 'write', rows: event.rows, count: event.count }) } },
					},
				},
			},
		},
		released: { type: 'final', entry: [{ type: 'record', params: { type: 'stop' } }, 'grantMainDom', { type: 'reportPhase', params: { phase: 'ended' } }] },
		stopped: { type: 'final', entry: [{ type: 'record', params: { type: 'stop' } }, { type: 'reportPhase', params: { phase: 'ended' } }] },
		crashed: { type: 'final', entry: [{ type: 'record', params: { type: 'crash' } }, { type: 'reportPhase', params: { phase: 'ended' } }] },
	},
});
