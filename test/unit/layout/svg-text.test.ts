import { describe, expect, test } from 'vitest';
import { escapeXml, estimateTextWidth, fitText, formatNumber } from '../../../src/layout/svg-text';

describe('escapeXml', () => {
	test('escapes the five XML specials and leaves other text alone', () => {
		expect(escapeXml(`<script>alert("x")</script> & 'Ω'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Ω&apos;');
		expect(escapeXml('&amp;')).toBe('&amp;amp;');
	});

	test('replaces characters XML 1.0 cannot carry and keeps line breaks as references', () => {
		expect(escapeXml('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf \uD800 🚀')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf \uFFFD 🚀');
		expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
	});
});

describe('fitText', () => {
	test('keeps text that fits', () => {
		expect(fitText('Web 1', 200, 13)).toBe('Web 1');
	});

	test('cuts text that does not fit and ends it with an ellipsis that fits too', () => {
		const cut = fitText('A very long server name indeed', 100, 13, true);
		expect(cut).toMatch(/^A very.*…$/);
		expect(estimateTextWidth(cut, 13, true)).toBeLessThanOrEqual(100);
	});

	test('never splits a character made of two UTF-16 units', () => {
		const cut = fitText('🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀', 40, 13);
		expect(cut.endsWith('…')).toBe(true);
		expect(Array.from(cut.slice(0, -1)).every((c) => c === '🚀')).toBe(true);
	});

	test('trims the space before the ellipsis', () => {
		expect(fitText('Web server number twelve', 90, 13)).not.toMatch(/ …$/);
	});
});

describe('estimateTextWidth', () => {
	test('grows with length, capitals and bold', () => {
		expect(estimateTextWidth('iiii', 13)).toBeLessThan(estimateTextWidth('nnnn', 13));
		expect(estimateTextWidth('nnnn', 13)).toBeLessThan(estimateTextWidth('NNNN', 13));
		expect(estimateTextWidth('NNNN', 13)).toBeLessThan(estimateTextWidth('NNNN', 13, true));
	});
});

describe('formatNumber', () => {
	test.each([
		[12, '12'],
		[12.34, '12.3'],
		[12.35, '12.4'],
		[-0.01, '0'],
		[1 / 3, '0.3'],
	])('writes %d as %s', (value, text) => {
		expect(formatNumber(value)).toBe(text);
	});
});
