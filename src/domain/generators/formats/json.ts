/**
 * JSON output: configuration entries written as colon paths (`Umbraco:CMS:Global:MainDomLock`,
 * the notation of the docs and of .NET configuration) become nested objects, serialised
 * as strict JSON with two-space indents and a final newline.
 */
import { indent } from '../options';

export type JsonScalar = string | number | boolean;
export type JsonValue = JsonScalar | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** One configuration value at a colon path. */
export interface ConfigEntry {
	readonly key: string;
	readonly value: JsonScalar;
}

type MutableObject = { [key: string]: JsonValue };

/**
 * Nests entries by their colon paths, keeping first-seen order. A later entry at the same
 * path replaces the earlier value; a value where an object is needed is replaced by the object.
 *
 * @example nestEntries([{ key: 'A:B', value: 1 }]) // { A: { B: 1 } }
 */
export function nestEntries(entries: readonly ConfigEntry[]): { readonly [key: string]: JsonValue } {
	// Null-prototype objects: no key can reach Object.prototype.
	const root: MutableObject = Object.create(null) as MutableObject;
	for (const { key, value } of entries) {
		const parts = key.split(':');
		const leaf = parts.pop()!;
		let node = root;
		for (const part of parts) {
			const next = node[part];
			if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = Object.create(null) as MutableObject;
			node = node[part] as MutableObject;
		}
		node[leaf] = value;
	}
	return root;
}

/** Strict JSON text: two-space indent, a final newline; non-finite numbers become `null`. */
export function serializeJson(value: JsonValue): string {
	return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), indent.json)}\n`;
}
