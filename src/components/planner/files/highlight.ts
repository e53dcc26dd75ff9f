/**
 * Syntax highlighting for the live files panel. highlight.js and the few grammars the
 * bundle needs are fetched on first use, once; the result is one HTML string per line.
 * highlight.js escapes the source text, and every `<` or `>` that is not one of its
 * `<span class="…">` / `</span>` tags is escaped again here, so file contents never
 * become markup.
 */
import type { HLJSApi } from 'highlight.js';
import { sourceLines } from './line-changes';

/** The grammars the bundle needs; anything else is shown as plain text. */
export type HighlightLanguage = 'json' | 'xml' | 'csharp' | 'nginx' | 'markdown' | 'plaintext';

/** Highlights a file's contents into one HTML string per line (synchronous once loaded). */
export type Highlighter = (path: string, contents: string) => string[];

const byExtension: ReadonlyArray<[RegExp, HighlightLanguage]> = [
	[/\.json$/i, 'json'],
	[/\.(xml|svg|config)$/i, 'xml'],
	[/\.cs$/i, 'csharp'],
	// The bundle's only `.conf` is the nginx example.
	[/\.(conf|nginx)$/i, 'nginx'],
	[/\.(md|markdown)$/i, 'markdown'],
];

/** The grammar for a bundle path, from its extension; `plaintext` when none fits. */
export function languageFor(path: string): HighlightLanguage {
	return byExtension.find(([pattern]) => pattern.test(path))?.[1] ?? 'plaintext';
}

async function loadCore(): Promise<HLJSApi> {
	const [core, json, xml, csharp, nginx, markdown, plaintext] = await Promise.all([
		import('highlight.js/lib/core'),
		import('highlight.js/lib/languages/json'),
		import('highlight.js/lib/languages/xml'),
		import('highlight.js/lib/languages/csharp'),
		import('highlight.js/lib/languages/nginx'),
		import('highlight.js/lib/languages/markdown'),
		import('highlight.js/lib/languages/plaintext'),
	]);
	const hljs = core.default;
	const grammars = { json, xml, csharp, nginx, markdown, plaintext };
	for (const [name, grammar] of Object.entries(grammars)) hljs.registerLanguage(name, grammar.default);
	return hljs;
}

let loading: Promise<Highlighter> | undefined;

/** Loads highlight.js on the first call; later calls share the same promise. A failed load may be retried. */
export function loadHighlighter(): Promise<Highlighter> {
	loading ??= loadCore().then(
		(hljs): Highlighter =>
			(path, contents) => {
				const text = sourceLines(contents).join('\n');
				return splitHighlighted(hljs.highlight(text, { language: languageFor(path), ignoreIllegals: true }).value);
			},
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

/** One HTML string per line of `contents`, highlighted by the grammar that fits `path`. */
export async function highlightLines(path: string, contents: string): Promise<string[]> {
	return (await loadHighlighter())(path, contents);
}

// highlight.js only writes `<span class="…">`, `</span>` and escaped text; anything else
// that looks like a tag is treated as text and escaped.
const token = /<span class="[\w .-]*">|<\/span>|\n|[<>]/g;

/**
 * Splits highlighted HTML at its line breaks so each line is balanced HTML on its own:
 * spans still open at a line break are closed there and opened again on the next line.
 */
export function splitHighlighted(html: string): string[] {
	const lines: string[] = [];
	const open: string[] = [];
	let line = '';
	let at = 0;
	for (const match of html.matchAll(token)) {
		line += html.slice(at, match.index);
		at = match.index + match[0].length;
		const tag = match[0];
		if (tag === '\n') {
			lines.push(line + '</span>'.repeat(open.length));
			line = open.join('');
		} else if (tag === '<' || tag === '>') line += tag === '<' ? '&lt;' : '&gt;';
		else if (tag === '</span>') {
			if (open.pop() !== undefined) line += tag;
		} else {
			open.push(tag);
			line += tag;
		}
	}
	lines.push(line + html.slice(at) + '</span>'.repeat(open.length));
	return lines;
}
