/**
 * Drives a simulator in the browser: while playing, one animation frame moves time by the
 * real time passed times the speed; whenever the second on screen (or a little ahead of it)
 * is not recorded yet, the recording grows in slices of a few milliseconds, so no task is
 * long however big the scenario. Stops itself when there is nothing to do.
 */
import type { SimulatorState } from './simulator.svelte';

/** Milliseconds of recording per slice: well under the 50 ms of a long task. */
const sliceMs = 8;
/** Idle recording stays this many simulated seconds ahead of the second on screen. */
const idleAhead = 3600;

/** Starts the loop; the returned function stops it for good. */
export function startPlaybackLoop(state: SimulatorState): { wake(): void; stop(): void } {
	let frame = 0;
	let idle: ReturnType<typeof setTimeout> | 0 = 0;
	let last = 0;
	let stopped = false;

	const ahead = () => Math.min(state.end, state.second + (state.playing ? Math.max(60, state.speed * 2) : idleAhead));
	const slice = (to: number) => {
		const deadline = performance.now() + sliceMs;
		return state.compute(to, () => performance.now() > deadline);
	};

	function onFrame(now: number): void {
		frame = 0;
		if (stopped) return;
		const elapsed = last ? Math.min(now - last, 250) : 0;
		last = now;
		slice(ahead());
		if (state.playing) state.advance((elapsed / 1000) * state.speed);
		schedule();
	}

	function onIdle(): void {
		idle = 0;
		if (stopped) return;
		slice(ahead());
		schedule();
	}

	function schedule(): void {
		if (stopped) return;
		if (state.playing || state.computing) {
			if (!frame) frame = requestAnimationFrame(onFrame);
			return;
		}
		last = 0;
		// Recording ahead while idle waits for the machines: a simulator nobody uses never loads them.
		if (!idle && state.live && state.recording.computedTo < ahead()) idle = setTimeout(onIdle, 0);
	}

	schedule();
	return {
		wake: schedule,
		stop() {
			stopped = true;
			if (frame) cancelAnimationFrame(frame);
			if (idle) clearTimeout(idle);
		},
	};
}
