/**
 * The v17 distributed job hosts of every running process, as one actor (runtime semantics
 * §3). N hosts ticking every 5 s against `umbracoDistributedJob` behave exactly like this
 * actor: when a job is due, the hosts ticking at the first instant after it take jobs in
 * file order, at most one each. Ticks with nothing due are skipped, which costs one event
 * per instant with a job to run instead of one per host tick, and an instant's ensures and
 * takes go to the database as one request (`db.hostsTick`). Hosts ignore role and MainDom
 * [§3, §5 inferred]; a host cut off from the database fails its take and the job waits for
 * the next host, or the next tick.
 */
import { assertEvent, assign, setup, type AnyActorRef } from 'xstate';
import type { DatabaseReply, JobRun } from '../database/database-events';
import type { ArmTimerParams, SendLaterParams } from '../effects';
import type { LogFields } from '../log';
import type { HostEvent } from '../server/process-events';
import type { TickEvent } from '../server/server-events';
import { fixedTimings } from '../settings';
import type { DistributedJob } from '../versions/job-catalogue';
import { sameInstant } from '../clock/next-tick';
import { planNextHostEvent, ticksAt, type HostsPosition, type JobHost } from './job-host-schedule';

/** The hosts' input: the database and the version's distributed jobs. */
export interface JobHostsInput {
	readonly database: AnyActorRef;
	readonly jobs: readonly DistributedJob[];
}

/** The hosts' context. */
export interface JobHostsContext extends HostsPosition {
	readonly config: JobHostsInput;
	/** Hosts that run `EnsureJobsAsync` at `lastTickAt`, in file order. */
	readonly ensuring: readonly JobHost[];
	/** Hosts that tick at `lastTickAt`, in file order. */
	readonly queue: readonly JobHost[];
	readonly nextAt: number | null;
}

type JobHostsEvent = HostEvent | TickEvent | Extract<DatabaseReply, { type: 'db.hostsTicked' }>;

/** Parameters of `recordFor`: log entries, each list for its server, in order. */
export type RecordForParams = readonly { readonly server: string; readonly entries: readonly LogFields[] }[];

/** The log of one job run: nothing for a job whose body returns at once by default. */
function runEntries(jobs: readonly DistributedJob[], run: JobRun): readonly LogFields[] {
	const job = jobs.find((j) => j.name === run.job);
	if (!job || job.silent) return [];
	const ran: LogFields = { type: 'job', job: job.name };
	return run.deleted === null ? [ran] : [ran, { type: 'prune', deleted: run.deleted }];
}

/** The log of an instant's job runs. */
function tickEntries(jobs: readonly DistributedJob[], event: JobHostsEvent): RecordForParams {
	assertEvent(event, 'db.hostsTicked');
	return event.ran.map((run) => ({ server: run.server, entries: runEntries(jobs, run) }));
}

/** The request of the instant at hand (the effect adds `replyTo`). */
function tickRequest(context: JobHostsContext): SendLaterParams {
	const event = {
		type: 'db.hostsTick',
		server: '',
		at: context.lastTickAt,
		ensuring: context.ensuring.map((host) => host.serverId),
		taking: context.queue.map((host) => host.serverId),
	};
	return { at: context.lastTickAt, to: context.config.database, event };
}

/** A host that ran `EnsureJobsAsync` at `at` starts its timer then. */
function startTimer(host: JobHost, ensuring: readonly JobHost[], at: number): JobHost {
	if (host.anchor !== null || !ensuring.some((e) => e.serverId === host.serverId)) return host;
	return { serverId: host.serverId, order: host.order, incarnation: host.incarnation, ensureAt: host.ensureAt, anchor: at };
}

/** After an instant: the ensuring hosts' timers start, ensured or not (the error is swallowed). */
function afterTick(context: JobHostsContext, event: JobHostsEvent): Partial<JobHostsContext> {
	assertEvent(event, 'db.hostsTicked');
	const hosts = context.ensuring.length === 0 ? context.hosts : context.hosts.map((host) => startTimer(host, context.ensuring, event.at));
	const position: HostsPosition = { hosts, nextDue: event.nextDue, lastTickAt: context.lastTickAt };
	return { hosts, nextDue: event.nextDue, ensuring: [], queue: [], nextAt: planNextHostEvent(position) };
}

/** Every process's `DistributedBackgroundJobHostedService`, as one actor (see the file comment). */
export const jobHostsMachine = setup({
	types: { context: {} as JobHostsContext, events: {} as JobHostsEvent, input: {} as JobHostsInput },
	actions: {
		armTimer: (_, _params?: ArmTimerParams) => {},
		sendLater: (_, _params: SendLaterParams) => {},
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
			return { hosts: context.hosts.filter(stays) };
		}),
		startInstant: assign(({ context, event }) => {
			assertEvent(event, 'clock.tick');
			const ensuring = context.hosts.filter((host) => host.anchor === null && sameInstant(host.ensureAt, event.at));
			return { lastTickAt: event.at, ensuring, queue: context.hosts.filter((host) => ticksAt(host, event.at)) };
		}),
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
				// The instant's ensures, then one take per ticking host, as one request, in the same instant.
				'clock.tick': { actions: ['startInstant', { type: 'sendLater', params: ({ context }) => tickRequest(context) }] },
				'db.hostsTicked': {
					actions: [{ type: 'recordFor', params: ({ context, event }) => tickEntries(context.config.jobs, event) }, assign(({ context, event }) => afterTick(context, event)), 'armTimer'],
				},
			},
		},
	},
});
