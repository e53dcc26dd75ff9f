/**
 * Arithmetic of periodic timers. Umbraco's timers fire at `first, first + period, …`
 * because the simulation assumes zero execution time, so "period after the run ends"
 * (v13) and start-to-start (17.4+) give the same instants [§1.3] [§6.4].
 */

// Scenario times may be fractions; compare with a small tolerance so 0.1 + 0.2 lands on 0.3.
const epsilon = 1e-9;

const tidy = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * The first instant of `first, first + period, …` at or after `from` (strictly after it
 * when `strictly` is true).
 *
 * @example nextTick(15, 60, 75) // 75
 * @example nextTick(15, 60, 75, true) // 135
 */
export function nextTick(first: number, period: number, from: number, strictly = false): number {
	if (from < first - epsilon) return first;
	let tick = first + Math.max(0, Math.ceil((from - first) / period - epsilon)) * period;
	if (strictly && tick <= from + epsilon) tick += period;
	return tidy(tick);
}

/**
 * The first instant of `first, first + period, …` at or after `from` and later than `after`.
 *
 * @example nextTickAfter(60, 5, 101, 100) // 105
 * @example nextTickAfter(60, 5, 100, 100) // 105
 */
export function nextTickAfter(first: number, period: number, from: number, after: number): number {
	const tick = nextTick(first, period, from);
	return isLater(tick, after) ? tick : nextTick(first, period, after, true);
}

/** Tells whether two instants are the same second (within rounding). */
export function sameInstant(a: number, b: number): boolean {
	return Math.abs(a - b) <= epsilon;
}

/** Tells whether `a` is later than `b` by more than rounding. */
export function isLater(a: number, b: number): boolean {
	return a - b > epsilon;
}
