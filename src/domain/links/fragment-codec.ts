/**
 * The one link format of the site: `#<key>=<format>.<base64url(deflate(JSON))>` in the URL
 * fragment, so nothing is sent to a server. Plan links (`plan=1.…`) and scenario links
 * (`scenario=1.…`) both use it. Reading is bounded: a link longer than `linkChars` is refused
 * unread, and inflating stops as soon as the text passes `inflatedBytes`.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { formatCount, formatSize } from '../units';

/** The format every link is written in; the number lets later releases keep reading old links. */
export const linkFormat = 1;

/** Limits on reading a link. */
export interface LinkLimits {
	readonly linkChars: number;
	readonly inflatedBytes: number;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * Compressed bytes inflated per step. Deflate expands at most about 1 032 times, so one step
 * adds at most about 530 KB before the running size is checked again.
 */
const inflateStep = 512;

/** Inflates step by step; `undefined` as soon as the output passes `limit` bytes. Throws on damaged data. */
function inflateWithin(packed: Uint8Array, limit: number): Uint8Array | undefined {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const inflater = new Inflate((chunk) => {
		chunks.push(chunk);
		size += chunk.length;
	});
	let at = 0;
	do {
		const end = at + inflateStep;
		inflater.push(packed.subarray(at, end), end >= packed.length);
		if (size > limit) return undefined;
		at = end;
	} while (at < packed.length);
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/** The fragment (without `#`) carrying `json` under `key`. */
export function encodeFragment(key: string, json: string): string {
	return `${key}=${linkFormat}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The JSON text a link carries, or a message saying what is wrong with the link (never a throw). */
export function readFragment(fragment: string, key: string, limits: LinkLimits): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
	const fail = (message: string) => ({ ok: false as const, message });
	if (fragment.length > limits.linkChars) return fail(`the link is ${formatCount(fragment.length)} characters long; the limit is ${formatCount(limits.linkChars)}`);
	const value = new URLSearchParams(fragment.replace(/^#/, '')).get(key);
	if (value === null) return fail(`no "${key}=" part in the link`);
	const match = /^(\d+)\.([A-Za-z0-9_-]+)$/.exec(value);
	if (!match) return fail(`the ${key} part is damaged (expected "<version>.<data>")`);
	// Exactly "1", so "01." is not read as format 1: one spelling per format.
	if (match[1] !== String(linkFormat)) return fail(`format ${match[1]} is not known to this version (it reads format ${linkFormat})`);
	let bytes: Uint8Array | undefined;
	try {
		bytes = inflateWithin(fromBase64Url(match[2]!), limits.inflatedBytes);
	} catch {
		return fail(`the ${key} data is damaged or cut off`);
	}
	if (bytes === undefined) return fail(`the ${key} inflates to more than ${formatSize(limits.inflatedBytes)}; the limit is ${formatSize(limits.inflatedBytes)}`);
	return { ok: true, text: strFromU8(bytes) };
}
