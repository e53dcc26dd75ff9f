/**
 * One process of one server, from start to stop (runtime semantics §1.3, §2.2, §2.5, §5).
 *
 * `starting` logs the start and the first in-memory role. An overlapping restart first
 * `contends` for MainDom with the process holding it. `holding` MainDom, the process boots
 * (the database decides cold or warm from the last-synced id), then runs its loops as
 * children: touch (elected servers only), sync and recurring jobs. Requests and background
 * edits write instructions through it. It reports its phase to the cluster (which, in v17,
 * registers it with the distributed job hosts). A stop or crash deregisters nothing [§1.5];
 * a release hands MainDom to the contender and ends the process.
 */
import { assertEvent, assign, sendParent, sendTo, setup } from 'xstate';
import type { DatabaseReply } from '../database/database-events';
import type { RecordParams } from '../effects';
import { recurringJobsInput, readSyncPosition, syncLoopInput, touchLoopInput } from './process-children';
import type { MainDomEvent, ProcessCommand, ProcessPhaseEvent } from './process-events';
import { bootRequest, phaseEvent, releaseInstant } from './process-requests';
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

/** One process of one server (see the file comment). Its children are `touch`, `sync` and `jobs`. */
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
		reportPhase: sendParent(({ context, event }, params: { phase: ProcessPhaseEvent['phase'] }) =>
			phaseEvent(context, 'at' in event ? event.at : context.bootAt, params.phase)
		),
		requestMainDom: sendTo(
			({ context }) => context.config.predecessor!,
			({ context, self }) => ({ type: 'mainDom.releaseRequested' as const, at: context.config.startAt, contender: self })
		),
		scheduleRelease: assign(({ context, event }) => {
			assertEvent(event, 'mainDom.releaseRequested');
			return { contender: event.contender, nextAt: releaseInstant(context, event.at) };
		}),
		grantMainDom: sendTo(
			({ context }) => context.contender!,
			({ context }) => ({ type: 'mainDom.granted' as const, at: context.nextAt ?? context.bootAt, lastSynced: context.lastSynced })
		),
		boot: sendTo(
			({ context }) => context.config.database,
			({ context, self }) => ({ ...bootRequest(context), replyTo: self })
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
