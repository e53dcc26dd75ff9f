/**
 * Unique, repeatable element ids for components rendered many times on one page
 * (radio groups, tooltips). A counter, not random, so two builds give the same HTML.
 */
let counter = 0;

/** Returns `${prefix}-${n}` with a number no other call in this build has returned. */
export function nextElementId(prefix: string): string {
	counter += 1;
	return `${prefix}-${counter}`;
}
