/**
 * The recurring background jobs of one process (`RecurringBackgroundJobHostedService`; v8
 * `SchedulerComponent`): scheduled publishing, keep-alive, log scrubbing, … as listed for
 * the version in `job-catalogue.ts` (runtime semantics §3). A job is logged when it runs;
 * fires skipped for the role are not. The 16.1–16.x pruning job also prunes. The timer
 * stands: after a tick, the next one goes by itself (`afterTick`).
 */
import { assertEvent, assign, sendTo, setup, type EventObject } from 'xstate';
import type { DatabaseReply } from '../database/database-events';
import type { ArmTimerParams, RecordParams } from '../effects';
import type { LogFields } from '../log';
import type { RecurringJob } from '../versions/job-catalogue';
import type { Role } from '../versions/version-profile';
import { jobsDue, jobsRan, planNextJobs, type JobPosition, type JobRules } from './job-schedule';
import type { LoopConfig } from './loop-config';
import type { FirstRequestEvent, RoleChangedEvent, TickEvent } from './server-events';

/** What a process's job scheduler knows and never changes. */
export type RecurringJobsConfig = Omit<LoopConfig, 'profile' | 'settings'> & JobRules;

/** The job scheduler's input: its config and the role at boot. */
export interface RecurringJobsInput {
	readonly config: RecurringJobsConfig;
	readonly role: Role;
}

interface RecurringJobsContext extends RecurringJobsInput, JobPosition {
	readonly nextAt: number | null;
}

type RecurringJobsEvent = TickEvent | FirstRequestEvent | RoleChangedEvent | Extract<DatabaseReply, { type: 'db.pruned' | 'db.failed' }>;

const prunes = (job: RecurringJob): boolean => job.prunes === true;

/** The jobs that run at the tick being handled. */
function dueAtTick(context: RecurringJobsContext, event: RecurringJobsEvent) {
	assertEvent(event, 'clock.tick');
	return jobsDue(context, context.config, event.at);
}

/** The entries of the jobs that ran at the tick just taken (see `jobsRan`). */
function jobEntries(context: RecurringJobsContext): RecordParams {
	const ran = jobsRan(context, context.config);
	return ran.length === 1 ? { type: 'job', job: ran[0]!.name } : ran.map((job): LogFields => ({ type: 'job', job: job.name }));
}

/**
 * After a tick the scheduler takes by itself (`takeTick`): the tick's job entries, and the
 * timer again at `nextAt`. The timer stands (`ArmTimerParams.next`), so a tick costs the
 * scheduler no xstate action unless it does more (a prune).
 */
function afterTick(context: RecurringJobsContext, event: EventObject): ArmTimerParams | null {
	return event.type === 'clock.tick' ? { record: jobEntries(context), next: afterTick } : null;
}

/** The scheduler's timer, standing (`afterTick`). */
const standing: ArmTimerParams = { next: afterTick };

/**
 * The position after `changes`, with the next run planned from it. Written out rather than
 * spread: in Node 20 `{ ...changes, nextAt }` takes a slow path, and this runs on every tick.
 */
function replan(context: RecurringJobsContext, changes: Partial<JobPosition>): JobPosition & Pick<RecurringJobsContext, 'nextAt'> {
	const next: { -readonly [K in keyof JobPosition]: JobPosition[K] } & { nextAt: number | null } = {
		firstRequestAt: changes.firstRequestAt === undefined ? context.firstRequestAt : changes.firstRequestAt,
		role: changes.role ?? context.role,
		now: changes.now ?? context.now,
		lastTickAt: changes.lastTickAt ?? context.lastTickAt,
		nextAt: null,
	};
	next.nextAt = planNextJobs(next, context.config);
	return next;
}

/** One process's recurring background jobs (see the file comment). */
export const recurringJobsMachine = setup({
	types: { context: {} as RecurringJobsContext, events: {} as RecurringJobsEvent, input: {} as RecurringJobsInput },
	actions: {
		armTimer: (_, _params?: ArmTimerParams) => {},
		record: (_, _params: RecordParams) => {},
		plan: assign(({ context }) => replan(context, {})),
		/** The tick's jobs have run: the next run is planned from here. */
		takeTick: assign(({ context, event }) => {
			assertEvent(event, 'clock.tick');
			return replan(context, { now: event.at, lastTickAt: event.at });
		}),
		prune: sendTo(
			({ context }) => context.config.database,
			({ context, self }) => ({ type: 'db.prune' as const, server: context.config.serverId, at: context.now, replyTo: self })
		),
	},
	guards: {
		isPruningDue: ({ context, event }) => context.config.jobs.some(prunes) && dueAtTick(context, event).some(prunes),
	},
}).createMachine({
	id: 'recurringJobs',
	context: ({ input }) => ({ ...input, firstRequestAt: null, now: input.config.bootAt, lastTickAt: Number.NEGATIVE_INFINITY, nextAt: null }),
	initial: 'waiting',
	states: {
		waiting: {
			entry: ['plan', { type: 'armTimer', params: standing }],
			on: {
				// The tick's job entries go with the next timer (`ArmTimerParams.record`), which
				// stands: without a prune, it goes again by itself (`afterTick`).
				'clock.tick': [
					{ guard: 'isPruningDue', actions: ['takeTick', 'prune', { type: 'armTimer', params: ({ context }) => ({ record: jobEntries(context), next: afterTick }) }] },
					{ actions: 'takeTick' },
				],
				'role.changed': { actions: [assign(({ context, event }) => replan(context, { role: event.role, now: event.at })), { type: 'armTimer', params: standing }] },
				'server.firstRequest': {
					actions: [assign(({ context, event }) => replan(context, { firstRequestAt: context.firstRequestAt ?? event.at, now: event.at })), { type: 'armTimer', params: standing }],
				},
				'db.pruned': { actions: { type: 'record', params: ({ event }) => ({ type: 'prune', deleted: event.deleted }) } },
			},
		},
	},
});
