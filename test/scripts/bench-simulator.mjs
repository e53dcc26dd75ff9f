// Benchmark of the visual simulator in a real browser (not a test). Measures against the built
// site, on scenario links (`/simulator/#scenario=1.…`) of Umbraco 13.5.2 running one hour: the
// first server publishes every 60 s, crashes at 1800 s and starts again at 2100 s.
// 1. Seeking in the 5-server run once it is fully recorded ("Run to end", then the slider shows
//    3600 s and nothing is "Computing"): 40 seeks to seeded pseudo-random seconds, each timed in
//    the page from the slider's `input` event to the first animation frame after the slider's
//    aria-valuetext shows the new second; then the same seeks at a 4× CPU slowdown.
// 2. Long tasks while playing (a `longtask` PerformanceObserver installed before the page's own
//    scripts): a fresh page, speed 300 s per second, Play, 8 s of wall time (or to the end), for
//    5 and for 20 servers. Tasks that start before 1 s after load (and after the scenario is on
//    screen) are hydration: reported apart, not held against the budget.
// 3. Time to first frame of the 5-server link on Lighthouse's mobile profile (as bench:planner):
//    navigation start → `.simulator[data-ready="true"]`, median of 3 cold loads.
// Budgets (DESIGN.md): seek ≤ 50 ms, median and max (unthrottled); no task over 50 ms while
// playing. The throttled seeks and the first frame are reported only. Exits 1 over budget, and
// then profiles the measure that failed (CDP Profiler) and names the functions where its time
// goes; `-- --profile` does that for every measure. It does not build: it serves a copy of dist/
// (test/scripts/static-site.mjs), and prints the machine's load, which inflates wall times. Usage:
//   npm run build && npm run bench:simulator
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { benchBuiltSite } from './static-site.mjs';

const budgets = { seek: 50, longTask: 50 };
const alwaysProfile = process.argv.includes('--profile');
// Lighthouse's mobile profile, the same as bench-planner.mjs uses (constants.js, mobileSlow4G).
const mobile = {
	network: { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
	cpuRate: 4,
	screen: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};
const desktop = { viewport: { width: 1440, height: 900 } };
const timeout = 60_000;
const until = 3600;
const seekCount = 40;
const seekSeed = 0x5eed;
const playSpeed = 300;
const playWallMs = 8000;
/** Tasks starting before this long after the later of `load` and the scenario on screen are hydration. */
const hydrationMs = 1000;

/** A scenario file v1: `count` servers starting 5 s apart; the first publishes every minute, crashes at 1800 s and starts at 2100 s. */
function scenario(count) {
	const ids = Array.from({ length: count }, (_, i) => (i === 0 ? 'admin' : `web${i}`));
	const publishes = Array.from({ length: until / 60 - 1 }, (_, i) => ({ at: 60 * (i + 1), server: 'admin', do: 'publish', instructions: 1 }));
	return {
		umbraco: '13.5.2',
		servers: ids.map((id, i) => ({ id, start: 5 * i })),
		events: [...publishes, { at: 1800, server: 'admin', do: 'crash' }, { at: 2100, server: 'admin', do: 'start' }],
		until,
	};
}

// Encoded as src/machines/scenario/scenario-link.ts does (fflate's raw DEFLATE, base64url, no padding).
const scenarioLink = (origin, s) => `${origin}/simulator/#scenario=1.${deflateRawSync(Buffer.from(JSON.stringify(s)), { level: 9 }).toString('base64url')}`;

/** `count` whole seconds in [0, until], none equal to the one before it (mulberry32, fixed seed). */
function seekTargets(count, seed) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const targets = [];
	let previous = until; // the slider is at the end before the first seek
	while (targets.length < count) {
		const target = Math.floor(next() * (until + 1));
		if (target === previous) continue;
		targets.push(target);
		previous = target;
	}
	return targets;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(value > 0 && value < 10 ? 1 : 0)} ms`;
const readySelector = '.simulator[data-ready="true"]';

/** Fails when the page shows an error box (e.g. the scenario link was refused). */
async function expectNoAlert(page) {
	const alerts = page.getByRole('alert');
	if ((await alerts.count()) > 0) throw new Error(`the simulator shows an alert: ${await alerts.first().innerText()}`);
}

/** Opens `url` in a new page of `context` and waits until the simulator shows it; resolves with the page and when it was ready (ms since navigation start). */
async function openSimulator(context, url) {
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'commit' });
	const ready = await page.waitForFunction((selector) => document.querySelector(selector) !== null && performance.now(), readySelector, { polling: 'raf', timeout });
	await expectNoAlert(page);
	return { page, ready: await ready.jsonValue() };
}

/** "Run to end", then waits until the slider shows the end and nothing is computing; the wall time it took. */
async function recordToEnd(page) {
	const started = Date.now();
	await page.getByRole('button', { name: 'Run to end', exact: true }).click();
	const slider = await page.getByRole('slider', { name: 'Time' }).elementHandle();
	await page.waitForFunction(
		([input, end]) => input.value === String(end) && ![...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.includes('Computing')),
		[slider, until],
		{ polling: 'raf', timeout }
	);
	await expectNoAlert(page);
	return Date.now() - started;
}

/**
 * In the page: after two quiet frames, sets the slider to `target` and dispatches `input`; resolves
 * with the ms until the DOM shows that second (`dom`), until the next animation frame after that
 * (`frame`, the budgeted one) and until the task after that frame (`after`, so with its style,
 * layout and paint).
 */
function timeSeek([slider, target]) {
	const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
	return frame()
		.then(frame)
		.then(
			() =>
				new Promise((resolve, reject) => {
					const shows = () => (slider.getAttribute('aria-valuetext') ?? '').includes(`(${target} of `);
					if (shows()) return reject(new Error(`the slider already shows ${target}`));
					let started = 0;
					let dom = 0;
					const observer = new MutationObserver(() => {
						if (dom || !shows()) return;
						dom = performance.now() - started;
						observer.disconnect();
						requestAnimationFrame(() => {
							const painted = performance.now() - started;
							const channel = new MessageChannel();
							channel.port1.onmessage = () => resolve({ dom, frame: painted, after: performance.now() - started });
							channel.port2.postMessage(null);
						});
					});
					observer.observe(slider, { attributes: true, attributeFilter: ['aria-valuetext'] });
					setTimeout(() => dom || (observer.disconnect(), reject(new Error(`the slider did not show ${target} within 10 s`))), 10_000);
					started = performance.now();
					slider.value = String(target);
					slider.dispatchEvent(new Event('input', { bubbles: true }));
				})
		);
}

/** Seeks to each target in turn; the timings of each. */
async function seekAll(page, targets) {
	const slider = await page.getByRole('slider', { name: 'Time' }).elementHandle();
	const times = [];
	for (const target of targets) times.push(await page.evaluate(timeSeek, [slider, target]));
	return times;
}

/** Runs `work` under the CDP sampling profiler; resolves with the profile. */
async function profiled(cdp, work) {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await cdp.send('Profiler.start');
	let profile;
	try {
		await work();
	} finally {
		({ profile } = await cdp.send('Profiler.stop'));
		await cdp.send('Profiler.disable');
	}
	return profile;
}

/**
 * Where a profile's time goes, in its busy stretches (runs of samples that are not idle, roughly
 * one task each) of at least `minMs`: the top functions by self and by total time.
 */
function hotFunctions(profile, minMs, root, top = 8) {
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const excerpts = new Map();
	const name = (frame) => {
		const fn = frame.functionName || '(anonymous)';
		if (!frame.url) return fn;
		const path = new URL(frame.url).pathname;
		const key = `${fn} ${path}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
		if (!excerpts.has(key)) {
			// Minified chunks: a few characters of the code there say more than the name.
			let excerpt = '';
			try {
				const line = readFileSync(join(root, path), 'utf8').split('\n')[frame.lineNumber] ?? '';
				excerpt = line.slice(frame.columnNumber, frame.columnNumber + 70).replace(/\s+/g, ' ');
			} catch {
				// not one of the site's files
			}
			excerpts.set(key, excerpt ? `${key}  «${excerpt}»` : key);
		}
		return excerpts.get(key);
	};
	// Busy stretches: consecutive samples outside (idle).
	const stretches = [];
	let current = null;
	for (let i = 0; i < profile.samples.length; i++) {
		const node = nodes.get(profile.samples[i]);
		const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		if (node.callFrame.functionName === '(idle)') {
			if (current) stretches.push(current);
			current = null;
			continue;
		}
		current ??= { ms: 0, samples: [] };
		current.ms += delta;
		current.samples.push([node, delta]);
	}
	if (current) stretches.push(current);
	const chosen = stretches.filter((s) => s.ms >= minMs);
	const self = new Map();
	const total = new Map();
	let busy = 0;
	for (const stretch of chosen) {
		busy += stretch.ms;
		for (const [node, delta] of stretch.samples) {
			const own = name(node.callFrame);
			self.set(own, (self.get(own) ?? 0) + delta);
			const seen = new Set();
			for (let id = node.id; id !== undefined; id = parent.get(id)) {
				const frame = nodes.get(id).callFrame;
				if (frame.functionName === '(root)') continue;
				const key = name(frame);
				if (seen.has(key)) continue;
				seen.add(key);
				total.set(key, (total.get(key) ?? 0) + delta);
			}
		}
	}
	const list = (map) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([key, value]) => `    ${ms(value).padStart(8)}  ${busy ? ((100 * value) / busy).toFixed(0).padStart(3) : '  0'}%  ${key}`)
			.join('\n');
	return `  ${chosen.length} busy stretch(es) of ≥ ${minMs} ms, ${ms(busy)} in all (longest ${ms(Math.max(0, ...chosen.map((s) => s.ms)))})\n  by self time:\n${list(self)}\n  by total time (the function and what it calls):\n${list(total)}`;
}

/** Seek timings on the fully recorded 5-server run, unthrottled and at 4× CPU; a profile of seeks if asked. */
async function seeks(browser, origin, root, withProfile) {
	const context = await browser.newContext(desktop);
	try {
		const { page } = await openSimulator(context, scenarioLink(origin, scenario(5)));
		const recordMs = await recordToEnd(page);
		const targets = seekTargets(seekCount, seekSeed);
		const plain = await seekAll(page, targets);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const throttled = await seekAll(page, targets);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		const profile = withProfile(plain) ? await profiled(cdp, () => seekAll(page, targets.slice(0, 20))) : null;
		return { recordMs, plain, throttled, hot: profile && hotFunctions(profile, 0, root) };
	} finally {
		await context.close();
	}
}

/** A fresh page of `count` servers playing at 300 s per second for 8 s (or to the end); its long tasks, split at 1 s after load. */
async function playing(browser, origin, root, count, withProfile = false) {
	const context = await browser.newContext(desktop);
	await context.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	try {
		const { page, ready } = await openSimulator(context, scenarioLink(origin, scenario(count)));
		await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0) > 0, null, { timeout });
		const loaded = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
		const hydrated = Math.max(loaded, ready) + hydrationMs;
		await page.waitForFunction((at) => performance.now() >= at, hydrated, { timeout });
		await page.getByRole('group', { name: 'Playback' }).getByLabel('Speed').selectOption(String(playSpeed));
		const cdp = withProfile ? await context.newCDPSession(page) : null;
		const slider = await page.getByRole('slider', { name: 'Time' }).elementHandle();
		const play = async () => {
			const from = Number(await slider.inputValue());
			const started = Date.now();
			await page.getByRole('button', { name: 'Play', exact: true }).click();
			await page.waitForFunction((input) => input.value === input.max, slider, { timeout: playWallMs }).catch(() => {});
			const wall = Date.now() - started;
			const reached = Number(await slider.inputValue());
			const pause = page.getByRole('button', { name: 'Pause', exact: true });
			if ((await pause.count()) > 0) await pause.click();
			return { from, reached, wall };
		};
		let run;
		const profile = cdp ? await profiled(cdp, async () => (run = await play())) : null;
		if (!cdp) run = await play();
		// Long-task entries are delivered after their task: give the observer a moment.
		await page.waitForTimeout(300);
		const tasks = await page.evaluate(() => window.__longTasks);
		const load = tasks.filter((t) => t.start < hydrated);
		const after = tasks.filter((t) => t.start >= hydrated);
		return { count, ready, loaded, run, load, after, hot: profile && hotFunctions(profile, budgets.longTask, root) };
	} finally {
		await context.close();
	}
}

/** Opens the link on the mobile profile, cold; ms from navigation start to data-ready. */
async function firstFrame(browser, url) {
	const context = await browser.newContext(mobile.screen);
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Network.emulateNetworkConditions', mobile.network);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobile.cpuRate });
		await page.goto(url, { waitUntil: 'commit' });
		const ready = await page.waitForFunction((selector) => document.querySelector(selector) !== null && performance.now(), readySelector, { polling: 'raf', timeout });
		await expectNoAlert(page);
		return await ready.jsonValue();
	} finally {
		await context.close();
	}
}

await benchBuiltSite('simulator', join('simulator', 'index.html'), async ({ browser, origin, copy }) => {

	const seekOver = (times) => median(times.map((t) => t.frame)) > budgets.seek || Math.max(...times.map((t) => t.frame)) > budgets.seek;
	const seek = await seeks(browser, origin, copy, (times) => alwaysProfile || seekOver(times));
	const plays = [];
	for (const count of [5, 20]) {
		let run = await playing(browser, origin, copy, count, alwaysProfile);
		// Over budget: play it again under the profiler to say where the long tasks' time goes.
		if (!run.hot && run.after.some((t) => t.duration > budgets.longTask)) run = { ...run, hot: (await playing(browser, origin, copy, count, true)).hot };
		plays.push(run);
	}
	const cold = [];
	for (let i = 0; i < 3; i++) cold.push(await firstFrame(browser, scenarioLink(origin, scenario(5))));
	console.log(`load now ${loadavg()[0].toFixed(1)}\n`);

	const frames = seek.plain.map((t) => t.frame);
	const slow = seek.throttled.map((t) => t.frame);
	const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));
	const rows = [
		[`Seek → next frame, 5 servers × 1 h (median of ${frames.length})`, ms(median(frames)), `≤ ${budgets.seek} ms`, median(frames) <= budgets.seek],
		[`Seek → next frame, 5 servers × 1 h (max of ${frames.length})`, ms(Math.max(...frames)), `≤ ${budgets.seek} ms`, Math.max(...frames) <= budgets.seek],
		['Seek → DOM shows the second (median)', ms(median(seek.plain.map((t) => t.dom))), '—', true],
		['Seek → task after the frame (median, with style/layout/paint)', ms(median(seek.plain.map((t) => t.after))), '—', true],
		['Seek → next frame at 4× CPU slowdown (median)', ms(median(slow)), '—', true],
		['Seek → next frame at 4× CPU slowdown (max)', ms(Math.max(...slow)), '—', true],
		['Run to end → slider at 3600, nothing computing (wall)', ms(seek.recordMs), '—', true],
		...plays.flatMap((p) => [
			[`Playing at ${playSpeed}×, ${p.count} servers: long tasks, longest`, `${p.after.length}, ${ms(longest(p.after))}`, `none > ${budgets.longTask} ms`, longest(p.after) <= budgets.longTask],
			[`Load + first ${hydrationMs} ms, ${p.count} servers: long tasks, longest`, `${p.load.length}, ${ms(longest(p.load))}`, '—', true],
			[`Playing at ${playSpeed}×, ${p.count} servers: reached in ${(p.run.wall / 1000).toFixed(1)} s`, `${p.run.from}→${p.run.reached} s`, '—', true],
		]),
		['5-server link → first frame (mobile, median of 3)', ms(median(cold)), '—', true],
	];
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(`${'Measure'.padEnd(width)}  ${'Result'.padStart(8)}  Budget`);
	for (const [name, value, budget, ok] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(8)}  ${budget}${budget === '—' ? '' : ok ? '  ok' : '  OVER'}`);
	console.log(`\nCold first frames: ${cold.map(ms).join(', ')}`);
	for (const p of plays) {
		const list = (tasks) => tasks.map((t) => `${ms(t.duration)} at ${(t.start / 1000).toFixed(2)} s`).join(', ') || 'none';
		console.log(`${p.count} servers — ready at ${ms(p.ready)}, load event at ${ms(p.loaded)}; long tasks before 1 s after that: ${list(p.load)}; after: ${list(p.after)}`);
	}
	if (seek.hot || plays.some((p) => p.hot)) console.log('\n(program) is the browser\'s own work outside JavaScript: style, layout, paint, DOM internals.');
	if (seek.hot) console.log(`\nWhere seeking's time goes (20 seeks, unthrottled, CDP Profiler):\n${seek.hot}`);
	for (const p of plays) if (p.hot) console.log(`\nWhere the time of tasks ≥ ${budgets.longTask} ms goes while playing ${p.count} servers (CDP Profiler, another run):\n${p.hot}`);
	process.exitCode = rows.every((r) => r[3]) ? 0 : 1;
});
