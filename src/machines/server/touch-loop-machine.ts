/**
 * `TouchServerJob` of one process (runtime semantics §1.3–§1.5): first touch 15 s after
 * boot (v8: after the first request), then every `touchPeriod`. Only the elected accessor
 * touches; without an application URL it skips (17.6+: touches with the machine name).
 * A touch is one database request; its answer is the in-memory role, and changes go to
 * the parent process. A failed touch leaves the role alone; v8 stops touching for good.
 *
 * Ticks that would be skipped for lack of a URL are not scheduled: the loop waits for the
 * first request, then resumes on its original grid. A touch and its answer happen in the
 * same instant, so touching has no state of its own.
 */
import { assertEvent, assign, sendParent, setup } from 'xstate';
import { nextTick } from '../clock/next-tick';
import type { DatabaseReply } from '../database/database-events';
import type { ElectedRole } from '../database/server-registrations';
import type { RecordParams, SendLaterParams } from '../effects';
import type { LogFields } from '../log';
import { fixedTimings } from '../settings';
import type { LoopConfig } from './loop-config';
import type { FirstRequestEvent } from './server-events';

/** What a touch loop knows and never changes. */
export interface TouchLoopConfig extends LoopConfig {
	readonly elected: boolean;
	readonly bootAt: number;
}

/** A touch loop's input; `appUrlKnown` changes when a request reveals the URL. */
export interface TouchLoopInput {
	readonly config: TouchLoopConfig;
	readonly appUrlKnown: boolean;
}

interface TouchLoopContext extends TouchLoopInput {
	/** First instant of the touch grid; meaningless while dormant (v8 before a request). */
	readonly first: number;
	readonly nextAt: number;
	/** The role the last touch computed; the process's role is `unknown` until then. */
	readonly role: ElectedRole | null;
}

type TouchLoopEvent = FirstRequestEvent | Extract<DatabaseReply, { type: 'db.touched' | 'db.failed' }>;

/** The log of a committed touch: the touch, then each row it deactivated. */
function touchEntries(event: TouchLoopEvent): LogFields[] {
	assertEvent(event, 'db.touched');
	return [{ type: 'touch' }, ...event.deactivated.map((target) => ({ type: 'deactivate' as const, target }))];
}

/** The touch this loop sends at `nextAt` (the effect adds `replyTo`). */
function touchRequest({ config, nextAt, appUrlKnown }: TouchLoopContext): SendLaterParams {
	const event = {
		type: 'db.touch',
		server: config.serverId,
		at: nextAt,
		identity: config.serverId,
		// 17.6+ registers the machine name as address when no URL is known [PR #23033].
		address: appUrlKnown ? `https://${config.serverId}/` : config.serverId,
	};
	return { at: nextAt, to: config.database, event };
}

/** One process's `TouchServerJob` (see the file comment). */
export const touchLoopMachine = setup({
	types: { context: {} as TouchLoopContext, events: {} as TouchLoopEvent, input: {} as TouchLoopInput },
	actions: {
		sendLater: (_, _params: SendLaterParams) => {},
		record: (_, _params: RecordParams) => {},
		startGrid: assign(({ event }) => {
			assertEvent(event, 'server.firstRequest');
			return { first: event.at + fixedTimings.touchDelay, nextAt: event.at + fixedTimings.touchDelay, appUrlKnown: true };
		}),
		learnUrl: assign(({ context, event }) => {
			assertEvent(event, 'server.firstRequest');
			return { appUrlKnown: true, nextAt: nextTick(context.first, context.config.settings.touchPeriod, event.at) };
		}),
		/** After a touch, committed or failed: the role it computed, if any, and the next tick. */
		afterTouch: assign(({ context, event }) => {
			assertEvent(event, ['db.touched', 'db.failed']);
			const nextAt = nextTick(context.first, context.config.settings.touchPeriod, event.at, true);
			return event.type === 'db.touched' ? { nextAt, role: event.role } : { nextAt };
		}),
		reportRole: sendParent(({ event }) => {
			assertEvent(event, 'db.touched');
			return { type: 'role.elected', at: event.at, role: event.role };
		}),
	},
	guards: {
		isNotElected: ({ context }) => !context.config.elected,
		awaitsFirstRequest: ({ context }) => context.config.profile.loopsAwaitFirstRequest,
		cannotTouch: ({ context }) => !context.appUrlKnown && !context.config.profile.touchesWithoutAppUrl,
		// v13–17.3 learn the URL from any request [§1.3 step 5]; 17.4+ do not (detection None).
		revealsUrl: ({ context }) => context.config.profile.requestRevealsAppUrl,
		stopsOnFailure: ({ context }) => context.config.profile.touchFailureStopsTouching,
		changesRole: ({ context, event }) => event.type === 'db.touched' && event.role !== context.role,
	},
}).createMachine({
	id: 'touchLoop',
	context: ({ input }) => {
		const first = input.config.bootAt + fixedTimings.touchDelay;
		return { ...input, first, nextAt: first, role: null };
	},
	initial: 'starting',
	states: {
		starting: {
			always: [
				{ guard: 'isNotElected', target: 'off' },
				{ guard: 'awaitsFirstRequest', target: 'dormant' },
				{ guard: 'cannotTouch', target: 'awaitingUrl' },
				{ target: 'scheduled' },
			],
		},
		/** Not the elected accessor: `TouchServerJob` returns at once, so nothing happens [§1.2]. */
		off: {},
		/** v8: the touch task is only registered on the first request [§1.6]. */
		dormant: {
			on: { 'server.firstRequest': { target: 'scheduled', actions: 'startGrid' } },
		},
		/** The next touch is on its way to the database at `nextAt`. */
		scheduled: {
			entry: { type: 'sendLater', params: ({ context }) => touchRequest(context) },
			on: {
				'db.touched': [
					{
						guard: 'changesRole',
						actions: [{ type: 'record', params: ({ event }) => touchEntries(event) }, 'afterTouch', 'reportRole', { type: 'sendLater', params: ({ context }) => touchRequest(context) }],
					},
					{ actions: [{ type: 'record', params: ({ event }) => touchEntries(event) }, 'afterTouch', { type: 'sendLater', params: ({ context }) => touchRequest(context) }] },
				],
				// A failed touch leaves the role as it was [§1.5 "Touch failures"].
				'db.failed': [
					{ guard: 'stopsOnFailure', target: 'stopped' },
					{ actions: ['afterTouch', { type: 'sendLater', params: ({ context }) => touchRequest(context) }] },
				],
				'server.firstRequest': { guard: 'revealsUrl', actions: [assign({ appUrlKnown: true }), { type: 'sendLater', params: ({ context }) => touchRequest(context) }] },
			},
		},
		/** "No umbracoApplicationUrl for service (yet), skip." until a request reveals it [§1.3 step 4]. */
		awaitingUrl: {
			on: { 'server.firstRequest': { guard: 'revealsUrl', target: 'scheduled', actions: 'learnUrl' } },
		},
		/** v8 `TouchServerTask.PerformRun` returned false: the role stays frozen until restart [§1.5]. */
		stopped: {},
	},
});
