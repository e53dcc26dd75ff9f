/** Spreading page work over tasks, so no single task keeps a slow phone from answering. */

/** Resolves in a new task: what follows runs after the browser has had a turn (input, paint). */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs each step in its own task, when the browser is idle (or soon after, where it cannot tell). */
export function inTurns(steps: readonly (() => unknown)[]): void {
	const idle = 'requestIdleCallback' in window ? (f: () => void) => requestIdleCallback(f, { timeout: 500 }) : (f: () => void) => setTimeout(f, 50);
	const next = (i: number) => {
		if (i >= steps.length) return;
		idle(() => {
			steps[i]!();
			next(i + 1);
		});
	};
	next(0);
}

/** Runs `load` once `element` is on screen or nearly (a phone scrolls to it long after opening the page). */
export function whenNear(element: Element | undefined, load: () => void): void {
	if (!element || !('IntersectionObserver' in window)) return load();
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			load();
		},
		{ rootMargin: '400px' }
	);
	observer.observe(element);
}
