/**
 * The lessons as files, for tests that check content without building the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';

export const contentRoot = join(import.meta.dirname, '../../content');
const lessonsRoot = join(contentRoot, 'lessons');

export interface LessonFile {
	readonly slug: string;
	readonly unit: string;
	readonly path: string;
	readonly text: string;
}

/** Every lesson file, by slug (its file name). */
export function lessonFiles(): Map<string, LessonFile> {
	const files = new Map<string, LessonFile>();
	for (const unit of readdirSync(lessonsRoot)) {
		for (const name of readdirSync(join(lessonsRoot, unit)).filter((n) => n.endsWith('.mdx'))) {
			const path = join(lessonsRoot, unit, name);
			files.set(name.replace(/\.mdx$/, ''), { slug: name.replace(/\.mdx$/, ''), unit, path, text: readFileSync(path, 'utf8') });
		}
	}
	return files;
}

/** The text without fenced code blocks (a `# comment` in a shell sample is not a heading). */
export function withoutCode(mdx: string): string {
	return mdx.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
}

/** A heading's text as the page shows it: code ticks, emphasis and link targets dropped. */
export function headingText(markdown: string): string {
	return markdown.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '').trim();
}

/** Heading ids as the site makes them: github-slugger over the page's headings in order (repeats get -1, -2). */
export function headingIds(mdx: string): string[] {
	const slugger = new GithubSlugger();
	return [...withoutCode(mdx).matchAll(/^#{2,4}\s+(.+)$/gm)].map((m) => slugger.slug(headingText(m[1]!)));
}

/** The glossary's term ids (file names). */
export function glossaryIds(): string[] {
	return readdirSync(join(contentRoot, 'glossary'))
		.filter((n) => n.endsWith('.md'))
		.map((n) => n.replace(/\.md$/, ''));
}
