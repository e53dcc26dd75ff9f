// The site's own client directive, for type checks of `.astro` files (src/lib/client-staged.ts).
import 'astro';

declare module 'astro' {
	interface AstroClientDirectives {
		/** Hydrates on load, in a task after the island's code was evaluated. */
		'client:staged'?: boolean;
	}
}
