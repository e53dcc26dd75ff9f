/**
 * Markdown rendered the way GitHub renders it (CommonMark + GFM), with raw HTML let
 * through so any leak shows: which elements and link targets a document produces.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { sources } from '../../../src/domain/sources/source-catalogue';

/** Elements the tool's own Markdown makes: headings, paragraphs, lists, task boxes, code, bold, links. */
export const allowedTags: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'code', 'strong', 'a', 'input']);

/** Tags, link and image targets and the visible text of `markdown`. */
export function renderMarkdown(markdown: string): { html: string; tags: string[]; hrefs: string[]; text: string } {
	const html = micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
	const tags = [...html.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
	const hrefs = [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
	const text = html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
	return { html, tags, hrefs, text };
}

/** What is wrong with the document: elements the tool never writes, links to anything but sources and `permalink`. */
export function markdownProblems(markdown: string, permalink: string): string[] {
	const allowedHrefs = new Set([...sources.map((s) => s.url), permalink]);
	const { tags, hrefs } = renderMarkdown(markdown);
	return [...tags.filter((t) => !allowedTags.has(t)).map((t) => `element <${t}>`), ...hrefs.filter((h) => !allowedHrefs.has(h)).map((h) => `link to ${h}`)];
}
