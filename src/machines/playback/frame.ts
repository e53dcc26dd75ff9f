/**
 * A frame: what the visual simulator shows of a cluster at one instant, read from the live
 * actors into plain data (no actor references), so a recording can keep thousands of them and
 * the page can draw any of them without running anything.
 */
import type { ClusterRun } from '../cluster/cluster-run';
import { newestProcess, type ClusterContext, type ProcessEntry } from '../cluster/cluster-context';
import type { DatabaseState } from '../database/database-state';
import type { Role } from '../versions/version-profile';

/** How a server is doing, as one word the page shows with its role. */
export type ServerStatus = 'off' | 'starting' | 'waiting' | 'running' | 'failed' | 'stopped';

/** A periodic timer: its grid starts at `first` and repeats every `period` seconds. */
export interface TimerGrid {
	readonly first: number;
	readonly period: number;
}

/** xstate snapshot values of a process and its loops, for the statechart view. */
export interface StateValues {
	readonly process: unknown;
	readonly touch?: unknown;
	readonly sync?: unknown;
	readonly jobs?: unknown;
}

/**
 * A loop whose database call hangs (scenario `dbHang`): `blocked` for good (before 17.6),
 * `waiting` for its timeout, or `skipping` its ticks until the abandoned call faults (17.6+).
 */
export type LoopStall = 'blocked' | 'waiting' | 'skipping';

/** One server in a frame. */
export interface ServerFrame {
	readonly id: string;
	readonly status: ServerStatus;
	/** The newest process's role, version-neutral; null before the first start. */
	readonly role: Role | null;
	/** Processes alive at once: 2 while a recycle waits for MainDom. */
	readonly live: number;
	/** The newest process's number (1 for the first start). */
	readonly incarnation: number;
	readonly lastSynced: number | null;
	readonly bootAt: number | null;
	readonly touch: TimerGrid | null;
	readonly poll: TimerGrid | null;
	/** The recurring-jobs scheduler: when it last fired (or booted) and when it fires next. */
	readonly jobs: { readonly from: number; readonly at: number } | null;
	/** How the newest process booted, once it has. */
	readonly boot: 'cold' | 'warm' | null;
	/** Whether the server's database calls fail at this second (a `dbFailure` window). */
	readonly dbDown: boolean;
	/** Whether the process shown holds MainDom (false while it contends, or when it lost the race at boot). */
	readonly mainDom: boolean;
	/** The touch and sync loops whose call hangs, and how (absent: running normally). */
	readonly stalls: { readonly touch?: LoopStall; readonly sync?: LoopStall };
	readonly states: StateValues;
}

/** The cluster at one instant. */
export interface Frame {
	readonly t: number;
	/** How many log entries have happened by `t`. */
	readonly logLength: number;
	readonly servers: readonly ServerFrame[];
	/** Immutable tables (shared with the next frame while nothing changes). */
	readonly tables: DatabaseState;
}

type Snapshot = { value: unknown; context: Record<string, unknown>; children?: Record<string, { getSnapshot(): Snapshot } | undefined> };

const read = (entry: ProcessEntry) => entry.ref.getSnapshot() as unknown as Snapshot;
const numberOr = (value: unknown, fallback: number | null): number | null => (typeof value === 'number' ? value : fallback);

function statusOf(context: ClusterContext, serverId: string, newest: ProcessEntry | undefined, crashed: boolean): ServerStatus {
	if (!newest) return 'off';
	const live = context.processes.filter((entry) => entry.serverId === serverId && entry.phase !== 'ended');
	if (live.length === 0) return crashed ? 'failed' : 'stopped';
	if (live.some((entry) => entry.phase === 'serving')) return live.length > 1 ? 'waiting' : 'running';
	if (live.some((entry) => entry.phase === 'bootFailed')) return 'failed';
	return live.length > 1 ? 'waiting' : 'starting';
}

/** A loop's timer grid, only while the loop is in the state that ticks on it. */
function loopGrid(child: Snapshot | undefined, ticking: string, period: number): TimerGrid | null {
	const first = child?.context['first'];
	return child?.value === ticking && typeof first === 'number' ? { first, period } : null;
}

type ActorPart = Omit<ServerFrame, 'boot' | 'dbDown'>;

function jobTimer(jobs: Snapshot | undefined, bootAt: number | null): ActorPart['jobs'] {
	const at = jobs?.context['nextAt'];
	if (typeof at !== 'number') return null;
	return { from: numberOr(jobs?.context['lastTickAt'], bootAt) ?? at, at };
}

/** How a loop stands with a hung call, from its state and the in-flight call it skips for. */
function stallOf(loop: Snapshot | undefined, now: number): LoopStall | undefined {
	if (!loop) return undefined;
	if (loop.value === 'hung') return 'blocked';
	if (loop.value === 'stalled') return 'waiting';
	const busyUntil = loop.context['busyUntil'];
	return typeof busyUntil === 'number' && busyUntil > now ? 'skipping' : undefined;
}

function stallsOf(touch: Snapshot | undefined, sync: Snapshot | undefined, now: number): ServerFrame['stalls'] {
	const touchStall = stallOf(touch, now);
	const syncStall = stallOf(sync, now);
	if (!touchStall && !syncStall) return noStalls;
	return { ...(touchStall ? { touch: touchStall } : {}), ...(syncStall ? { sync: syncStall } : {}) };
}

const noStalls: ServerFrame['stalls'] = {};

/** Whether a process's state value is inside `holding` (it holds MainDom). */
const holdsMainDom = (value: unknown): boolean => typeof value === 'object' && value !== null && 'holding' in value;

function readServer(context: ClusterContext, serverId: string, crashed: boolean, now: number): ActorPart {
	const newest = newestProcess(context, serverId);
	const status = statusOf(context, serverId, newest, crashed);
	// The process that answers for the server: the serving one while a recycle contends.
	const shown = context.processes.findLast((entry) => entry.serverId === serverId && entry.phase === 'serving') ?? newest;
	if (!shown) {
		return { id: serverId, status, role: null, live: 0, incarnation: 0, lastSynced: null, bootAt: null, touch: null, poll: null, jobs: null, mainDom: false, stalls: noStalls, states: { process: null } };
	}
	const snapshot = read(shown);
	const children = shown.phase === 'ended' ? {} : (snapshot.children ?? {});
	const touch = children['touch']?.getSnapshot();
	const sync = children['sync']?.getSnapshot();
	const jobs = children['jobs']?.getSnapshot();
	const { settings } = context;
	const ended = shown.phase === 'ended';
	const bootAt = ended ? null : numberOr(snapshot.context['bootAt'], null);
	return {
		id: serverId,
		status,
		role: snapshot.context['role'] as Role,
		live: context.processes.filter((entry) => entry.serverId === serverId && entry.phase !== 'ended').length,
		incarnation: newest?.incarnation ?? 0,
		lastSynced: numberOr(sync?.context['lastSynced'], numberOr(snapshot.context['lastSynced'], null)),
		bootAt,
		touch: ended ? null : loopGrid(touch, 'scheduled', settings.touchPeriod),
		poll: ended ? null : loopGrid(sync, 'polling', settings.syncPeriod),
		jobs: ended ? null : jobTimer(jobs, bootAt),
		mainDom: !ended && holdsMainDom(snapshot.value),
		stalls: stallsOf(touch, sync, now),
		states: { process: snapshot.value, ...(touch ? { touch: touch.value } : {}), ...(sync ? { sync: sync.value } : {}), ...(jobs ? { jobs: jobs.value } : {}) },
	};
}

/** What the log says about servers that the actors no longer hold. */
export interface LogNotes {
	/** Servers whose last process crashed. */
	readonly crashed: ReadonlySet<string>;
	/** How each server's newest process booted. */
	readonly boots: ReadonlyMap<string, 'cold' | 'warm'>;
	/** Servers whose database calls fail now. */
	readonly dbDown: ReadonlySet<string>;
}

/** Reads a frame from a running cluster. */
export function readFrame(run: ClusterRun, notes: LogNotes): Frame {
	const context = run.context();
	return {
		t: run.now,
		logLength: run.log.length,
		servers: context.servers.map((server) => ({
			...readServer(context, server.id, notes.crashed.has(server.id), run.now),
			boot: notes.boots.get(server.id) ?? null,
			dbDown: notes.dbDown.has(server.id),
		})),
		tables: run.tables(),
	};
}
