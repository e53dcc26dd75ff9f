// `npm run budget`: builds the site (skip with --no-build), then prints per route what a
// first visit downloads — HTML, CSS and JavaScript, raw and gzip — and checks the budgets
// of DESIGN.md. Exits 1 when a budget is broken.
//
// JavaScript is counted in two kinds:
// - site script: the one small enhancement script every page shares (version memory,
//   progress ticks, tooltips) plus the inline head snippet; pages work without it;
// - island JS: Svelte islands (astro-island component and renderer and all they import).
//
// Only static imports count as first load. For /planner/ a second table lists what loads
// later, on use: chunks reached only through dynamic `import()` from its islands, and files
// they name by URL (the ELK worker behind `?url`, workers, preload lists). Every HTML, CSS
// and JS file under dist/ is also checked for requests to another origin.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, projectRoot } from './run.mjs';
import { htmlFiles, routeOf } from './routes.mjs';

const dist = join(projectRoot, 'dist');
const kb = 1024;
const budgets = {
	/** Gzip bytes of island JS on a lesson page without an island. */
	lessonWithoutIsland: 0,
	/** Gzip bytes of all JS on a lesson page with a simulator island. */
	lessonWithIsland: 60 * kb,
	/** Gzip bytes of JS (site script and island) on a simulator page: the same as a lesson with one. */
	simulator: 60 * kb,
	/** Gzip bytes of the planner's first load. */
	planner: 160 * kb,
	/** Gzip bytes of the shared site script. */
	siteScript: 4 * kb,
};

if (!process.argv.includes('--no-build')) {
	const code = await build();
	if (code !== 0) process.exit(code);
}
if (!existsSync(join(dist, 'index.html'))) {
	console.error('No built site in dist/: run without --no-build.');
	process.exit(1);
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const size = (text) => ({ raw: Buffer.byteLength(text), gz: gzip(text) });
const add = (a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const zero = { raw: 0, gz: 0 };

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const isExternal = (url) => /^(https?:)?\/\//i.test(url);

/**
 * A JS file and every file it imports statically, each once: what a first load fetches.
 * Dynamic `import()` chunks (ELK, search) load later, on use, and are not counted.
 */
function jsGraph(url, seen = new Set()) {
	if (seen.has(url)) return seen;
	seen.add(url);
	const code = readFileSync(join(dist, url), 'utf8');
	for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
		jsGraph('/' + relative(dist, join(dist, dirname(url), m[1])).split(sep).join('/'), seen);
	}
	return seen;
}

const isFile = (url) => existsSync(join(dist, url)) && statSync(join(dist, url)).isFile();

/**
 * The dist URL a reference in `from` names, or undefined if no such file is built: `./x.js`
 * is relative to `from`, `/_astro/x.js` to the site root, and Vite's preload lists
 * (`"_astro/x.js"`) are relative to the base, so bare paths try the root first.
 */
function resolveRef(from, ref) {
	const candidates = ref.startsWith('/') ? [ref] : /^\.{1,2}\//.test(ref) ? [posix.join(posix.dirname(from), ref)] : ['/' + ref, posix.join(posix.dirname(from), ref)];
	return candidates.map((c) => posix.normalize(c)).find(isFile);
}

/**
 * What a page can fetch after its first load, each file once with how it is reached:
 * `import()` for chunks reached through dynamic imports from `entries` or the files they
 * import statically (and the chunks those import statically), `url` for files named by URL
 * (`?url` assets such as the ELK worker, `new Worker(new URL(…))`, Vite's preload lists).
 * Files in `firstLoad` (scripts and stylesheets of the first load) are left out.
 */
function laterFiles(entries, firstLoad) {
	const later = new Map();
	const queue = [...new Set(entries.flatMap((url) => [...jsGraph(url)]))];
	const add = (url, how) => {
		if (firstLoad.has(url) || later.has(url)) return;
		later.set(url, how);
		queue.push(url);
	};
	while (queue.length > 0) {
		const from = queue.shift();
		if (!/\.m?js$/.test(from)) continue;
		const code = readFileSync(join(dist, from), 'utf8');
		for (const m of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)) {
			const url = resolveRef(from, m[1]);
			if (url) jsGraph(url).forEach((u) => add(u, 'import()'));
		}
		for (const m of code.matchAll(/["'`]((?:\.{1,2}\/|\/)?[\w@.~/-]+\.(?:m?js|css|wasm))["'`]/g)) {
			const url = resolveRef(from, m[1]);
			if (url) add(url, 'url');
		}
	}
	return later;
}

const requestToOtherOrigin = {
	js: [/\b(?:import\s*\(|from|importScripts\s*\(|(?:Shared)?Worker\s*\(|fetch\s*\(|sendBeacon\s*\()\s*["'`]((?:https?:)?\/\/[^"'`]+)/g],
	css: [/@import\s+["']((?:https?:)?\/\/[^"']+)/g, /url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/g],
};

function filesUnder(dir) {
	return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/**
 * Requests to another origin made by a built CSS or JS file (imports, workers, fetch,
 * `url()`), or by an HTML file's inline styles; the pages' own tags are checked in `measure`.
 */
function externalRequests() {
	return filesUnder(dist).flatMap((file) => {
		const kind = /\.m?js$/.test(file) ? 'js' : file.endsWith('.css') ? 'css' : file.endsWith('.html') ? 'html' : undefined;
		if (!kind) return [];
		const text = readFileSync(file, 'utf8');
		const styles = kind === 'html' ? [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>|\sstyle="([^"]*)"/g)].map((m) => m[1] ?? m[2]).join('\n') : text;
		return requestToOtherOrigin[kind === 'js' ? 'js' : 'css'].flatMap((pattern) => [...styles.matchAll(pattern)].map((m) => `/${relative(dist, file).split(sep).join('/')}: requests ${m[1]} from another origin`));
	});
}

const sumFiles = (urls) => [...urls].reduce((total, url) => add(total, size(readFileSync(join(dist, url), 'utf8'))), zero);

function measure(file) {
	const html = readFileSync(file, 'utf8');
	const route = routeOf(dist, file);
	const external = [];
	const siteJs = new Set();
	const islandJs = new Set();
	const stylesheets = new Set();
	let inlineJs = zero;
	let inlineIslandJs = zero;
	let css = zero;

	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const [, attrs, body] = m;
		const src = attr(m[0], 'src');
		if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
		if (src) (isExternal(src) ? external.push(src) : jsGraph(src).forEach((u) => siteJs.add(u)));
		// Astro's island bootstrap is inline; it belongs to the islands, not the site script.
		else if (/astro-island|astro:(load|visible|idle)/.test(body)) inlineIslandJs = add(inlineIslandJs, size(body));
		else inlineJs = add(inlineJs, size(body));
	}
	const islandEntries = [];
	for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
		for (const name of ['component-url', 'renderer-url']) {
			const url = attr(m[0], name);
			if (!url) continue;
			islandEntries.push(url);
			jsGraph(url).forEach((u) => islandJs.add(u));
		}
	}
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const href = attr(m[0], 'href') ?? '';
		const rel = attr(m[0], 'rel') ?? '';
		if (isExternal(href)) external.push(href);
		else if (rel === 'stylesheet') {
			css = add(css, size(readFileSync(join(dist, href), 'utf8')));
			stylesheets.add(href);
		} else if (rel === 'modulepreload') jsGraph(href).forEach((u) => islandJs.add(u));
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, size(m[1]));
	for (const m of html.matchAll(/<(?:img|iframe|source|video|audio)\b[^>]*\ssrc="([^"]+)"/g)) if (isExternal(m[1])) external.push(m[1]);

	for (const url of islandJs) siteJs.delete(url);
	const site = add(sumFiles(siteJs), inlineJs);
	const island = add(sumFiles(islandJs), inlineIslandJs);
	const page = size(html);
	return {
		route,
		hasIsland: islandJs.size > 0 || inlineIslandJs.raw > 0,
		html: page,
		css,
		site,
		island,
		total: add(add(page, css), add(site, island)),
		external,
		islandEntries,
		firstLoad: new Set([...siteJs, ...islandJs, ...stylesheets]),
	};
}

const rows = htmlFiles(dist).map(measure).sort((a, b) => a.route.localeCompare(b.route));
const failures = [];
for (const row of rows) {
	const isLesson = /^\/lessons\/[^/]+\/$/.test(row.route);
	if (isLesson && !row.hasIsland && row.island.gz > budgets.lessonWithoutIsland) {
		failures.push(`${row.route}: a lesson without an island ships ${row.island.gz} B of island JS`);
	}
	if (isLesson && row.hasIsland && row.site.gz + row.island.gz > budgets.lessonWithIsland) {
		failures.push(`${row.route}: ${row.site.gz + row.island.gz} B gzip of JS, budget ${budgets.lessonWithIsland} B`);
	}
	if (row.route.startsWith('/simulator/') && row.site.gz + row.island.gz > budgets.simulator) {
		failures.push(`${row.route}: ${row.site.gz + row.island.gz} B gzip of JS, budget ${budgets.simulator} B`);
	}
	if (row.route === '/planner/' && row.total.gz > budgets.planner) {
		failures.push(`${row.route}: first load ${row.total.gz} B gzip, budget ${budgets.planner} B`);
	}
	if (row.site.gz > budgets.siteScript) {
		failures.push(`${row.route}: site script ${row.site.gz} B gzip, budget ${budgets.siteScript} B`);
	}
	for (const url of row.external) failures.push(`${row.route}: loads ${url} from another origin`);
}
failures.push(...externalRequests());

const fmt = ({ raw, gz }) => `${(raw / kb).toFixed(1).padStart(6)} / ${(gz / kb).toFixed(1).padStart(5)}`;
const header = ['route'.padEnd(44), 'HTML raw/gz KB', ' CSS raw/gz KB', 'site JS raw/gz', 'island JS raw/gz', 'total gz KB'];
console.log(header.join('  '));
for (const r of rows) {
	console.log(
		[r.route.padEnd(44), fmt(r.html).padEnd(14), fmt(r.css).padEnd(14), fmt(r.site).padEnd(14), fmt(r.island).padEnd(16), (r.total.gz / kb).toFixed(1).padStart(11)].join('  ')
	);
}

const planner = rows.find((r) => r.route === '/planner/');
if (planner) {
	const later = [...laterFiles(planner.islandEntries, planner.firstLoad)].map(([url, how]) => ({ url, how, ...size(readFileSync(join(dist, url))) }));
	console.log(`\nLoads later on /planner/ (on use, not in its first load of ${(planner.total.gz / kb).toFixed(1)} KB gzip):`);
	console.log(['file'.padEnd(52), 'how'.padEnd(9), 'raw/gz KB'.padStart(16)].join('  '));
	for (const f of later) console.log([f.url.padEnd(52), f.how.padEnd(9), fmt(f).padStart(16)].join('  '));
	if (later.length === 0) console.log('(nothing)');
	else console.log(['total'.padEnd(52), ''.padEnd(9), fmt(later.reduce(add, zero)).padStart(16)].join('  '));
}

console.log(
	`\nBudgets: lesson without island ${budgets.lessonWithoutIsland} B island JS · lesson with island ≤ ${budgets.lessonWithIsland / kb} KB JS gzip · simulator pages ≤ ${budgets.simulator / kb} KB JS gzip · planner ≤ ${budgets.planner / kb} KB first load · site script ≤ ${budgets.siteScript / kb} KB gzip · no other origins`
);
if (failures.length > 0) {
	console.error(`\n${failures.length} budget${failures.length === 1 ? '' : 's'} broken:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log('All budgets met.');
