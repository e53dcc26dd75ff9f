// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { rehypeWrapTables } from './src/lib/rehype-wrap-tables';

export default defineConfig({
	// Directory-style URLs (`/lessons/x/`) so links work on any static host.
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), svelte()],
	markdown: {
		rehypePlugins: [rehypeWrapTables],
		// Highlighting happens at build time: code blocks cost no JavaScript.
		shikiConfig: {
			// github-dark's comments are too faint for WCAG AA; the default variant is not.
			themes: { light: 'github-light', dark: 'github-dark-default' },
			defaultColor: false,
		},
	},
	// Nothing may leave the origin (DESIGN.md budgets): no prefetch of other hosts, no
	// dev toolbar calling out.
	devToolbar: { enabled: false },
});
