/**
 * Ids of the rule catalogue: R01–R69 from `shared/reference/umbraco-load-balancing-facts.md` §6,
 * then R70–R86 for the facts of 17.3–18.3 (`shared/reference/umbraco-updates-2026.md`) and for
 * what checking the bundle against the docs found (R82 one shared Web.config, R85 the semaphore
 * lock off Windows, R86 a platform that contradicts itself). Lessons
 * name the ids they teach, and the content schema checks those names against this list.
 */

/** Ids up to this one come from the fact sheet; later ones from the 2026 updates. */
export const factSheetRuleCount = 69;
const ruleCount = 86;

/** `['R01', 'R02', …, 'R86']`. */
export const ruleIds: readonly string[] = Array.from(
	{ length: ruleCount },
	(_, i) => `R${String(i + 1).padStart(2, '0')}`
);

/** The catalogue's first and last ids, as help texts print them: `R01–R86`. */
export const ruleRange = `${ruleIds[0]}–${ruleIds.at(-1)}`;

/** Tells whether a string is the id of a catalogue rule. */
export function isRuleId(value: unknown): value is string {
	return typeof value === 'string' && ruleIds.includes(value);
}
