/**
 * Ids of the rule catalogue R01–R69 (`shared/reference/umbraco-load-balancing-facts.md` §6).
 * The rules themselves live beside this file once written; lessons already name the ids
 * they teach, and the content schema checks those names against this list.
 */

const ruleCount = 69;

/** `['R01', 'R02', …, 'R69']`. */
export const ruleIds: readonly string[] = Array.from(
	{ length: ruleCount },
	(_, i) => `R${String(i + 1).padStart(2, '0')}`
);

/** Tells whether a string is the id of a catalogue rule. */
export function isRuleId(value: unknown): value is string {
	return typeof value === 'string' && ruleIds.includes(value);
}
