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
 *
 * 17.8+ / 18.3+: an elected process first `electing`: one touch before the boot decision, so
 * its role is known from the start [PR-23801]. A recycle that loses the MainDom race runs
 * `unowned`: it serves requests, but its messenger never initialises (no boot decision, no
 * sync) and its recurring jobs, the touch among them, never run; before 17.7 / 18.2 its
 * publishes write no rows [ISSUE-23219], from then on they do [PR-23421].
 */
import { assertEvent, assign, sendParent, sendTo, setup } from 'xstate';
import type { DatabaseReply } from '../database/database-events';
import type { ArmTimerParams, RecordParams } from '../effects';
import type { LogFields } from '../log';
import { recurringJobsInput, readSyncPosition, syncLoopInput, touchLoopInput } from './process-children';
import type { MainDomEvent, ProcessCommand, ProcessPhaseEvent } from './process-events';
import { bootRequest, electionEntries, electionRequest, phaseEvent, releaseInstant } from './process-requests';
import { recurringJobsMachine } from './recurring-jobs-machine';
import type { FirstRequestEvent, RoleChangedEvent, RoleElectedEvent, TickEvent } from './server-events';
import { initialProcessContext, type ServerProcessContext, type ServerProcessInput } from './server-process-context';
import { syncLoopMachine } from './sync-loop-machine';
import { touchLoopMachine } from './touch-loop-machine';

/**
 * The 17.8+ boot election (`ServerRoleElector.TryElectOnceAsync` → `BoundedServerTouch`): one
 * touch, then `next`. It runs before `UmbracoApplicationStartingNotification`, whose handler
 * first initialises the messenger and so makes the boot decision [§2.3 step 6]: the touch comes
 * before the boot decision. It never throws: a failed or hung touch leaves the role Unknown
 * (`IServerRoleElector` remarks). The wait of up to `TouchTimeout` on a hung touch is not
 * simulated: a boot during a hang fails right after anyway, as during a `dbFailure`.
 * Inferred: it does not ask for MainDom (the elector checks only the role accessor); the
 * `CoreRuntime` call site of PR #23801 is not in the stored sources.
 */
function electingState(next: string) {
	return {
		entry: 'elect',
		on: {
			'db.touched': { target: next, actions: [{ type: 'record', params: ({ context, event }: { context: ServerProcessContext; event: ServerProcessEvent }) => electionEntries(context, event as Extract<DatabaseReply, { type: 'db.touched' }>) }, 'adoptElectedRole'] },
			'db.failed': next,
			'db.hung': next,
		},
	} as const;
}

/**
 * A publish or edit of a process without MainDom before 17.7: `RequiresDistributed` is false,
 * so the local caches are refreshed and no row is written; nothing is logged either
 * [ISSUE-23219]. The simulation logs it as a write of no rows.
 */
function localWrite(event: ServerProcessEvent): LogFields {
	assertEvent(event, ['server.publish', 'server.edit']);
	return { type: 'write', rows: [], count: event.instructions };
}

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
	| Extract<DatabaseReply, { type: 'db.booted' | 'db.written' | 'db.failed' | 'db.touched' | 'db.hung' }>;

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
		losesMainDom: ({ context }) => context.config.predecessor !== null && context.config.mainDomLost,
		electsAtBoot: ({ context }) => context.config.profile.bootElection && context.config.accessor === 'elected',
		changesRole: ({ context, event }) => event.type === 'role.elected' && event.role !== context.role,
		isFirstRequest: ({ context }) => context.firstRequestAt === null,
		writesWithoutMainDom: ({ context }) => context.config.profile.writesWithoutMainDom,
	},
	actions: {
		armTimer: (_, _params?: ArmTimerParams) => {},
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
		elect: sendTo(
			({ context }) => context.config.database,
			({ context, self }) => ({ ...electionRequest(context), replyTo: self })
		),
		adoptElectedRole: assign(({ event }) => {
			assertEvent(event, 'db.touched');
			return { role: event.role };
		}),
		tellSyncHang: sendTo('sync', ({ event }) => {
			assertEvent(event, 'server.dbHang');
			return event;
		}),
		/** The file its predecessor left, for whoever takes MainDom from this process next. */
		keepFile: assign(({ event }) => {
			assertEvent(event, 'mainDom.granted');
			return { lastSyncedFile: event.lastSynced };
		}),
		/** A process without MainDom lets go at once: it holds no lock to poll for a release. */
		releaseNow: assign(({ context, event }) => {
			assertEvent(event, 'mainDom.releaseRequested');
			return { contender: event.contender, nextAt: event.at, lastSynced: context.lastSyncedFile };
		}),
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
			always: [{ guard: 'losesMainDom', target: 'unowned' }, { guard: 'contends', target: 'contending' }, { target: 'holding' }],
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
			initial: 'opening',
			on: {
				'mainDom.releaseRequested': { actions: ['scheduleRelease', 'armTimer'] },
				'clock.tick': '#serverProcess.released',
			},
			states: {
				opening: { always: [{ guard: 'electsAtBoot', target: 'electing' }, { target: 'booting' }] },
				electing: electingState('booting'),
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
						'server.dbHang': { actions: 'tellSyncHang' },
						'db.written': { actions: { type: 'record', params: ({ event }) => ({ type: 'write', rows: event.rows, count: event.count }) } },
					},
				},
			},
		},
		/**
		 * Lost the MainDom race at boot (a `recycle` with `"mainDom": "lost"`): it serves, but
		 * `MainDom.Register` failed, so the messenger never initialises and the gate stays shut
		 * for the process's life (`Lazy<SyncBootState?>`); every recurring job checks MainDom, so
		 * no touch, sync or job runs. The predecessor still lets go (it saw the release signal)
		 * and MainDom falls free, but nobody asks again [ISSUE-23219]. v17's distributed job host
		 * takes no notice of MainDom [§5 inferred] and keeps taking jobs.
		 */
		unowned: {
			initial: 'opening',
			on: {
				// The predecessor let go: MainDom is free, but this process never asks again.
				'mainDom.granted': { actions: 'keepFile' },
				'mainDom.releaseRequested': { target: '#serverProcess.released', actions: 'releaseNow' },
			},
			states: {
				opening: { always: [{ guard: 'electsAtBoot', target: 'electing' }, { target: 'serving' }] },
				electing: electingState('serving'),
				serving: {
					entry: [{ type: 'reportPhase', params: { phase: 'serving' } }, 'requestMainDom'],
					on: {
						'server.publish': [{ guard: 'writesWithoutMainDom', actions: 'write' }, { actions: { type: 'record', params: ({ event }) => localWrite(event) } }],
						'server.edit': [{ guard: 'writesWithoutMainDom', actions: 'write' }, { actions: { type: 'record', params: ({ event }) => localWrite(event) } }],
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
