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

interface Entry extends TimerKey {
	readonly seq: number;
	readonly fire: () => void;
	cancelled: boolean;
}

function before(a: Entry, b: Entry): boolean {
	return (a.at - b.at || a.rank - b.rank || a.order - b.order || a.seq - b.seq) < 0;
}

/** A discrete-event clock over a binary heap. */
export class SimulationClock {
	#now = 0;
	#seq = 0;
	readonly #heap: Entry[] = [];

	/** The current simulated time in seconds. */
	get now(): number {
		return this.#now;
	}

	/** Schedules `fire` at `key.at` (never earlier than now). */
	schedule(key: TimerKey, fire: () => void): TimerHandle {
		const entry: Entry = { ...key, at: Math.max(key.at, this.#now), seq: this.#seq++, fire, cancelled: false };
		this.#push(entry);
		return { cancel: () => void (entry.cancelled = true) };
	}

	/** Fires every timer due at or before `until`, in order, then moves the clock to `until`. */
	runUntil(until: number): void {
		for (let next = this.#heap[0]; next && next.at <= until; next = this.#heap[0]) {
			this.#pop();
			if (next.cancelled) continue;
			this.#now = next.at;
			next.fire();
		}
		this.#now = Math.max(this.#now, until);
	}

	#push(entry: Entry): void {
		const heap = this.#heap;
		let i = heap.length;
		heap.push(entry);
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!before(entry, heap[parent]!)) break;
			heap[i] = heap[parent]!;
			i = parent;
		}
		heap[i] = entry;
	}

	#pop(): void {
		const heap = this.#heap;
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
}
