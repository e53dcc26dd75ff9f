// The built site for the browser benchmarks: a copy of dist/ (so a rebuild cannot change it
// mid-run) served from a small server on 127.0.0.1, gzipping as a real host would.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium, missingChromiumMessage } from './chromium.mjs';
import { projectRoot } from './run.mjs';

/** The build output the benchmarks measure. */
export const dist = join(projectRoot, 'dist');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

/**
 * Copies dist/ into a new temporary directory named `prefix…`; throws (after removing the copy)
 * when `page` (a path inside dist/, e.g. `planner/index.html`) is missing from the copy.
 */
export function copyDist(prefix, page) {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	try {
		cpSync(dist, copy, { recursive: true });
		if (!existsSync(join(copy, page))) throw new Error('dist/ changed while it was copied: run again');
	} catch (error) {
		rmSync(copy, { recursive: true, force: true });
		throw error;
	}
	return copy;
}

/** Removes a copy made by `copyDist`. */
export function removeCopy(copy) {
	if (copy) rmSync(copy, { recursive: true, force: true });
}

/** Serves `root` on a free port of 127.0.0.1; resolves with the server and its origin. */
export function serve(root) {
	const zipped = new Map();
	const server = createServer((req, res) => {
		let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		if (path.endsWith('/')) path += 'index.html';
		const file = join(root, path);
		if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
		let body = readFileSync(file);
		if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && extname(file) !== '.gz') {
			if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
			body = zipped.get(file);
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(200, { ...headers, 'content-length': body.length }).end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
	});
}

/** Stops a server started by `serve` (open keep-alive connections included). */
export function stopServing(served) {
	served?.server.closeAllConnections();
	served?.server.close();
}

/**
 * Runs a browser benchmark against a copy of the built site: checks that `page` is built and
 * Chromium is found (else says so and exits 1), serves the copy, launches Chromium, prints
 * the header line, runs `measure({ browser, origin, copy })`, and always cleans up. A failure is
 * printed and sets exit code 1.
 */
export async function benchBuiltSite(name, page, measure) {
	const executablePath = findChromium();
	const unable = !existsSync(join(dist, page)) ? `No built page in dist/${page}: run npm run build first.` : !executablePath ? missingChromiumMessage : '';
	if (unable) {
		console.error(unable);
		process.exit(1);
	}
	let copy;
	let served;
	let browser;
	try {
		copy = copyDist(`bench-${name}-`, page);
		served = await serve(copy);
		browser = await chromium.launch({ executablePath, args: chromiumArgs });
		console.log(`${name[0].toUpperCase()}${name.slice(1)} benchmark — ${executablePath}, dist/ copy served at ${served.origin}, load ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs\n`);
		await measure({ browser, origin: served.origin, copy });
	} catch (error) {
		console.error(`bench:${name} failed: ${error instanceof Error ? error.stack : error}`);
		process.exitCode = 1;
	} finally {
		await browser?.close();
		stopServing(served);
		removeCopy(copy);
	}
}
