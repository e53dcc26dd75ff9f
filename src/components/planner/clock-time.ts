/** Times the planner shows (saved at, restored from, printed on). */

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * The local time of `date` as `HH:MM`, or `YYYY-MM-DD HH:MM` with `withDay`. Written out
 * rather than `toLocaleTimeString()`: the browser's first locale format sets up ICU, which
 * made the planner's first save a long task on a slow phone.
 */
export function clockTime(date: Date, withDay = false): string {
	const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
	return withDay ? `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${time}` : time;
}
