import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeWrapTables } from '../../../src/lib/rehype-wrap-tables';

const el = (tagName: string, children: Element[] = []): Element => ({ type: 'element', tagName, properties: {}, children });

describe('rehypeWrapTables', () => {
	test('wraps nested tables in focusable, numbered regions', () => {
		const tree: Root = { type: 'root', children: [el('table'), el('div', [el('p'), el('table')])] };
		rehypeWrapTables()(tree);
		const first = tree.children[0] as Element;
		const nested = ((tree.children[1] as Element).children[1] as Element);
		expect(first).toMatchObject({ tagName: 'div', properties: { tabIndex: 0, role: 'region', ariaLabel: 'Table 1' } });
		expect((first.children[0] as Element).tagName).toBe('table');
		expect(nested.properties['ariaLabel']).toBe('Table 2');
	});

	test('leaves a page without tables alone', () => {
		const tree: Root = { type: 'root', children: [el('p')] };
		rehypeWrapTables()(tree);
		expect(tree.children).toEqual([el('p')]);
	});
});
