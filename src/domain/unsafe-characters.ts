/**
 * Characters that user text (names, ids, hosts, paths) has no use for and that can hurt it
 * once printed: controls (C0, DEL, C1 with NEL) end lines or drive a terminal; the line and
 * paragraph separators end lines in JavaScript, Markdown and some editors; the bidi embedding,
 * override, isolate and mark characters reorder what follows ("Trojan source", CVE-2021-42574);
 * and the invisible ones (soft hyphen, zero-width space, word joiner and invisible operators,
 * the deprecated shaping controls, byte-order mark, interlinear annotation) make two names that
 * look alike differ. Zero-width (non-)joiners stay allowed: scripts such as Persian and
 * Devanagari, and emoji sequences, need them. Tag characters (U+E0000–E007F) are left to the
 * emoji flag sequences that use them: they lie outside the 16-bit range these classes cover.
 *
 * One list for the plan schema, the scenario validator and the terminal filter, so what a
 * file may not hold is also what `lbplan` never prints raw.
 */

/** The characters, as the body of a regular-expression class (no brackets). */
export const unsafeCharacterRanges = '\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB';

const unsafe = new RegExp(`[${unsafeCharacterRanges}]`);

/** Whether `text` holds any of them. */
export function hasUnsafeCharacter(text: string): boolean {
	return unsafe.test(text);
}
