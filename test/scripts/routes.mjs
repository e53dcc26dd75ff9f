// The pages of the built site, shared by the budget script and the browser tests.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML file under `dist`, skipping the search index and bundled assets.
 * @param {string} dist
 * @returns {string[]}
 */
export function htmlFiles(dist) {
	return readdirSync(dist).flatMap((name) => {
		const path = join(dist, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/**
 * The URL path of a built HTML file: `/`, `/lessons/x/`, `/404.html`.
 * @param {string} dist
 * @param {string} file
 * @returns {string}
 */
export function routeOf(dist, file) {
	return `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}
