/**
 * One actor's pending delivery on the simulated clock (`simulation-effects.ts`): at most one
 * per actor, rearmed for each timer or request. A request to the database is served from
 * its store when it falls due and the answer goes straight to the requester. It may also
 * wait at the store for new rows (`RowWait`), or stand and go again by itself while its
 * answers change nothing at the requester (`Repeat`). After the tick or answer it brings, a
 * timer or request may go on by itself when the machine armed or sent nothing (`Next`).
 */
import type { AnyActorRef, EventObject } from 'xstate';
import { isLater, nextTick, nextTickAfter } from '../clock/next-tick';
import type { SimulationClock, TimerHandle } from '../clock/simulation-clock';
import type { DatabaseQuery } from '../database/database-events';
import { storeOf } from '../database/database-machine';
import type { DatabaseStore, RowWatcher } from '../database/database-store';
import type { ArmTimerParams, Next, RecordParams, Repeat, RowWait, SendLaterParams } from '../effects';
import type { LogFields } from '../log';

/** Appends a log entry for a server, stamped with the current time. */
export type Log = (server: string, fields: LogFields) => void;

/** Whether `answer` has each field of `quiet` (`keys`): the same value, or both an empty list. */
function isQuiet(answer: object, quiet: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
	const fields = answer as Readonly<Record<string, unknown>>;
	for (const key of keys) {
		const expected = quiet[key];
		const actual = fields[key];
		if (Array.isArray(expected) ? !(Array.isArray(actual) && actual.length === 0 && expected.length === 0) : actual !== expected) return false;
	}
	return true;
}

/** One actor's pending delivery, reused for every delivery it arms; also its wait for rows. */
export class Delivery implements RowWatcher {
	#timer: TimerHandle | null = null;
	#at: number | null = null;
	to: AnyActorRef | null = null;
	/** The store behind `to` when `to` is the database. */
	store: DatabaseStore | null = null;
	event: EventObject = { type: '' };
	wait: RowWait | null = null;
	#repeat: Repeat | null = null;
	#quietKeys: readonly string[] = noKeys;
	/** The next round after the tick or answer, when the machine arms or sends nothing (`Next`). */
	#nextTimer: Next<ArmTimerParams> | null = null;
	#nextRequest: Next<SendLaterParams> | null = null;
	/** Counts `arm` calls: whether the machine armed or sent something while taking a delivery. */
	#arms = 0;
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

	/** `armTimer`: records `params.record`, then delivers `clock.tick` to the machine at `at` (null: never). */
	timer(at: number | null, params: ArmTimerParams | undefined): void {
		if (params?.record) this.record(params.record);
		this.to = this.sender;
		this.store = null;
		this.wait = null;
		this.standAs(null);
		this.#nextTimer = params?.next ?? null;
		this.#nextRequest = null;
		this.event = { type: 'clock.tick', at } as EventObject;
		this.arm(at);
	}

	/** `sendLater`: records `params.record`, then sends or serves the request at its instant. */
	request({ at, to: target, event, waitForRows, repeat, record, next }: SendLaterParams): void {
		if (record) this.record(record);
		const to = target === 'self' ? this.sender : target;
		if (this.to !== to) {
			this.to = to;
			this.store = storeOf(to);
		}
		const { store } = this;
		// A request to the database is the delivery's own (`SendLaterParams.event`): one that
		// stands or waits for rows is moved in time in place.
		this.event = (store ? event : Object.assign({ replyTo: this.sender }, event)) as EventObject;
		this.wait = null;
		this.standAs(store ? (repeat ?? null) : null);
		this.#nextTimer = null;
		this.#nextRequest = next ?? null;
		this.arm(at);
		if (store && waitForRows) this.waitAt(store, waitForRows);
	}

	/** Appends log entries for the server. */
	record(params: RecordParams): void {
		if (!Array.isArray(params)) return this.log(this.server, params as LogFields);
		for (const fields of params as readonly LogFields[]) this.log(this.server, fields);
	}

	/** Delivers at `at` instead of whenever it was due; null: never. */
	arm(at: number | null): void {
		this.#arms += 1;
		this.#at = at;
		// The same timer object again once it has fired: one per actor for the whole run.
		this.#timer = this.clock.reschedule(this.#timer, at, this.rank, this.order, fire, this);
	}

	/** Makes the request stand (see `Repeat`), or not. */
	standAs(repeat: Repeat | null): void {
		this.#repeat = repeat;
		this.#quietKeys = repeat ? Object.keys(repeat.quiet) : noKeys;
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
		this.#at = null;
		this.wait = null;
		if (this.sender.getSnapshot().status !== 'active') return;
		if (!this.store) return this.#deliver(this.to!, this.event);
		const answer = this.store.serve(this.event as unknown as DatabaseQuery);
		const repeat = this.#repeat;
		if (!repeat || !isQuiet(answer, repeat.quiet, this.#quietKeys)) return this.#deliver(this.sender, answer);
		this.log(this.server, repeat.log);
		this.#moveTo(nextTick(repeat.first, repeat.period, this.clock.now, true));
	}

	/** Sends `event`; then, if the machine armed or sent nothing meanwhile, the next round (`Next`). */
	#deliver(to: AnyActorRef, event: EventObject): void {
		const arms = this.#arms;
		const nextTimer = this.#nextTimer;
		const nextRequest = this.#nextRequest;
		to.send(event);
		if (this.#arms !== arms || (!nextTimer && !nextRequest)) return;
		const snapshot = this.sender.getSnapshot() as { status: string; context: { nextAt?: number | null } };
		if (snapshot.status !== 'active') return;
		if (nextTimer) {
			const params = nextTimer(snapshot.context as never, event);
			if (params) this.timer(snapshot.context.nextAt ?? null, params);
		} else {
			const params = nextRequest!(snapshot.context as never, event);
			if (params) this.request(params);
		}
	}

	/** Sends the same request, for instant `when`, at `when` (the request is this delivery's own: `SendLaterParams.event`). */
	#moveTo(when: number): void {
		(this.event as EventObject & { at: number }).at = when;
		this.arm(when);
	}
}

const fire = (delivery: Delivery): void => delivery.fire();

const noKeys: readonly string[] = [];
