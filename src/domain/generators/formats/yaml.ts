/**
 * YAML output for Docker Compose and Kubernetes: a small tree of maps, lists, scalars and
 * comments, written in block style with two-space indents. Scalars are plain only when no
 * YAML 1.1 or 1.2 reader can take them for anything but that string (Kubernetes still reads
 * `yes`, `on` and `0777` the 1.1 way); everything else is double-quoted with escapes, so
 * targets pass raw user data.
 */
import { hashCommentText } from './escape';

/** A string that is always double-quoted (environment values: always strings, never `true` or `1`). */
export interface YamlQuoted {
	readonly kind: 'quoted';
	readonly value: string;
}
export interface YamlMap {
	readonly kind: 'map';
	readonly entries: readonly (readonly [key: string, value: YamlValue] | YamlComment)[];
}
export interface YamlList {
	readonly kind: 'list';
	readonly items: readonly YamlValue[];
}
export interface YamlComment {
	readonly kind: 'comment';
	readonly text: string;
}
export type YamlValue = string | number | boolean | YamlQuoted | YamlMap | YamlList;

/** Map builder. */
export function yamlMap(...entries: YamlMap['entries']): YamlMap {
	return { kind: 'map', entries };
}

/** List builder. */
export function yamlList(...items: YamlValue[]): YamlList {
	return { kind: 'list', items };
}

/** A string written in double quotes whatever it holds. */
export function quoted(value: string): YamlQuoted {
	return { kind: 'quoted', value };
}

/** `# text` (one line; the serialiser makes the text comment-safe). */
export function yamlComment(text: string): YamlComment {
	return { kind: 'comment', text };
}

const yamlEscapes: Readonly<Record<string, string>> = {
	'\\': '\\\\',
	'"': '\\"',
	'\0': '\\0',
	'\u0007': '\\a',
	'\b': '\\b',
	'\t': '\\t',
	'\n': '\\n',
	'\v': '\\v',
	'\f': '\\f',
	'\r': '\\r',
	'\u001B': '\\e',
};

/**
 * A YAML double-quoted scalar: backslash, quote and every character a YAML stream may not
 * hold raw (C0, DEL, C1, line and paragraph separators, BOM, U+FFFE/U+FFFF) escaped; a lone
 * surrogate, which no escape can express, becomes U+FFFD.
 *
 * @example yamlQuoted('say "hi"\n') // '"say \\"hi\\"\\n"'
 */
export function yamlQuoted(value: string): string {
	const body = value
		.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
		.replace(/[\\"\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g, (c) => {
			const code = c.charCodeAt(0);
			return yamlEscapes[c] ?? (code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`);
		});
	return `"${body}"`;
}

// Words YAML 1.1 reads as booleans or null (1.2 keeps fewer); never written plain.
const reservedWords = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
const plainSafe = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;

/**
 * A string scalar or key, plain when it starts with a letter, `_` or `/`, holds only letters,
 * digits, `_ . / -` and is no YAML 1.1 boolean or null; otherwise double-quoted.
 *
 * @example yamlString('web-1') // 'web-1'
 * @example yamlString('on') // '"on"'
 */
export function yamlString(value: string): string {
	return plainSafe.test(value) && !reservedWords.test(value) ? value : yamlQuoted(value);
}

function isCollection(value: YamlValue): value is YamlMap | YamlList {
	return typeof value === 'object' && (value.kind === 'map' || value.kind === 'list');
}

function inline(value: YamlValue): string {
	if (typeof value === 'string') return yamlString(value);
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : yamlQuoted(String(value));
	if (typeof value === 'boolean') return String(value);
	if (value.kind === 'quoted') return yamlQuoted(value.value);
	return value.kind === 'map' ? '{}' : '[]';
}

const pad = (depth: number): string => '  '.repeat(depth);
// A map of comments alone would read as null, so it is written `{}` (its comments left out).
const isEmpty = (value: YamlMap | YamlList): boolean => (value.kind === 'map' ? value.entries.every((e) => 'kind' in e) : value.items.length === 0);

function mapLines(map: YamlMap, depth: number): string[] {
	return map.entries.flatMap((entry) => {
		if ('kind' in entry) return [`${pad(depth)}# ${hashCommentText(entry.text)}`.trimEnd()];
		const [key, value] = entry;
		if (isCollection(value) && !isEmpty(value)) return [`${pad(depth)}${yamlString(key)}:`, ...valueLines(value, depth + 1)];
		return [`${pad(depth)}${yamlString(key)}: ${inline(value)}`];
	});
}

/** One list item: `- ` takes the place of the first line's indent; comments leading a map go above the dash. */
function itemLines(item: YamlValue, depth: number): string[] {
	if (!isCollection(item) || isEmpty(item)) return [`${pad(depth)}- ${inline(item)}`];
	if (item.kind === 'list') return [`${pad(depth)}-`, ...valueLines(item, depth + 1)];
	const lines = mapLines(item, depth + 1);
	const first = lines.findIndex((l) => !l.trimStart().startsWith('#'));
	const comments = lines.slice(0, first).map((l) => `${pad(depth)}${l.trimStart()}`);
	return [...comments, `${pad(depth)}- ${lines[first]!.trimStart()}`, ...lines.slice(first + 1)];
}

function valueLines(value: YamlMap | YamlList, depth: number): string[] {
	return value.kind === 'map' ? mapLines(value, depth) : value.items.flatMap((item) => itemLines(item, depth));
}

/** Serialises one YAML document (a map at the top) with a final newline. */
export function serializeYaml(root: YamlMap): string {
	return `${mapLines(root, 0).join('\n')}\n`;
}
