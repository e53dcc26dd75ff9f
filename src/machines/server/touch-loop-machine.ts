/**
 * `TouchServerJob` of one process (runtime semantics §1.3–§1.5): first touch 15 s after
 * boot (v8: after the first request), then every `touchPeriod`. Only the elected accessor
 * touches; without an application URL it skips (17.6+: touches with the machine name).
 * A touch is one database request; its answer is the in-memory role, and changes go to
 * the parent process. A failed touch leaves the role alone; v8 stops touching for good.
 *
 * A touch whose call hangs (scenario `dbHang`) blocks the job: before 17.6 for good
 * (`hung`); from 17.6 the job stops waiting after `TouchTimeout`, and skips its ticks until
 * the abandoned call has faulted (`stalled`, then `scheduled` again) [PR-23119]. See
 * `hung-call.ts`.
 *
 * Ticks that would be skipped for lack of a URL are not scheduled: the loop waits for the
 * first request, then resumes on its original grid. A touch and its answer happen in the
 * same instant, so touching has no state of its own, and a touch that leaves the role as it
 * was leaves the context as it was.
 */
import { assertEvent, assign, sendParent, setup } from 'xstate';
import { nextTick } from '../clock/next-tick';
import type { DatabaseReply } from '../database/database-events';
import type { ElectedRole } from '../database/server-registrations';
import type { RecordParams, SendLaterParams } from '../effects';
import type { LogFields } from '../log';
import { fixedTimings } from '../settings';
import { endOfStall, hangEntry, stallEnd, timeoutEntry, type StallEndedEvent } from './hung-call';
import type { LoopConfig } from './loop-config';
import type { FirstRequestEvent } from './server-events';

/** What a touch loop knows and never changes. */
export interface TouchLoopConfig extends LoopConfig {
	readonly elected: boolean;
	readonly bootAt: number;
	/** Hear the answer to every touch, not only to the ones that change something (same log, slower). */
	readonly everyTick?: boolean;
}

/**
 * A touch loop's input; `appUrlKnown` changes when a request reveals the URL. `role`: the role
 * the 17.8+ boot election already computed, if any.
 */
export interface TouchLoopInput {
	readonly config: TouchLoopConfig;
	readonly appUrlKnown: boolean;
	readonly role?: ElectedRole | null;
}

/**
 * A touch loop's context. Touches change nothing in it but the role: the instant of the next
 * touch follows from the grid and the instant of the event at hand (`nextTouch`).
 */
interface TouchLoopContext extends TouchLoopInput {
	/** First instant of the touch grid; meaningless while dormant (v8 before a request). */
	readonly first: number;
	/** The role the last touch computed; the process's role is `unknown` until then. */
	readonly role: ElectedRole | null;
	/** 17.6+: an abandoned touch is still in flight until then, so earlier ticks are skipped. */
	readonly busyUntil: number | null;
}

type TouchLoopEvent = FirstRequestEvent | StallEndedEvent | Extract<DatabaseReply, { type: 'db.touched' | 'db.failed' | 'db.hung' }>;

const touchFields: LogFields = { type: 'touch' };
const noRows: readonly string[] = [];

/** The log of a committed touch: the touch, then each row it deactivated. */
function touchEntries(event: TouchLoopEvent): RecordParams {
	assertEvent(event, 'db.touched');
	if (event.deactivated.length === 0) return touchFields;
	return [touchFields, ...event.deactivated.map((target) => ({ type: 'deactivate' as const, target }))];
}

/**
 * When the next touch goes: after a touch (committed or failed), the grid's next instant;
 * otherwise the first one not before the event (a touch due in the same instant has not run
 * yet: touches rank after scenario actions). At start there is no event instant: boot.
 */
function nextTouch(context: TouchLoopContext, event: TouchLoopEvent | { readonly type: string }): number {
	const period = context.config.settings.touchPeriod;
	if (event.type === 'db.touched' || event.type === 'db.failed') return nextTick(context.first, period, (event as TouchLoopEvent).at, true);
	return nextTick(context.first, period, 'at' in event && typeof event.at === 'number' ? event.at : context.config.bootAt);
}

/**
 * The touch this loop sends next (the effect adds `replyTo`). It stands: an answer with the
 * role the loop holds and no row deactivated would only be logged before the next touch, so
 * it is logged for the loop and the touch goes again, and the loop hears only of answers
 * that change something (unless `everyTick`).
 */
function touchRequest(context: TouchLoopContext, event: TouchLoopEvent): SendLaterParams {
	const { config, appUrlKnown, busyUntil } = context;
	const due = nextTouch(context, event);
	// `TouchServerJob` returns at once while its previous touch is still in flight [PR-23119].
	const at = busyUntil !== null && due < busyUntil ? nextTick(context.first, config.settings.touchPeriod, busyUntil) : due;
	const request = {
		type: 'db.touch',
		server: config.serverId,
		at,
		identity: config.serverId,
		// 17.6+ registers the machine name as address when no URL is known [PR #23033].
		address: appUrlKnown ? `https://${config.serverId}/` : config.serverId,
	};
	const quiet = { type: 'db.touched', role: context.role, deactivated: noRows };
	const repeat = config.everyTick ? null : { first: context.first, period: config.settings.touchPeriod, quiet, log: touchFields };
	return { at, to: config.database, event: request, repeat };
}

/** One process's `TouchServerJob` (see the file comment). */
export const touchLoopMachine = setup({
	types: { context: {} as TouchLoopContext, events: {} as TouchLoopEvent, input: {} as TouchLoopInput },
	actions: {
		sendLater: (_, _params: SendLaterParams) => {},
		record: (_, _params: RecordParams) => {},
		startGrid: assign(({ event }) => {
			assertEvent(event, 'server.firstRequest');
			return { first: event.at + fixedTimings.touchDelay, appUrlKnown: true };
		}),
		/** A touch that changes the role: the loop keeps the role it computed. */
		noteRole: assign(({ event }) => {
			assertEvent(event, 'db.touched');
			return { role: event.role };
		}),
		reportRole: sendParent(({ event }) => {
			assertEvent(event, 'db.touched');
			return { type: 'role.elected', at: event.at, role: event.role };
		}),
		/** The job gave up on its hung touch, or the touch faulted: the grid goes on from there. */
		endStall: assign(({ context, event }) => {
			assertEvent(event, 'stall.ended');
			return endOfStall(event, context.config.settings.touchPeriod);
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
		waitsForGood: ({ context }) => context.config.profile.loopTimeouts === null,
		timedOut: ({ event }) => event.type === 'stall.ended' && event.timedOut,
	},
}).createMachine({
	id: 'touchLoop',
	context: ({ input }) => {
		const first = input.config.bootAt + fixedTimings.touchDelay;
		return { config: input.config, appUrlKnown: input.appUrlKnown, first, role: input.role ?? null, busyUntil: null };
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
			entry: { type: 'sendLater', params: ({ context, event }) => touchRequest(context, event) },
			on: {
				'db.touched': [
					{
						guard: 'changesRole',
						actions: [
							{ type: 'record', params: ({ event }) => touchEntries(event) },
							'noteRole',
							'reportRole',
							{ type: 'sendLater', params: ({ context, event }) => touchRequest(context, event) },
						],
					},
					{ actions: [{ type: 'record', params: ({ event }) => touchEntries(event) }, { type: 'sendLater', params: ({ context, event }) => touchRequest(context, event) }] },
				],
				// A failed touch leaves the role as it was [§1.5 "Touch failures"].
				'db.failed': [
					{ guard: 'stopsOnFailure', target: 'stopped' },
					{ actions: { type: 'sendLater', params: ({ context, event }) => touchRequest(context, event) } },
				],
				'db.hung': [
					{ guard: 'waitsForGood', target: 'hung', actions: { type: 'record', params: hangEntry('touch') } },
					{ target: 'stalled', actions: { type: 'record', params: hangEntry('touch') } },
				],
				'server.firstRequest': {
					guard: 'revealsUrl',
					actions: [assign({ appUrlKnown: true }), { type: 'sendLater', params: ({ context, event }) => touchRequest(context, event) }],
				},
			},
		},
		/** "No umbracoApplicationUrl for service (yet), skip." until a request reveals it [§1.3 step 4]. */
		awaitingUrl: {
			on: { 'server.firstRequest': { guard: 'revealsUrl', target: 'scheduled', actions: assign({ appUrlKnown: true }) } },
		},
		/** v8 `TouchServerTask.PerformRun` returned false: the role stays frozen until restart [§1.5]. */
		stopped: {},
		/**
		 * Before 17.6 the job awaits its hung touch with no timeout: no touch again until the
		 * process restarts, the role frozen, the row going stale [PR-23119] (issue #23106).
		 */
		hung: {},
		/** 17.6+: the job awaits the hung touch for at most `TouchTimeout` [PR-23119]. */
		stalled: {
			entry: { type: 'sendLater', params: ({ context, event }) => stallEnd(event, context.config.profile.loopTimeouts!.touch) },
			on: {
				'stall.ended': [
					{ guard: 'timedOut', target: 'scheduled', actions: [{ type: 'record', params: timeoutEntry('touch') }, 'endStall'] },
					{ target: 'scheduled', actions: 'endStall' },
				],
			},
		},
	},
});
