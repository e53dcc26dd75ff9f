import { describe, expect, test } from 'vitest';
import { buildToc } from '../../../src/lib/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
	test('nests ### under the preceding ##', () => {
		const toc = buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')]);
		expect(toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
			['a', ['a1', 'a2']],
			['b', []],
		]);
	});

	test('leaves out the title and headings deeper than ###', () => {
		expect(buildToc([h(1, 't'), h(2, 'a'), h(4, 'deep')]).map((i) => i.slug)).toEqual(['a']);
	});

	test('keeps a ### that comes before any ## at the top level', () => {
		expect(buildToc([h(3, 'early'), h(2, 'a')]).map((i) => i.slug)).toEqual(['early', 'a']);
	});

	test('is empty for a page without headings', () => {
		expect(buildToc([])).toEqual([]);
	});
});
