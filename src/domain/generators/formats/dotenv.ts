/**
 * `.env` output in the syntax Docker Compose reads for `env_file:` (compose-spec/compose-go
 * dotenv/parser.go): `NAME=value` lines and `#` comments. A value is written bare when it
 * holds nothing any reader treats specially, so `docker run --env-file` (which takes the
 * text after `=` literally) reads the same value; otherwise it is double-quoted, where
 * Compose unescapes `\\ \" \$ \n \r \t` and octal `\0ooo`, and interpolates nothing escaped.
 */
import { hashCommentText } from './escape';

/** One `NAME=value` line. */
export interface DotenvVariable {
	readonly kind: 'variable';
	readonly name: string;
	readonly value: string;
}
/** `# text`, or a blank line for an empty text. */
export interface DotenvComment {
	readonly kind: 'comment';
	readonly text: string;
}
export type DotenvNode = DotenvVariable | DotenvComment;

/** Variable builder. */
export function envVariable(name: string, value: string): DotenvVariable {
	return { kind: 'variable', name, value };
}

/** Comment builder; `''` is a blank line. */
export function envComment(text: string): DotenvComment {
	return { kind: 'comment', text };
}

// Bare values: no `$` (interpolation), `#` (comment), quotes, spaces or anything else Compose
// trims or reads; backslashes stay literal outside quotes.
const bare = /^[A-Za-z0-9_.\/:@,+=%~\\-]*$/;

const escapes: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', $: '\\$', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The value part of a `.env` line: bare when safe, else double-quoted with Compose's escapes.
 * NUL (which no environment variable can hold) and lone surrogates become U+FFFD; other
 * control characters are written as octal escapes.
 *
 * @example dotenvValue('EnvironmentTemp') // 'EnvironmentTemp'
 * @example dotenvValue('a $b "c"') // '"a \\$b \\"c\\""'
 */
export function dotenvValue(value: string): string {
	if (bare.test(value)) return value;
	const body = value
		.replace(/[\u0000\uD800-\uDFFF]/gu, '\uFFFD')
		.replace(/[\\"$\u0001-\u001F\u007F]/g, (c) => escapes[c] ?? `\\0${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
	return `"${body}"`;
}

// Compose accepts letters, digits, `_ . - [ ]` in names; `=` or a line break would end one early.
const validName = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Serialises `.env` text with a final newline; throws on a name Compose would not read (names come from the generators, never from users). */
export function serializeDotenv(nodes: readonly DotenvNode[]): string {
	const lines = nodes.map((node) => {
		if (node.kind === 'comment') return node.text === '' ? '' : `# ${hashCommentText(node.text)}`.trimEnd();
		if (!validName.test(node.name)) throw new RangeError(`not an environment variable name: ${JSON.stringify(node.name)}`);
		return `${node.name}=${dotenvValue(node.value)}`;
	});
	return `${lines.join('\n')}\n`;
}
