/**
 * The recurring background jobs of one process (`RecurringBackgroundJobHostedService`; v8
 * `SchedulerComponent`): scheduled publishing, keep-alive, log scrubbing, … as listed for
 * the version in `job-catalogue.ts` (runtime semantics §3). A job is logged when it runs;
 * fires skipped for the role are not. The 16.1–16.x pruning job also prunes.
 */
import { assertEvent, assign, sendTo, setup } from 'xstate';
import type { DatabaseReply } from '../database/database-events';
import type { RecordParams } from '../effects';
import type { LogFields } from '../log';
import type { Role } from '../versions/version-profile';
import { jobsDue, planNextJobs, type JobPosition, type JobRules } from './job-schedule';
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

/** The jobs that run at the tick being handled. */
function dueAtTick(context: RecurringJobsContext, event: RecurringJobsEvent) {
	assertEvent(event, 'clock.tick');
	return jobsDue({ ...context, now: event.at }, context.config);
}

const jobEntries = (context: RecurringJobsContext, event: RecurringJobsEvent): LogFields[] =>
	dueAtTick(context, event).map((job) => ({ type: 'job', job: job.name }));

/** One process's recurring background jobs (see the file comment). */
export const recurringJobsMachine = setup({
	types: { context: {} as RecurringJobsContext, events: {} as RecurringJobsEvent, input: {} as RecurringJobsInput },
	actions: {
		armTimer: () => {},
		record: (_, _params: RecordParams) => {},
		plan: assign(({ context }) => ({ nextAt: planNextJobs(context, context.config) })),
		takeTick: assign(({ event }) => {
			assertEvent(event, 'clock.tick');
			return { now: event.at, lastTickAt: event.at };
		}),
		prune: sendTo(
			({ context }) => context.config.database,
			({ context, self }) => ({ type: 'db.prune' as const, server: context.config.serverId, at: context.now, replyTo: self })
		),
	},
	guards: {
		isPruningDue: ({ context, event }) => dueAtTick(context, event).some((job) => job.prunes),
	},
}).createMachine({
	id: 'recurringJobs',
	context: ({ input }) => ({ ...input, firstRequestAt: null, now: input.config.bootAt, lastTickAt: Number.NEGATIVE_INFINITY, nextAt: null }),
	initial: 'waiting',
	states: {
		waiting: {
			entry: ['plan', 'armTimer'],
			on: {
				'clock.tick': [
					{ guard: 'isPruningDue', actions: [{ type: 'record', params: ({ context, event }) => jobEntries(context, event) }, 'takeTick', 'prune', 'plan', 'armTimer'] },
					{ actions: [{ type: 'record', params: ({ context, event }) => jobEntries(context, event) }, 'takeTick', 'plan', 'armTimer'] },
				],
				'role.changed': { actions: [assign(({ event }) => ({ role: event.role, now: event.at })), 'plan', 'armTimer'] },
				'server.firstRequest': {
					actions: [assign(({ context, event }) => ({ firstRequestAt: context.firstRequestAt ?? event.at, now: event.at })), 'plan', 'armTimer'],
				},
				'db.pruned': { actions: { type: 'record', params: ({ event }) => ({ type: 'prune', deleted: event.deleted }) } },
			},
		},
	},
});
