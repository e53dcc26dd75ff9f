/** Builds the on-page table of contents from the headings Astro reports for a page. */

export interface Heading {
	readonly depth: number;
	readonly slug: string;
	readonly text: string;
}

export interface TocItem extends Heading {
	readonly children: TocItem[];
}

/**
 * Nests `##` and `###` headings (deeper ones and the page title are left out).
 * A `###` before any `##` becomes a top-level item rather than being lost.
 */
export function buildToc(headings: readonly Heading[], { minDepth = 2, maxDepth = 3 } = {}): TocItem[] {
	const toc: TocItem[] = [];
	for (const heading of headings) {
		if (heading.depth < minDepth || heading.depth > maxDepth) continue;
		const item: TocItem = { ...heading, children: [] };
		const parent = toc.at(-1);
		if (heading.depth > minDepth && parent && parent.depth < heading.depth) parent.children.push(item);
		else toc.push(item);
	}
	return toc;
}
