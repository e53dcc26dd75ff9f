/** How the simulator writes times and ids. */

/** Simulated seconds as a clock, `m:ss` or `h:mm:ss`. */
export function formatClock(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	const h = Math.floor(whole / 3600);
	const m = Math.floor((whole % 3600) / 60);
	const s = String(whole % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Where a periodic timer stands at `t`: its next instant and how far the current wait has gone (0–1). */
export function timerProgress(t: number, from: number, first: number, period: number): { next: number; progress: number } {
	if (t < first) return { next: first, progress: first > from ? (t - from) / (first - from) : 0 };
	const done = Math.floor((t - first) / period);
	const last = first + done * period;
	return { next: last + period, progress: (t - last) / period };
}
