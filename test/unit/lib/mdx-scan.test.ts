import { describe, expect, test } from 'vitest';
import { citedSourceIds, usedTermIds } from '../../../src/lib/mdx-scan';

const body = `
Intro <Term id="election">elected</Term> text <Cite id="D13-README" />.
More <Cite id="V8-IDX"/> and again <Cite id="D13-README" />.
<Term id="maindom" /> and <Terms id="not-a-term" /> and <Citation id="nope" />.
`;

describe('citedSourceIds', () => {
	test('lists cited ids once, in order of first use', () => {
		expect(citedSourceIds(body)).toEqual(['D13-README', 'V8-IDX']);
	});
});

describe('usedTermIds', () => {
	test('lists term ids once and ignores look-alike components', () => {
		expect(usedTermIds(body)).toEqual(['election', 'maindom']);
	});
});
