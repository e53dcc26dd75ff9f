import { describe, expect, test } from 'vitest';
import { resultLink, type PagefindFragment } from '../../../src/scripts/search-entry';

const at = (location: number, balanced_score = 1) => ({ location, balanced_score });

/** Anchors as Pagefind records them on /rules/: one `li` per rule, no heading ids. */
const rules: PagefindFragment = {
	url: '/rules/',
	excerpt: '',
	meta: { title: 'Rules' },
	anchors: [
		{ element: 'li', id: 'r01', text: '', location: 43 },
		{ element: 'li', id: 'r15', text: '', location: 700 },
		{ element: 'li', id: 'r16', text: '', location: 786 },
		{ element: 'li', id: 'r17', text: '', location: 833 },
	],
	weighted_locations: [at(742, 50), at(790, 2048), at(900, 12)],
};

/** /glossary/: a section, a letter marker and the heading start at the same word. */
const glossary: PagefindFragment = {
	url: '/glossary/',
	excerpt: '',
	meta: { title: 'Glossary' },
	anchors: [
		{ element: 'section', id: 'admin-server', text: 'also: backoffice server', location: 22 },
		{ element: 'span', id: 'letter-A', text: '', location: 22 },
		{ element: 'h2', id: 'admin-server-name', text: 'Admin server', location: 22 },
		{ element: 'section', id: 'cold-boot', text: 'also: cold boots', location: 302 },
		{ element: 'h2', id: 'cold-boot-name', text: 'Cold boot', location: 302 },
	],
	weighted_locations: [at(303, 600), at(30, 10)],
};

describe('resultLink', () => {
	test('a rule opens at its own entry, the one holding the best match', () => {
		expect(resultLink(rules)).toEqual({ href: '/rules/#r16', title: 'Rules' });
	});

	test('a glossary term opens at its section and is titled with its heading', () => {
		expect(resultLink(glossary)).toEqual({ href: '/glossary/#cold-boot', title: 'Glossary › Cold boot' });
	});

	test('a lesson opens at the heading of the section with the match; inputs and inline anchors never count', () => {
		const lesson: PagefindFragment = {
			url: '/lessons/files/',
			excerpt: '',
			meta: { title: 'Files' },
			anchors: [
				{ element: 'h2', id: 'two-kinds', text: 'Two kinds of files', location: 123 },
				{ element: 'li', id: 'source-3', text: '', location: 140 },
				{ element: 'input', id: 'kc-15-0', text: '', location: 200 },
				{ element: 'h2', id: 'option-3', text: 'Option 3: A central share', location: 1060 },
			],
			locations: [210],
		};
		expect(resultLink(lesson)).toEqual({ href: '/lessons/files/#two-kinds', title: 'Files › Two kinds of files' });
	});

	test('a match before any entry, or a page without anchors, opens the page', () => {
		expect(resultLink({ ...rules, weighted_locations: [at(10, 5)] })).toEqual({ href: '/rules/', title: 'Rules' });
		expect(resultLink({ url: '/', excerpt: '', meta: {}, locations: [3] })).toEqual({ href: '/', title: '/' });
	});

	test('ids are written as URL fragments', () => {
		const odd: PagefindFragment = { url: '/x/', excerpt: '', meta: { title: 'X' }, anchors: [{ element: 'h2', id: 'a b', text: 'A b', location: 0 }], locations: [1] };
		expect(resultLink(odd).href).toBe('/x/#a%20b');
	});
});
