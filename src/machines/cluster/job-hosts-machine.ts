/**
 * The v17 distributed job hosts of every running process, as one actor (runtime semantics
 * §3). N hosts ticking every 5 s against `umbracoDistributedJob` behave exactly like this
 * actor: when a job is due, the hosts ticking at the first instant after it take jobs in
 * file order, at most one each. Ticks with nothing due are skipped, which costs one event
 * per job run instead of one per host tick. Hosts ignore role and MainDom [§3, §5 inferred];
 * a host cut off from the database fails its take and the job waits for the next tick.
 */
import { assertEvent, assign, raise, sendTo, setup, type AnyActorRef } from 'xstate';
import type { DatabaseReply } from '../database/database-events';
import type { LogFields } from '../log';
import type { HostEvent } from '../server/process-events';
import type { TickEvent } from '../server/server-events';
import { fixedTimings } from '../settings';
import type { DistributedJob } from '../versions/job-catalogue';
import { sameInstant } from '../clock/next-tick';
import { isJobDue, planNextHostEvent, ticksAt, type HostsPosition, type JobHost } from './job-host-schedule';

/** The hosts' input: the database and the version's distributed jobs. */
export interface JobHostsInput {
	readonly database: AnyActorRef;
	readonly jobs: readonly DistributedJob[];
}

/** The hosts' context. */
export interface JobHostsContext extends HostsPosition {
	readonly config: JobHostsInput;
	/** Hosts still to run `EnsureJobsAsync` at `lastTickAt`, in file order. */
	readonly ensuring: readonly JobHost[];
	/** Hosts still to tick at `lastTickAt`, in file order. */
	readonly queue: readonly JobHost[];
	readonly nextAt: number | null;
}

type JobHostsEvent =
	| HostEvent
	| TickEvent
	| { readonly type: 'hosts.next' }
	| Extract<DatabaseReply, { type: 'db.jobsEnsured' | 'db.jobRan' | 'db.failed' }>;

/** Parameters of `recordFor`: log entries of one server. */
export interface RecordForParams {
	readonly server: string;
	readonly entries: readonly LogFields[];
}

/** The log of a job run: nothing for a job whose body returns at once by default. */
function jobEntries(jobs: readonly DistributedJob[], event: JobHostsEvent): RecordForParams {
	assertEvent(event, 'db.jobRan');
	const job = jobs.find((j) => j.name === event.job);
	if (!job || job.silent) return { server: event.server, entries: [] };
	const ran: LogFields = { type: 'job', job: job.name };
	return { server: event.server, entries: event.deleted === null ? [ran] : [ran, { type: 'prune', deleted: event.deleted }] };
}

/** A host's timer starts once its `EnsureJobsAsync` ran, failed or not (the error is swallowed). */
function startTimer(context: JobHostsContext, server: string, at: number): Pick<JobHostsContext, 'hosts'> {
	return { hosts: context.hosts.map((host) => (host.serverId === server && host.anchor === null ? { ...host, anchor: at } : host)) };
}

/** Every process's `DistributedBackgroundJobHostedService`, as one actor (see the file comment). */
export const jobHostsMachine = setup({
	types: { context: {} as JobHostsContext, events: {} as JobHostsEvent, input: {} as JobHostsInput },
	actions: {
		armTimer: () => {},
		recordFor: (_, _params: RecordForParams) => {},
		plan: assign(({ context }) => ({ nextAt: planNextHostEvent(context) })),
		addHost: assign(({ context, event }) => {
			assertEvent(event, 'host.started');
			const { serverId, order, incarnation, at } = event;
			const host: JobHost = { serverId, order, incarnation, ensureAt: at + fixedTimings.distributedDelay, anchor: null };
			return { hosts: [...context.hosts, host].sort((a, b) => a.order - b.order) };
		}),
		removeHost: assign(({ context, event }) => {
			assertEvent(event, 'host.stopped');
			const stays = (host: JobHost) => !(host.serverId === event.serverId && host.incarnation === event.incarnation);
			return { hosts: context.hosts.filter(stays), queue: context.queue.filter(stays) };
		}),
		startInstant: assign(({ context, event }) => {
			assertEvent(event, 'clock.tick');
			const ensuring = context.hosts.filter((host) => host.anchor === null && sameInstant(host.ensureAt, event.at));
			return { lastTickAt: event.at, ensuring, queue: context.hosts.filter((host) => ticksAt(host, event.at)) };
		}),
		ensureJobs: sendTo(
			({ context }) => context.config.database,
			({ context, self }) => ({ type: 'db.ensureJobs' as const, server: context.ensuring[0]!.serverId, at: context.lastTickAt, replyTo: self })
		),
		takeJob: sendTo(
			({ context }) => context.config.database,
			({ context, self }) => ({ type: 'db.runJob' as const, server: context.queue[0]!.serverId, at: context.lastTickAt, replyTo: self })
		),
	},
	guards: {
		mustEnsure: ({ context }) => context.ensuring.length > 0,
		ensureFailed: ({ event }) => event.type === 'db.failed' && event.operation === 'db.ensureJobs',
		canTakeJob: ({ context }) => context.queue.length > 0 && isJobDue(context, context.lastTickAt),
	},
}).createMachine({
	id: 'jobHosts',
	context: ({ input }) => ({ config: input, hosts: [], nextDue: null, lastTickAt: Number.NEGATIVE_INFINITY, ensuring: [], queue: [], nextAt: null }),
	initial: 'idle',
	states: {
		idle: {
			on: {
				'host.started': { actions: ['addHost', 'plan', 'armTimer'] },
				'host.stopped': { actions: ['removeHost', 'plan', 'armTimer'] },
				'clock.tick': { actions: ['startInstant', raise({ type: 'hosts.next' })] },
				// One database request at a time: ensures first, then one take per ticking host.
				'hosts.next': [
					{ guard: 'mustEnsure', actions: ['ensureJobs', assign(({ context }) => ({ ensuring: context.ensuring.slice(1) }))] },
					{ guard: 'canTakeJob', actions: ['takeJob', assign(({ context }) => ({ queue: context.queue.slice(1) }))] },
					{ actions: [assign({ queue: [] }), 'plan', 'armTimer'] },
				],
				'db.jobsEnsured': {
					actions: [assign(({ context, event }) => ({ ...startTimer(context, event.server, event.at), nextDue: event.nextDue })), raise({ type: 'hosts.next' })],
				},
				'db.jobRan': {
					actions: [{ type: 'recordFor', params: ({ context, event }) => jobEntries(context.config.jobs, event) }, assign(({ event }) => ({ nextDue: event.nextDue })), raise({ type: 'hosts.next' })],
				},
				'db.failed': [
					{ guard: 'ensureFailed', actions: [assign(({ context, event }) => startTimer(context, event.server, event.at)), raise({ type: 'hosts.next' })] },
					{ actions: raise({ type: 'hosts.next' }) },
				],
			},
		},
	},
});
