// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { rehypeWrapTables } from './src/lib/rehype-wrap-tables';
import { withPagePolicy } from './src/layouts/content-security-policy';

/**
 * Stylesheets imported as `?inline` text, exactly as Vite wrote them into the bundle: a
 * page inserts them as `<style>` while it runs (the planner canvas adds Svelte Flow's), so
 * their hashes go into every page's policy.
 * @type {Set<string>}
 */
const inlineStylesheets = new Set();

/** @type {import('vite').Plugin} */
const collectInlineStylesheets = {
	name: 'lb-academy:inline-stylesheets',
	// After Vite's own CSS plugins, which turn the import into `export default "<minified css>"`.
	enforce: 'post',
	transform(code, id) {
		if (!/\.css\?(?:[^#]*&)?inline(?:&|$)/.test(id)) return;
		const text = /^export default ("(?:[^"\\]|\\.)*")\s*;?\s*$/s.exec(code);
		if (!text?.[1]) return this.error(`cannot read the inline stylesheet ${id} for the Content-Security-Policy`);
		inlineStylesheets.add(JSON.parse(text[1]));
	},
};

/** Every HTML file under `dir`. @param {string} dir @returns {Promise<string[]>} */
async function htmlFilesUnder(dir) {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes each built page's Content-Security-Policy from its own inline code (see
 * src/layouts/content-security-policy.ts). A page without the policy `<meta>` stops the build.
 * @type {import('astro').AstroIntegration}
 */
const contentSecurityPolicy = {
	name: 'lb-academy:content-security-policy',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const files = await htmlFilesUnder(fileURLToPath(dir));
			for (const file of files) {
				const html = await readFile(file, 'utf8');
				try {
					await writeFile(file, withPagePolicy(html, [...inlineStylesheets]));
				} catch (error) {
					throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
				}
			}
			logger.info(`Content-Security-Policy written into ${files.length} pages`);
		},
	},
};

/**
 * `client:staged` (src/lib/client-staged.ts): load, then hydrate in the next task.
 * @type {import('astro').AstroIntegration}
 */
const stagedHydration = {
	name: 'lb-academy:staged-hydration',
	hooks: {
		'astro:config:setup': ({ addClientDirective }) => {
			addClientDirective({ name: 'staged', entrypoint: fileURLToPath(new URL('./src/lib/client-staged.ts', import.meta.url)) });
		},
	},
};

export default defineConfig({
	// Directory-style URLs (`/lessons/x/`) so links work on any static host. `ignore` lets
	// `astro preview` (npm start) answer `/planner` too instead of its own 404; the page then
	// puts the slash back into the address (src/scripts/trailing-slash.ts).
	trailingSlash: 'ignore',
	build: { format: 'directory' },
	integrations: [mdx(), svelte(), stagedHydration, contentSecurityPolicy],
	vite: {
		plugins: [collectInlineStylesheets],
		build: {
			rollupOptions: {
				output: {
					// The modules the site script shares with page scripts travel as one small chunk
					// rather than one request each.
					manualChunks: (id) => (/\/src\/(lib\/progress|lib\/storage-keys|scripts\/storage|domain\/versions\/families)\.ts$/.test(id) ? 'site-core' : undefined),
				},
			},
		},
	},
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
