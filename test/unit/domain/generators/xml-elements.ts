/**
 * Reads elements out of a generated XML fragment for assertions: the fragment must be
 * well-formed first (well-formed.ts), then each element named `name` comes back with its
 * parent chain and its attributes, entities decoded. No XML package is a dev dependency,
 * and the generated fragments use only elements, attributes and comments.
 */
import { expect } from 'vitest';
import { xmlProblems } from './well-formed';

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Elements named `name` (with their parent chain) of a well-formed XML fragment, as attribute maps. */
export function xmlElements(xml: string, name: string): { path: string; attrs: Record<string, string> }[] {
	expect(xmlProblems(xml)).toEqual([]);
	const out: { path: string; attrs: Record<string, string> }[] = [];
	const stack: string[] = [];
	const body = xml.replace(/<!--[\s\S]*?-->/g, '');
	for (const m of body.matchAll(/<(\/?)([A-Za-z_:][\w.:-]*)((?:\s+[\w.:-]+="[^"]*")*)\s*(\/?)>/g)) {
		const [, close, tag, rawAttrs, selfClose] = m;
		if (close) {
			stack.pop();
			continue;
		}
		if (tag === name) {
			const attrs = Object.fromEntries([...rawAttrs!.matchAll(/([\w.:-]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)]));
			out.push({ path: [...stack, tag].join('/'), attrs });
		}
		if (!selfClose) stack.push(tag!);
	}
	return out;
}

