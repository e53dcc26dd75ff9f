/**
 * The site's Content-Security-Policy: nothing from another origin, and no inline code but
 * the exact scripts and styles each built page carries. BaseLayout writes the policy's
 * `<meta>` first in `<head>`; after the build, `withPagePolicy` fills in the SHA-256 hashes
 * of the page's inline `<script>`s (the version snippet, Astro's island loader and hydration
 * directives, small bundled scripts), inline `<style>`s and `style` attributes (Shiki's
 * colours), read from the finished HTML itself so they always match what is served.
 *
 * Kept out: `'unsafe-inline'`, `'unsafe-eval'`, other hosts. `'wasm-unsafe-eval'` lets the
 * search page compile Pagefind's WebAssembly (it cannot run JavaScript). Style attributes
 * are allowed only by hash (`'unsafe-hashes'` in `style-src-attr`); scripts set styles
 * through the CSSOM, which CSP does not restrict.
 */
import { createHash } from 'node:crypto';
import { diagramCss } from '../layout/svg-style';

/** The inline code of one page, as the browser hashes it. */
export interface InlineSources {
	readonly scripts: readonly string[];
	readonly styles: readonly string[];
	readonly styleAttributes: readonly string[];
}

/**
 * Stylesheets pages insert while they run, so not in any HTML: the planner's static diagram
 * (`renderDiagramSvg` embeds this `<style>`). Stylesheets bundled as `?inline` CSS are added
 * by the build (astro.config.mjs) once Vite has written them.
 */
export const runtimeStyles: readonly string[] = [`\n${diagramCss}\n`];

/** `'sha256-…'` of a text, as CSP hashes it (UTF-8). */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** The policy for a page with these inline sources (none: the policy BaseLayout starts from). */
export function contentSecurityPolicy(sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] }): string {
	const hashes = (items: readonly string[]) => unique(items.map(cspHash));
	const directives = [
		"default-src 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...hashes(sources.scripts)].join(' '),
		["style-src 'self'", ...hashes(sources.styles)].join(' '),
		sources.styleAttributes.length > 0 ? ["style-src-attr 'unsafe-hashes'", ...hashes(sources.styleAttributes)].join(' ') : "style-src-attr 'none'",
		"img-src 'self'",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
	return directives.join('; ');
}

/** `&quot;`, `&#39;`, `&#x27;`, `&amp;` … back to characters: attribute values are hashed decoded. */
export function decodeEntities(text: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
		const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/** Script types the browser runs; any other type (`application/json`) is a data block CSP ignores. */
const isRunnable = (attributes: string): boolean => {
	const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
	const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
	return ['', 'module', 'text/javascript', 'application/javascript'].includes(value);
};

/** A start tag, attribute values quoted or not (a `>` inside quotes does not end it). */
const startTag = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const styleAttribute = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const handlerAttribute = /\son[a-z]+\s*=/i;

/**
 * Every inline script, inline style and style attribute in a page's HTML. Throws on an
 * inline event handler (`onclick="…"`), which no hash may allow: the build stops there.
 */
export function inlineSources(html: string): InlineSources {
	const scripts: string[] = [];
	const styles: string[] = [];
	// Raw-text elements first, so their text is never read as markup.
	const markup = html
		.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (_whole, attributes: string, text: string) => {
			if (!/\ssrc\s*=/i.test(attributes) && isRunnable(attributes)) scripts.push(text);
			return '<script>';
		})
		.replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_whole, text: string) => {
			// Inside <svg> a <style>'s text is parsed with entities decoded; hash both readings.
			styles.push(text, decodeEntities(text));
			return '<style>';
		});
	const styleAttributes: string[] = [];
	for (const [tag] of markup.replace(/<!--[\s\S]*?-->/g, '').matchAll(startTag)) {
		if (handlerAttribute.test(tag)) throw new Error(`inline event handler in ${tag.slice(0, 120)}: the Content-Security-Policy blocks it; use addEventListener`);
		for (const m of tag.matchAll(styleAttribute)) styleAttributes.push(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
	}
	return { scripts: unique(scripts), styles: unique(styles), styleAttributes: unique(styleAttributes) };
}

/** The CSP `<meta>` BaseLayout writes; the build replaces its `content`. */
const policyMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;

/**
 * The page with the policy for its own inline code (plus `extraStyles` inserted at run
 * time) in the `<meta>` BaseLayout wrote. Throws when a page has no such `<meta>` or more
 * than one, so no page is published without its policy.
 */
export function withPagePolicy(html: string, extraStyles: readonly string[] = []): string {
	const metas = html.match(new RegExp(policyMeta.source, 'gi')) ?? [];
	if (metas.length !== 1) throw new Error(`expected one Content-Security-Policy <meta>, found ${metas.length}: does the page use BaseLayout?`);
	const sources = inlineSources(html);
	const policy = contentSecurityPolicy({ ...sources, styles: [...sources.styles, ...runtimeStyles, ...extraStyles] });
	return html.replace(policyMeta, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
