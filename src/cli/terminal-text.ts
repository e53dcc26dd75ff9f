/**
 * Text bound for a terminal. Names, ids and paths come from files anyone can write, and a
 * terminal obeys control characters in them (clear the screen, set the window title, move
 * the cursor), so every line `lbplan` prints goes through `escapeTerminalText`.
 */

/** C0 controls except tab and line feed, DEL, and the C1 controls (U+0080–U+009F). */
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Shows control characters as escapes: C0 as `\x1b`, DEL and C1 as `\u009b`. The `\u`
 * form keeps `--json` output valid JSON with the same value (JSON.stringify already escapes
 * C0 but leaves DEL and C1 raw); the `\x` form only ever stands for raw C0, which
 * JSON.stringify never leaves in a string.
 */
export function escapeTerminalText(text: string): string {
	return text.replace(controlCharacters, (character) => {
		const code = character.charCodeAt(0);
		return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
	});
}
