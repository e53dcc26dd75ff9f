/**
 * Reads an MDX body as text to find what a page needs before it renders: the sources a
 * lesson cites (for numbered citations and the source list) and the glossary terms it uses
 * (for the glossary's "used in" links). Build-time only.
 */

function collectAttribute(body: string, component: string, attribute: string): string[] {
	const pattern = new RegExp(`<${component}\\b[^>]*?\\b${attribute}="([^"]+)"`, 'g');
	const found: string[] = [];
	for (const match of body.matchAll(pattern)) {
		const value = match[1];
		if (value && !found.includes(value)) found.push(value);
	}
	return found;
}

/** Source ids cited with `<Cite id="…" />`, in order of first use. */
export function citedSourceIds(body: string): string[] {
	return collectAttribute(body, 'Cite', 'id');
}

/** Glossary ids used with `<Term id="…">`, in order of first use. */
export function usedTermIds(body: string): string[] {
	return collectAttribute(body, 'Term', 'id');
}
