import { describe, expect, test } from 'vitest';
import { checkSiteUrl } from '../../../../src/domain/bundle/site-url';

describe('checkSiteUrl (LBPLAN_SITE_URL)', () => {
	test.each([
		['http://127.0.0.1:4321/planner/', 'http://127.0.0.1:4321/planner/'],
		['https://lbacademy.example/planner/', 'https://lbacademy.example/planner/'],
		['https://lbacademy.example', 'https://lbacademy.example/'],
		['https://lbacademy.example/planner/#old', 'https://lbacademy.example/planner/#old'],
		['https://lbacademy.example/a"b<c>', 'https://lbacademy.example/a%22b%3Cc%3E'],
	])('accepts %s as %s', (value, url) => {
		expect(checkSiteUrl(value)).toEqual({ ok: true, url });
	});

	test.each([
		['a newline that would write code', 'https://x.example/\nclass Evil {}'],
		['a lone carriage return', 'https://x.example/\r// x'],
		['a tab', 'https://x.example/\tx'],
		['NUL', 'https://x.example/\u0000'],
		['a line separator', 'https://x.example/\u2028'],
		['a space', 'https://x.example/a b'],
		['a relative path', '/planner/'],
		['another scheme', 'javascript:alert(1)//'],
		['a file URL', 'file:///etc/passwd'],
		['no URL at all', 'not a url'],
		['nothing', ''],
		['a very long URL', `https://x.example/${'a'.repeat(2100)}`],
	])('rejects %s with a message', (_, value) => {
		const result = checkSiteUrl(value);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/^expected an absolute http or https URL/);
	});
});
