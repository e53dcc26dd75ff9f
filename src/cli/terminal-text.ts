/**
 * Text bound for a terminal. Names, ids and paths come from files anyone can write, and a
 * terminal obeys control characters in them (clear the screen, set the window title, move
 * the cursor), so every line `lbplan` prints goes through `escapeTerminalText`.
 */
import { unsafeCharacterRanges } from '../domain/unsafe-characters';

/** What plan text may not hold (unsafe-characters.ts), except the tab and line feed `lbplan` prints itself. */
const controlCharacters = new RegExp(`(?![\\t\\n])[${unsafeCharacterRanges}]`, 'g');

/**
 * Shows unsafe characters as escapes: C0 as `\x1b`, the rest (DEL, C1, separators, bidi and
 * invisible characters) as `\u009b`, `\u202e`. The `\u` form keeps `--json` output valid JSON
 * with the same value (JSON.stringify already escapes C0 but leaves the others raw); the `\x`
 * form only ever stands for raw C0, which JSON.stringify never leaves in a string.
 */
export function escapeTerminalText(text: string): string {
	return text.replace(controlCharacters, (character) => {
		const code = character.charCodeAt(0);
		return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
	});
}
