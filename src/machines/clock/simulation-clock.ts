/**
 * The one simulated clock of a cluster: a priority queue of timers keyed by
 * (time, rank, order, sequence). Nothing reads the wall clock and nothing is random, so
 * the same timers always fire in the same order (see `ranks.ts`). Time only moves when
 * `runUntil` pops a timer; firing a timer may schedule more.
 */

/** Where a timer sorts: its instant, then its rank (`ranks`), then the server's file order. */
export interface TimerKey {
	readonly at: number;
	readonly rank: number;
	readonly order: number;
}

/** A scheduled timer; cancelling is idempotent. */
export interface TimerHandle {
	cancel(): void;
}

// Timers are plain objects with a shared `cancel`, so scheduling allocates no closure: the
// clock schedules one timer per simulated request, hundreds of thousands per simulated day.
// One that has fired can be scheduled again (`reschedule`), so a caller that keeps re-arming
// allocates nothing at all.
class Timer<T> implements TimerHandle {
	cancelled = false;
	/** In the heap: not fired yet (nor, if cancelled, dropped). */
	queued = true;
	constructor(
		public at: number,
		public rank: number,
		public order: number,
		public seq: number,
		public fire: (data: T) => void,
		public data: T
	) {}

	cancel(): void {
		this.cancelled = true;
	}
}

type AnyTimer = Timer<unknown>;

function before(a: AnyTimer, b: AnyTimer): boolean {
	return (a.at - b.at || a.rank - b.rank || a.order - b.order || a.seq - b.seq) < 0;
}

/** A discrete-event clock over a binary heap. */
export class SimulationClock {
	#now = 0;
	#seq = 0;
	/** Timers set with `scheduleAt` and `reschedule`: the actors' own, a few per actor. */
	readonly #heap: AnyTimer[] = [];
	/**
	 * Timers set with `schedule`: a scenario's commands, all set at the start. Kept apart so
	 * the actors' timers, which come and go by the hundred thousand, sort among a few dozen
	 * rather than among every pending command; the firing order is the same.
	 */
	readonly #planned: AnyTimer[] = [];

	/** The current simulated time in seconds. */
	get now(): number {
		return this.#now;
	}

	/** Schedules `fire(data)` at `key.at` (never earlier than now): for timers set well ahead, such as a scenario's commands. */
	schedule<T = undefined>(key: TimerKey, fire: (data: T) => void, data?: T): TimerHandle {
		const timer = new Timer(Math.max(key.at, this.#now), key.rank, key.order, this.#seq++, fire, data as T);
		push(this.#planned, timer as AnyTimer);
		return timer;
	}

	/** `schedule` with the key spelled out, for callers that schedule on every event. */
	scheduleAt<T>(at: number, rank: number, order: number, fire: (data: T) => void, data: T): TimerHandle {
		const timer = new Timer(Math.max(at, this.#now), rank, order, this.#seq++, fire, data);
		push(this.#heap, timer as AnyTimer);
		return timer;
	}

	/**
	 * Cancels `timer` (a handle of this clock, or null) and schedules `fire(data)` at `at`
	 * instead, or nothing when `at` is null. Returns the handle to cancel or reschedule next
	 * time: `timer` itself when it has already left the heap, else a new one.
	 */
	reschedule<T>(timer: TimerHandle | null, at: number | null, rank: number, order: number, fire: (data: T) => void, data: T): TimerHandle | null {
		const old = timer as Timer<T> | null;
		if (old?.queued) old.cancelled = true;
		if (at === null) return old;
		if (!old || old.queued) return this.scheduleAt(at, rank, order, fire, data);
		old.at = Math.max(at, this.#now);
		old.rank = rank;
		old.order = order;
		old.seq = this.#seq++;
		old.fire = fire;
		old.data = data;
		old.cancelled = false;
		old.queued = true;
		push(this.#heap, old as AnyTimer);
		return old;
	}

	/** Fires every timer due at or before `until`, in order, then moves the clock to `until`. */
	runUntil(until: number): void {
		for (let next = this.#next(); next && next.at <= until; next = this.#next()) {
			pop(next === this.#heap[0] ? this.#heap : this.#planned);
			next.queued = false;
			if (next.cancelled) continue;
			this.#now = next.at;
			next.fire(next.data);
		}
		this.#now = Math.max(this.#now, until);
	}

	/** The first timer to fire, of either heap. */
	#next(): AnyTimer | undefined {
		const own = this.#heap[0];
		const planned = this.#planned[0];
		return !planned || (own && before(own, planned)) ? own : planned;
	}
}

function push(heap: AnyTimer[], timer: AnyTimer): void {
	let i = heap.length;
	heap.push(timer);
	while (i > 0) {
		const parent = (i - 1) >> 1;
		if (!before(timer, heap[parent]!)) break;
		heap[i] = heap[parent]!;
		i = parent;
	}
	heap[i] = timer;
}

function pop(heap: AnyTimer[]): void {
	const last = heap.pop()!;
	if (heap.length === 0) return;
	let i = 0;
	for (;;) {
		const left = 2 * i + 1;
		const right = left + 1;
		let smallest = left < heap.length && before(heap[left]!, last) ? left : i;
		if (right < heap.length && before(heap[right]!, smallest === i ? last : heap[smallest]!)) smallest = right;
		if (smallest === i) break;
		heap[i] = heap[smallest]!;
		i = smallest;
	}
	heap[i] = last;
}
