import { describe, expect, test } from 'vitest';
import { splitCodeSpans } from '../../../src/scripts/code-spans';

const show = (text: string) => splitCodeSpans(text).map((p) => (p.code ? `<${p.text}>` : p.text)).join('|');

describe('splitCodeSpans', () => {
	test.each([
		['Set `Umbraco:CMS:Global:Id` to 5.', 'Set |<Umbraco:CMS:Global:Id>| to 5.'],
		['`A` and `B`', '<A>| and |<B>'],
		['no code here', 'no code here'],
		['', ''],
		// A fence of two backticks holds a single one; one space each side is dropped.
		['name ``a`b`` end', 'name |<a`b>| end'],
		['`` `tick` ``', '<`tick`>'],
		// A run without a partner of the same length is text.
		['a ` lone', 'a ` lone'],
		['``not closed`', '``not closed`'],
		['`a``b`', '<a``b>'],
		// Line ends inside a span become spaces; all-space content keeps its spaces.
		['`a\nb` `\r`', '<a b>| |< >'],
		['`  `', '<  >'],
	])('%j → %j', (text, expected) => {
		expect(show(text)).toBe(expected);
	});

	test('markup stays text: it is never turned into elements', () => {
		expect(splitCodeSpans('`<img src=x onerror=alert(1)>` <b>bold</b>')).toEqual([
			{ code: true, text: '<img src=x onerror=alert(1)>' },
			{ code: false, text: ' <b>bold</b>' },
		]);
	});

	test('joining the parts gives back the text without its fences', () => {
		const text = 'Keep `~/umbraco/Data/TEMP` local: set `Umbraco:CMS:Hosting:LocalTempStorageLocation` to `EnvironmentTemp`.';
		expect(splitCodeSpans(text).map((p) => p.text).join('')).toBe(text.replace(/`/g, ''));
	});
});
