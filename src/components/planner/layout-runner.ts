/**
 * Lays out the design after each change. ELK runs in a Web Worker; until its first result
 * arrives (the worker is large on a slow phone), a quick synchronous layout of the same
 * graph is shown, so a shared link draws at once. Only the newest request's result is used.
 */
import type { Plan } from '../../domain/plan/schema';
import { loadWorkerElk } from '../../layout/elk-worker-loader';
import { getElk, layoutPlan, setElkLoader } from '../../layout/index';
import { quickLayout } from '../../layout/quick-layout';
import type { LayoutResult } from '../../layout/types';

export interface LaidOut {
	readonly plan: Plan;
	readonly layout: LayoutResult;
	/** True for the quick stand-in layout shown while ELK loads. */
	readonly quick: boolean;
}

export interface LayoutRunner {
	/** Asks for a layout of `plan`; `onResult` gets it (maybe twice: quick, then ELK). */
	request(plan: Plan): void;
	/** Starts loading ELK's worker without laying anything out (while the page is idle). */
	prefetch(): void;
}

export function createLayoutRunner(onResult: (result: LaidOut) => void, onError: (error: unknown) => void): LayoutRunner {
	setElkLoader(loadWorkerElk);
	let sequence = 0;
	let elkReady = false;
	return {
		request(plan) {
			const mine = ++sequence;
			const current = () => mine === sequence;
			const elk = () => {
				const started = performance.now();
				layoutPlan(plan).then(
					(layout) => {
						// Measured by test/scripts/bench-planner.mjs: ELK's time per layout, worker round trip included.
						performance.measure(elkReady ? 'lbplan:elk-layout-warm' : 'lbplan:elk-layout-cold', { start: started });
						elkReady = true;
						if (current()) onResult({ plan, layout, quick: false });
					},
					(error: unknown) => current() && onError(error)
				);
			};
			// Each in a task of its own, so opening a design, drawing it quickly and starting ELK's
			// worker (which loads its code the first time) are shorter tasks on a phone.
			setTimeout(() => {
				if (!current()) return;
				if (elkReady) return elk();
				onResult({ plan, layout: quickLayout(plan), quick: true });
				setTimeout(() => current() && elk(), 0);
			}, 0);
		},
		prefetch() {
			getElk().catch(() => undefined);
		},
	};
}
