/**
 * The one low-level edit of a plan document: set or delete the value at a JSON path,
 * without touching the input. Unchanged branches are shared with the input, so an edit
 * that changes nothing returns the very same draft.
 */
import type { PlanDraft } from './draft';

/** A JSON path: object keys and array indexes, e.g. `['servers', 0, 'settings', 'localTemp']`. */
export type JsonPath = readonly (string | number)[];

/** Objects a plan file requires: they stay, even empty, when their last key is deleted. */
const requiredObjects: ReadonlySet<string> = new Set(['loadBalancer', 'files']);

/** Top-level keys every draft has: deleting them is refused (the result would not be a draft). */
const draftKeys: ReadonlySet<string> = new Set(['planVersion', 'name', 'umbraco', 'hosting', 'servers']);

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmptyObject = (value: unknown): boolean => isObject(value) && Object.keys(value).length === 0;

function without(object: JsonObject, key: string): JsonObject {
	const copy: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(object)) if (k !== key) copy[k] = v;
	return copy;
}

/** `{ ...object, [key]: value }`: existing keys keep their place, a new key goes last. */
function withKey(object: JsonObject, key: string, value: unknown): JsonObject {
	const copy: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(object)) copy[k] = v;
	Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
	return copy;
}

function editObject(object: JsonObject, path: JsonPath, at: number, value: unknown): JsonObject {
	const key = String(path[at]);
	const has = Object.hasOwn(object, key);
	if (at === path.length - 1) {
		if (value === undefined) return has && !(at === 0 && draftKeys.has(key)) ? without(object, key) : object;
		return has && Object.is(object[key], value) ? object : withKey(object, key, value);
	}
	const child = has ? object[key] : undefined;
	const next = edit(child, path, at + 1, value);
	if (next === child) return object;
	// A deletion that empties an optional object removes the object too.
	const required = at === 0 && requiredObjects.has(key);
	if (value === undefined && isEmptyObject(next) && !required) return without(object, key);
	return withKey(object, key, next);
}

function editArray(array: readonly unknown[], path: JsonPath, at: number, value: unknown): readonly unknown[] {
	const index = path[at];
	if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > array.length) return array;
	if (at === path.length - 1) {
		if (value === undefined) return index < array.length ? array.filter((_, i) => i !== index) : array;
		if (index < array.length && Object.is(array[index], value)) return array;
		return index === array.length ? [...array, value] : array.map((item, i) => (i === index ? value : item));
	}
	// Nested paths only reach existing items: a partial new item would not be a valid server.
	if (index === array.length) return array;
	const next = edit(array[index], path, at + 1, value);
	return next === array[index] ? array : array.map((item, i) => (i === index ? next : item));
}

function edit(node: unknown, path: JsonPath, at: number, value: unknown): unknown {
	if (Array.isArray(node)) return editArray(node, path, at, value);
	if (isObject(node)) return editObject(node, path, at, value);
	// Setting through a missing parent creates it; deleting through one changes nothing.
	if (node === undefined && value !== undefined) {
		const fresh = typeof path[at] === 'number' ? [] : {};
		const next = edit(fresh, path, at, value);
		return next === fresh ? node : next;
	}
	return node;
}

/**
 * The draft with `value` at `path`; `undefined` deletes the key (or the array item).
 * Deleting the last key of an optional object (`servers[0].settings`, `legacy`, `keys` …)
 * removes that object too; `loadBalancer` and `files` stay, as the schema requires them.
 * Missing parents are created when setting. Paths that cannot exist (an index past the
 * end, a key inside a string) leave the draft as it is; so do an empty path and deleting
 * a key every draft has (`servers`, `name` …). Never throws, never mutates `draft`.
 *
 * @example setAt(draft, ['servers', 0, 'settings', 'localTemp'], 'environment-temp')
 */
export function setAt(draft: PlanDraft, path: JsonPath, value: unknown): PlanDraft {
	if (path.length === 0) return draft;
	const next = edit(draft, path, 0, value);
	return isObject(next) ? (next as PlanDraft) : draft;
}
