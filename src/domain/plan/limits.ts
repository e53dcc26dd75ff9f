/**
 * The documented limits on plan input, checked before any work is done on it: a file or a
 * share link past one of them is refused with a message naming the limit, instead of
 * freezing a page or overflowing the stack. A real plan is a few KB with a nesting depth
 * of about 5, so every limit is far above what a design needs.
 */
export const planLimits = {
	/** Largest plan file, in bytes (also the largest plan text the parser takes). */
	fileBytes: 1_000_000,
	/** Longest share-link fragment, in characters (a 60-server plan links in under 10 000). */
	linkChars: 64_000,
	/** Largest plan a share link may inflate to, in bytes; inflating stops past it. */
	inflatedBytes: 1_000_000,
	/** Deepest nesting of objects and arrays; the document itself is level 1. */
	depth: 64,
	/** Most servers in a plan. */
	servers: 200,
} as const;
