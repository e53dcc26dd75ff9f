/**
 * The cluster: the shared database, one actor per server process, and (v17) the distributed
 * job hosts, all on one simulated clock supplied by `run-cluster.ts`. The cluster turns
 * scenario actions into process events: starts spawn a process (a restart reuses the
 * server's identity, so its `umbracoServer` row and local files), an overlapping restart
 * spawns one that contends for MainDom, requests go to the process that serves, database
 * failures and hangs go to the database (a hang also to the server's processes). It keeps
 * each server's local last-synced file between processes.
 */
import { assertEvent, assign, enqueueActions, sendTo, setup } from 'xstate';
import { databaseMachine } from '../database/database-machine';
import type { ProcessCommand, ProcessPhaseEvent } from '../server/process-events';
import { serverProcessMachine } from '../server/server-process-machine';
import type { ServerProcessInput } from '../server/server-process-context';
import type { ClusterCommand } from './cluster-events';
import {
	fileKey,
	liveProcesses,
	machineIdOf,
	machineNameOf,
	mainDomHolder,
	nextIncarnation,
	servingProcess,
	type ClusterContext,
	type ClusterInput,
	type ProcessEntry,
} from './cluster-context';
import { jobHostsMachine } from './job-hosts-machine';

type ClusterEvent = ClusterCommand | ProcessPhaseEvent;

type ServedCommand = { readonly type: 'scenario.request'; readonly at: number; readonly server: string } | Extract<ClusterCommand, { type: 'scenario.publish' | 'scenario.edit' }>;

/** What a process hears of a request or an edit. */
function serverCommand(event: ServedCommand): ProcessCommand {
	if (event.type === 'scenario.request') return { type: 'server.request', at: event.at };
	return { type: event.type === 'scenario.publish' ? 'server.publish' : 'server.edit', at: event.at, instructions: event.instructions };
}

function processInput(context: ClusterContext, serverId: string, at: number, predecessor: ProcessEntry | undefined, mainDomLost: boolean): ServerProcessInput {
	const order = context.servers.findIndex((server) => server.id === serverId);
	const server = context.servers[order]!;
	const machineName = machineNameOf(context, server, predecessor);
	return {
		serverId,
		order,
		incarnation: nextIncarnation(context, serverId),
		accessor: server.role,
		appUrlConfigured: server.appUrl,
		startAt: at,
		profile: context.profile,
		settings: context.settings,
		database: context.database,
		predecessor: predecessor?.ref ?? null,
		mainDomLost,
		machineName,
		machineId: machineIdOf(context, server, machineName),
		lastSyncedFile: context.files[fileKey(context, serverId, machineName)] ?? null,
		everyTick: context.everyTick,
	};
}

/** The cluster (see the file comment). Run it with `createClusterRun`, which binds its effects to a clock. */
export const clusterMachine = setup({
	types: { context: {} as ClusterContext, events: {} as ClusterEvent, input: {} as ClusterInput },
	actors: { serverProcess: serverProcessMachine, database: databaseMachine, jobHosts: jobHostsMachine },
	guards: {
		isServed: ({ context, event }) => servingProcess(context, (event as ServedCommand).server) !== undefined,
	},
	actions: {
		/** `start` after a stop or crash, and `recycle`, which may contend with the running process. */
		spawnProcess: assign(({ context, event, spawn }) => {
			assertEvent(event, ['scenario.start', 'scenario.recycle']);
			const live = liveProcesses(context, event.server);
			const contending = live.some((entry) => entry.phase === 'starting');
			// A start needs a server with no process; a recycle is ignored while one is already contending.
			if (event.type === 'scenario.start' ? live.length > 0 : contending) return {};
			const recycle = event.type === 'scenario.recycle';
			const input = processInput(context, event.server, event.at, recycle ? mainDomHolder(context, event.server) : undefined, recycle && event.mainDomLost === true);
			const ref = spawn('serverProcess', { id: `${event.server}#${input.incarnation}`, input });
			const entry: ProcessEntry = { serverId: event.server, incarnation: input.incarnation, ref, phase: 'starting', machineName: input.machineName };
			return { processes: [...context.processes, entry] };
		}),
		/** Stop and crash take down every process of the machine, the contender too. */
		takeDown: enqueueActions(({ context, event, enqueue }) => {
			assertEvent(event, ['scenario.stop', 'scenario.crash']);
			const command = { type: event.type === 'scenario.stop' ? ('server.stop' as const) : ('server.crash' as const), at: event.at };
			for (const entry of liveProcesses(context, event.server)) enqueue.sendTo(entry.ref, command);
		}),
		/** Requests and edits go to the process that serves; without one they are lost. */
		serve: sendTo(
			({ context, event }) => servingProcess(context, (event as ServedCommand).server)!.ref,
			({ event }) => serverCommand(event as ServedCommand)
		),
		cutOff: enqueueActions(({ context, event, enqueue }) => {
			assertEvent(event, ['scenario.dbFailure', 'scenario.dbRestore']);
			enqueue.sendTo(context.database, { type: event.type === 'scenario.dbFailure' ? 'db.connection.lost' : 'db.connection.restored', server: event.server });
		}),
		/** The database hangs the server's calls; its running processes pass it on to their sync loops. */
		hang: enqueueActions(({ context, event, enqueue }) => {
			assertEvent(event, 'scenario.dbHang');
			enqueue.sendTo(context.database, { type: 'db.connection.hung', server: event.server, until: event.until });
			const notice = { type: 'server.dbHang' as const, at: event.at, until: event.until };
			for (const entry of liveProcesses(context, event.server)) enqueue.sendTo(entry.ref, notice);
		}),
		trackPhase: enqueueActions(({ context, event, enqueue }) => {
			assertEvent(event, 'process.phase');
			const { serverId, incarnation, phase, lastSynced } = event;
			const entry = context.processes.find((e) => e.serverId === serverId && e.incarnation === incarnation);
			const file = entry ? fileKey(context, serverId, entry.machineName) : serverId;
			enqueue.assign({
				processes: context.processes.map((e) => (e === entry ? { ...e, phase } : e)),
				files: phase === 'ended' && lastSynced !== null ? { ...context.files, [file]: lastSynced } : context.files,
			});
			if (!context.jobHosts) return;
			if (phase === 'serving') enqueue.sendTo(context.jobHosts, { type: 'host.started', at: event.at, serverId, order: event.order, incarnation });
			if (phase === 'ended' && entry?.phase === 'serving') enqueue.sendTo(context.jobHosts, { type: 'host.stopped', serverId, incarnation });
		}),
	},
}).createMachine({
	id: 'cluster',
	context: ({ input, spawn }) => {
		const database = spawn('database', { id: 'database', input: { settings: input.settings, jobs: input.profile.distributedJobs } });
		const hasHosts = input.profile.distributedJobs.length > 0;
		return {
			...input,
			database,
			jobHosts: hasHosts ? spawn('jobHosts', { id: 'jobHosts', input: { database, jobs: input.profile.distributedJobs } }) : null,
			processes: [],
			files: {},
		};
	},
	initial: 'running',
	states: {
		running: {
			on: {
				'scenario.start': { actions: 'spawnProcess' },
				'scenario.recycle': { actions: 'spawnProcess' },
				'scenario.stop': { actions: 'takeDown' },
				'scenario.crash': { actions: 'takeDown' },
				'scenario.request': { guard: 'isServed', actions: 'serve' },
				'scenario.publish': { guard: 'isServed', actions: 'serve' },
				'scenario.edit': { guard: 'isServed', actions: 'serve' },
				'scenario.dbFailure': { actions: 'cutOff' },
				'scenario.dbRestore': { actions: 'cutOff' },
				'scenario.dbHang': { actions: 'hang' },
				'process.phase': { actions: 'trackPhase' },
			},
		},
	},
});
