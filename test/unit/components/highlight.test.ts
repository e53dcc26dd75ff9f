import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { highlightLines, languageFor, loadHighlighter, splitHighlighted } from '../../../src/components/planner/files/highlight';
import { sourceLines } from '../../../src/components/planner/files/line-changes';

const fixtures = join(import.meta.dirname, '../../fixtures/generated');
const hostile = '<script>alert(1)</script> & <img src=x onerror=alert(2)> "quoted" \'single\'';

/** The text a browser would show for one line of HTML made of spans and entities. */
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#x27;/g, "'")
		.replace(/&amp;/g, '&');

/** Every tag in the HTML is a highlight.js span, and the spans of each line balance. */
function expectOnlyBalancedSpans(html: string): void {
	const tags = html.match(/<[^>]*>/g) ?? [];
	let depth = 0;
	for (const tag of tags) {
		expect(tag).toMatch(/^<span class="[\w .-]+">$|^<\/span>$/);
		depth += tag === '</span>' ? -1 : 1;
		expect(depth).toBeGreaterThanOrEqual(0);
	}
	expect(depth).toBe(0);
}

describe('languageFor', () => {
	test.each([
		['servers/web-1/appsettings.Production.json', 'json'],
		['plan.json', 'json'],
		['servers/admin/web.config.fragment.xml', 'xml'],
		['diagram.svg', 'xml'],
		['servers/admin/Web.config', 'xml'],
		['shared/DataProtectionComposer.cs', 'csharp'],
		['shared/load-balancer/nginx.conf', 'nginx'],
		['README.md', 'markdown'],
		['CHECKLIST.md', 'markdown'],
		['notes.txt', 'plaintext'],
		['LICENSE', 'plaintext'],
	])('%s → %s', (path, language) => {
		expect(languageFor(path)).toBe(language);
	});
});

describe('splitHighlighted', () => {
	test('carries open spans across line breaks and closes them at the end of each line', () => {
		expect(splitHighlighted('<span class="hljs-comment">/* a\nb */</span> x\ny')).toEqual([
			'<span class="hljs-comment">/* a</span>',
			'<span class="hljs-comment">b */</span> x',
			'y',
		]);
	});

	test('nested spans are reopened in order', () => {
		expect(splitHighlighted('<span class="a"><span class="b">1\n2</span>3</span>')).toEqual([
			'<span class="a"><span class="b">1</span></span>',
			'<span class="a"><span class="b">2</span>3</span>',
		]);
	});

	test('anything else that looks like a tag is escaped, unmatched closing tags are dropped', () => {
		expect(splitHighlighted('<script>x</span><b onclick="y">')).toEqual(['&lt;script&gt;x&lt;b onclick="y"&gt;']);
	});

	test('an empty text is one empty line', () => {
		expect(splitHighlighted('')).toEqual(['']);
	});
});

describe('highlightLines', () => {
	test('loads highlight.js once and shares it', async () => {
		expect(await loadHighlighter()).toBe(await loadHighlighter());
	});

	test.each([
		['data.json', `{\n  "name": ${JSON.stringify(hostile)},\n  "n": 1\n}\n`],
		['README.md', `# Plan ${hostile}\n\n<div>${hostile}</div>\n\n\`\`\`html\n${hostile}\n\`\`\`\n`],
		['servers/a/web.config.fragment.xml', `<a title="${hostile.replace(/"/g, '&quot;')}">\n<!-- ${hostile} -->\n</a>\n`],
		['shared/X.cs', `// ${hostile}\nvar s = "${hostile.replace(/"/g, '\\"')}";\n`],
		['notes.txt', `${hostile}\n`],
	])('user text in %s stays escaped text', async (path, contents) => {
		const lines = await highlightLines(path, contents);
		const html = lines.join('\n');
		expect(html).not.toMatch(/<script|<img|<div|<a /i);
		expect(html).toContain('&amp;');
		for (const line of lines) expectOnlyBalancedSpans(line);
		expect(lines.map(textOf)).toEqual(sourceLines(contents));
	});

	test('highlights JSON keys, strings and numbers', async () => {
		const [, line] = await highlightLines('a.json', '{\n  "k": "v", "n": 2\n}');
		expect(line).toContain('<span class="hljs-attr">&quot;k&quot;</span>');
		expect(line).toContain('<span class="hljs-string">&quot;v&quot;</span>');
		expect(line).toContain('<span class="hljs-number">2</span>');
	});

	test.each([
		'engage-v17/shared/load-balancer/nginx.conf',
		'engage-v17/servers/cm/appsettings.Production.json',
		'engage-v17/shared/DataProtectionComposer.cs',
		'v7-iis-dfs/servers/admin/web.config.fragment.xml',
	])('a generated file (%s) keeps its lines and text', async (file) => {
		const contents = readFileSync(join(fixtures, file), 'utf8');
		const lines = await highlightLines(file, contents);
		expect(lines.map(textOf)).toEqual(sourceLines(contents));
		expect(lines.join('')).toContain('<span class="hljs-');
		for (const line of lines) expectOnlyBalancedSpans(line);
	});
});
