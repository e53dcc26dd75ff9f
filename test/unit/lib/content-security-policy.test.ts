import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash, decodeEntities, inlineSources, runtimeStyles, withPagePolicy } from '../../../src/layouts/content-security-policy';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));

const page = (head: string, body = '') =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">${head}</head><body>${body}</body></html>`;

describe('the Content-Security-Policy', () => {
	test('hashes as CSP does: SHA-256 of the UTF-8 text, base64', () => {
		expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
		expect(cspHash('é')).toBe(sha('é'));
	});

	test('allows nothing from another origin and no inline code but by hash', () => {
		const policy = directives(contentSecurityPolicy({ scripts: ['a()'], styles: ['b{}'], styleAttributes: ['color:red'] }));
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha('a()')]);
		expect(policy.get('style-src')).toEqual(["'self'", sha('b{}')]);
		expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", sha('color:red')]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		const sources = [...policy.values()].flat();
		expect(sources.filter((s) => /unsafe-inline|^'unsafe-eval'|https?:|\*/.test(s))).toEqual([]);
		// frame-ancestors, report-uri and sandbox are ignored (and complained about) in a <meta>.
		expect([...policy.keys()].filter((k) => ['frame-ancestors', 'report-uri', 'sandbox'].includes(k))).toEqual([]);
	});

	test('without style attributes, none are allowed', () => {
		expect(directives(contentSecurityPolicy()).get('style-src-attr')).toEqual(["'none'"]);
	});
});

describe('inlineSources', () => {
	test('finds runnable inline scripts only: not external ones, not data blocks', () => {
		const html = page(
			'<script>one()</script><script type="module">two()</script><script src="/x.js"></script>',
			'<script type="application/json" id="d">{"a":1}</script><script type=text/javascript>three()</script>'
		);
		expect(inlineSources(html).scripts).toEqual(['one()', 'two()', 'three()']);
	});

	test('finds inline styles, also as an SVG <style> reads them (entities decoded)', () => {
		const html = page('<style>a{b:c}</style>', '<svg><style>.x&gt;y{}</style></svg>');
		expect(inlineSources(html).styles).toEqual(['a{b:c}', '.x&gt;y{}', '.x>y{}']);
	});

	test('finds style attributes in tags only, decoded, each once', () => {
		const html = page('', `<pre style="--a:#fff;overflow-x:auto"><span style="--a:#fff;overflow-x:auto">x</span><span style='font-family:&quot;A&quot;' data-x="a>b" title="x"></span></pre><p>text with style="not:an-attribute"</p><!-- <b style="commented:out"> -->`);
		expect(inlineSources(html).styleAttributes).toEqual(['--a:#fff;overflow-x:auto', 'font-family:"A"']);
	});

	test('refuses inline event handlers, which no hash can allow', () => {
		expect(() => inlineSources(page('', '<button onclick="go()">Go</button>'))).toThrow(/inline event handler/);
		expect(() => inlineSources(page('', '<div data-onclick="x">'))).not.toThrow();
	});

	test('decodes named and numeric character references', () => {
		expect(decodeEntities('&quot;&#39;&#x27;&amp;&lt;&gt;&unknown;')).toBe(`"''&<>&unknown;`);
	});
});

describe('withPagePolicy', () => {
	test('writes the page’s own hashes and the run-time styles into its <meta>', () => {
		const html = withPagePolicy(page('<script>go()</script><style>p{}</style>', '<i style="color:red"></i>'), ['.flow{}']);
		const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!;
		const policy = directives(content);
		expect(policy.get('script-src')).toContain(sha('go()'));
		expect(policy.get('style-src')).toEqual(expect.arrayContaining([sha('p{}'), sha('.flow{}'), ...runtimeStyles.map(sha)]));
		expect(policy.get('style-src-attr')).toContain(sha('color:red'));
		expect(html.indexOf('http-equiv')).toBeLessThan(html.indexOf('<script>'));
	});

	test('refuses a page without the policy <meta>, or with two', () => {
		expect(() => withPagePolicy('<html><head></head></html>')).toThrow(/found 0/);
		const twice = page('<meta http-equiv="Content-Security-Policy" content="default-src *">');
		expect(() => withPagePolicy(twice)).toThrow(/found 2/);
	});
});
