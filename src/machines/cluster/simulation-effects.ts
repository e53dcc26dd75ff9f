/**
 * The effects machines declare (`effects.ts`), bound to one simulated clock and one log.
 * Timers sort by the rank of the machine kind and the server's file order
 * (`clock/ranks.ts`); each actor has one pending delivery at most.
 *
 * A delayed request to the database is served from its store when it falls due and the
 * answer goes straight to the requester: what the database actor would do, minus two actor
 * messages per touch and poll, the bulk of a run. A request waiting for new rows waits at
 * the store, which moves it forward when a write comes, without waking the requester; a
 * standing request goes again by itself while its answers change nothing at the requester.
 */
import type { AnyActorRef, EventObject } from 'xstate';
import { isLater, nextTick, nextTickAfter } from '../clock/next-tick';
import type { SimulationClock, TimerHandle } from '../clock/simulation-clock';
import type { DatabaseQuery } from '../database/database-events';
import { storeOf } from '../database/database-machine';
import type { DatabaseStore, RowWatcher } from '../database/database-store';
import type { RecordParams, Repeat, RowWait, SendLaterParams } from '../effects';
import type { LogEntry, LogFields } from '../log';
import type { RecordForParams } from './job-hosts-machine';

interface ActorArgs {
	readonly context: { readonly nextAt?: number | null; readonly config: object };
	readonly self: AnyActorRef;
}

interface LoggingArgs {
	readonly context: { readonly config: { readonly serverId: string } };
}

type Log = (server: string, fields: LogFields) => void;

/** Implementations of the declared effects, per timer rank where they schedule. */
export interface SimulationEffects {
	armTimer(rank: number): (args: ActorArgs) => void;
	sendLater(rank: number): (args: ActorArgs, params: SendLaterParams) => void;
	record(args: LoggingArgs, params: RecordParams): void;
	recordFor(args: unknown, params: RecordForParams): void;
}

const orderOf = (config: object): number => (config as { order?: number }).order ?? 0;
const serverOf = (config: object): string => (config as { serverId?: string }).serverId ?? '';

/** Whether `answer` has each field of `quiet`: the same value, or both an empty list. */
function isQuiet(answer: object, quiet: Readonly<Record<string, unknown>>): boolean {
	const fields = answer as Readonly<Record<string, unknown>>;
	for (const key in quiet) {
		const expected = quiet[key];
		const actual = fields[key];
		if (Array.isArray(expected) ? !(Array.isArray(actual) && actual.length === 0 && expected.length === 0) : actual !== expected) return false;
	}
	return true;
}

/** One actor's pending delivery, reused for every delivery it arms; also its wait for rows. */
class Delivery implements RowWatcher {
	#timer: TimerHandle | null = null;
	#at: number | null = null;
	to: AnyActorRef | null = null;
	/** The store behind `to` when `to` is the database. */
	store: DatabaseStore | null = null;
	event: EventObject = { type: '' };
	wait: RowWait | null = null;
	repeat: Repeat | null = null;
	owner = '';
	after = Number.POSITIVE_INFINITY;

	constructor(
		readonly sender: AnyActorRef,
		readonly clock: SimulationClock,
		readonly log: Log,
		public rank: number,
		readonly order: number,
		readonly server: string
	) {}

	/** Delivers at `at` instead of whenever it was due; null: never. */
	arm(at: number | null): void {
		this.#timer?.cancel();
		this.#at = at;
		this.#timer = at === null ? null : this.clock.schedule({ at, rank: this.rank, order: this.order }, fire, this);
	}

	/** Waits at the store for a row newer than `wait.after` (replacing the owner's earlier wait). */
	waitAt(store: DatabaseStore, wait: RowWait): void {
		this.wait = wait;
		this.owner = wait.owner;
		this.after = wait.after;
		store.watch(this, this.clock.now);
	}

	/** A row newer than the wait exists: go at the wait's next grid instant, if that is sooner. */
	wake(at: number): void {
		const wait = this.wait;
		if (!wait) return;
		this.wait = null;
		const when = nextTickAfter(wait.first, wait.period, at, wait.notBefore);
		if (this.#at !== null && !isLater(this.#at, when)) return;
		this.#moveTo(when);
	}

	// A process that ended stops its loops; whatever they had pending falls silent.
	fire(): void {
		this.#timer = null;
		this.#at = null;
		this.wait = null;
		if (this.sender.getSnapshot().status !== 'active') return;
		if (!this.store) return void this.to?.send(this.event);
		const answer = this.store.serve(this.event as unknown as DatabaseQuery);
		const { repeat } = this;
		if (!repeat || !isQuiet(answer, repeat.quiet)) return void this.sender.send(answer);
		this.log(this.server, repeat.log);
		this.#moveTo(nextTick(repeat.first, repeat.period, this.clock.now, true));
	}

	/** Sends the same request, for instant `when`, at `when`. */
	#moveTo(when: number): void {
		// Copied, then changed: in Node 20 `{ ...event, at }` takes a slow path.
		const event = { ...this.event } as EventObject & { at: number };
		event.at = when;
		this.event = event;
		this.arm(when);
	}
}

const fire = (delivery: Delivery): void => delivery.fire();

/** Binds the effects to `clock` and `log`. */
export function createSimulationEffects(clock: SimulationClock, log: LogEntry[]): SimulationEffects {
	const push: Log = (server, fields) => void log.push({ t: clock.now, server, ...fields });
	const deliveries = new WeakMap<AnyActorRef, Delivery>();
	const deliveryOf = (self: AnyActorRef, rank: number, config: object): Delivery => {
		let delivery = deliveries.get(self);
		if (!delivery) deliveries.set(self, (delivery = new Delivery(self, clock, push, rank, orderOf(config), serverOf(config))));
		delivery.rank = rank;
		return delivery;
	};
	return {
		armTimer: (rank) => ({ context, self }) => {
			const delivery = deliveryOf(self, rank, context.config);
			const at = context.nextAt ?? null;
			delivery.to = self;
			delivery.store = null;
			delivery.wait = null;
			delivery.repeat = null;
			delivery.event = { type: 'clock.tick', at } as EventObject;
			delivery.arm(at);
		},
		sendLater: (rank) => ({ context, self }, { at, to, event, waitForRows, repeat }) => {
			const delivery = deliveryOf(self, rank, context.config);
			if (delivery.to !== to) {
				delivery.to = to;
				delivery.store = storeOf(to);
			}
			const { store } = delivery;
			delivery.event = (store ? event : Object.assign({ replyTo: self }, event)) as EventObject;
			delivery.wait = null;
			delivery.repeat = store ? (repeat ?? null) : null;
			delivery.arm(at);
			if (store && waitForRows) delivery.waitAt(store, waitForRows);
		},
		record: ({ context }, params) => {
			const server = context.config.serverId;
			if (!Array.isArray(params)) return push(server, params as LogFields);
			for (const fields of params as readonly LogFields[]) push(server, fields);
		},
		recordFor: (_, { server, entries }) => {
			for (const fields of entries) push(server, fields);
		},
	};
}
