// `npm test`: type checks, unit tests, build, budgets and browser tests, then one summary
// line of passed and failed counts. Steps that do not need a failed step still run, so one
// run reports everything that is wrong.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, missingChromiumMessage } from './chromium.mjs';
import { bins, build, runNode } from './run.mjs';

if (!findChromium()) {
	console.error(missingChromiumMessage);
	process.exit(1);
}

const reports = mkdtempSync(join(tmpdir(), 'lbacademy-test-'));
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');
const results = [];

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

async function step(name, action, counts = () => undefined) {
	console.log(`\n━━ ${name} ━━`);
	const started = Date.now();
	const code = await action();
	const counted = counts();
	const passed = counted?.passed ?? (code === 0 ? 1 : 0);
	// A runner that crashed before reporting still counts as a failure.
	const failed = code !== 0 && !counted?.failed ? Math.max(1, counted?.failed ?? 0) : (counted?.failed ?? 0);
	results.push({ name, code, passed, failed, seconds: (Date.now() - started) / 1000 });
	return code === 0;
}

await step('astro check', () => runNode(bins.astro, ['check']));
await step('svelte-check', () => runNode(bins.svelteCheck, ['--tsconfig', './test/tsconfig.svelte-check.json', '--fail-on-warnings']));
await step(
	'unit tests (vitest)',
	() => runNode(bins.vitest, ['run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]),
	() => {
		const report = readJson(vitestReport);
		return report && { passed: report.numPassedTests, failed: report.numFailedTests };
	}
);
const built = await step('build', build);
if (built) {
	await step('budgets', () => runNode('test/scripts/budget.mjs', ['--no-build']));
	await step(
		'browser tests (playwright)',
		() => runNode(bins.playwright, ['test', '--config', 'test/e2e/playwright.config.ts'], { PW_JSON_REPORT: playwrightReport }),
		() => {
			const stats = readJson(playwrightReport)?.stats;
			return stats && { passed: stats.expected + stats.flaky, failed: stats.unexpected };
		}
	);
} else {
	results.push({ name: 'budgets and browser tests', code: 1, passed: 0, failed: 1, seconds: 0, skipped: true });
}

console.log('\n━━ summary ━━');
for (const r of results) {
	const mark = r.code === 0 ? '✓' : '✗';
	const detail = r.skipped ? 'not run: the build failed' : `${r.passed} passed, ${r.failed} failed, ${r.seconds.toFixed(1)} s`;
	console.log(`${mark} ${r.name.padEnd(28)} ${detail}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((r) => r.code === 0) ? 0 : 1);
