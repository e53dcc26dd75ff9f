/**
 * Where a search result should open: the entry on the page that holds the best match, not
 * the top of the page. Pagefind records every element with an `id` (its anchors) and the
 * word position where it starts; a match belongs to the last heading at or before it (a
 * lesson's section, a glossary term), or on a page without headings with ids, to the last
 * block (`li#r16` on /rules/).
 */

/** What Pagefind's `result.data()` gives, as far as it is used here. */
export interface PagefindFragment {
	readonly url: string;
	readonly excerpt: string;
	readonly meta: { readonly title?: string };
	readonly locations?: readonly number[];
	readonly weighted_locations?: readonly { readonly balanced_score: number; readonly location: number }[];
	readonly anchors?: readonly { readonly element: string; readonly id: string; readonly text?: string; readonly location: number }[];
}

/** A result to show: its link and the title to show for it. */
export interface ResultLink {
	readonly href: string;
	readonly title: string;
}

/** Elements that make an entry; inline ones (inputs, tooltip spans, links) never do. */
const entryElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'li', 'dt', 'figure', 'aside', 'details']);
const isHeading = (element: string): boolean => /^h[1-6]$/.test(element);

/** The word position of the best match: the highest balanced score, else the first match. */
function bestLocation(data: PagefindFragment): number | undefined {
	const weighted = data.weighted_locations ?? [];
	if (weighted.length > 0) return weighted.reduce((best, w) => (w.balanced_score > best.balanced_score ? w : best)).location;
	return data.locations?.[0];
}

/** The link and title of a result: `/rules/#r16`, `Glossary › Central file share`. */
export function resultLink(data: PagefindFragment): ResultLink {
	const page = data.meta.title ?? data.url;
	const location = bestLocation(data);
	const blocks = (data.anchors ?? []).filter((a) => entryElements.has(a.element) && a.id);
	// Headings mark sections to the next heading; without headings (the rules list) each
	// block runs to the next one.
	const headings = blocks.filter((a) => isHeading(a.element));
	let entry: (typeof blocks)[number] | undefined;
	for (const anchor of headings.length > 0 ? headings : blocks) {
		if (location !== undefined && anchor.location <= location && (!entry || anchor.location > entry.location)) entry = anchor;
	}
	if (!entry) return { href: data.url, title: page };
	// Of several anchors that start at the same word, the outermost is the entry: a glossary
	// term's section rather than its heading.
	const target = blocks.find((a) => a.location === entry.location) ?? entry;
	const heading = isHeading(entry.element) ? entry : undefined;
	const label = heading?.text?.trim();
	const base = data.url.replace(/#.*$/, '');
	return { href: `${base}#${encodeURIComponent(target.id)}`, title: label && label !== page ? `${page} › ${label}` : page };
}
