/**
 * Every page works under its Content-Security-Policy: no violation is reported while it
 * loads, hydrates and is used (the planner drawing and editing a design, the simulator
 * playing, search running Pagefind, a lesson's checks, tooltips and copy buttons), and the
 * policy allows nothing from another origin and no inline code but by hash.
 */
import type { Page } from '@playwright/test';
import { openPlanner } from './builder-helpers';
import { builtRoutes, expect, lessonRoutes, test } from './fixtures';

declare global {
	interface Window {
		cspViolations: string[];
	}
}

/** Collects every violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			const source = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
			window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${source}: ${event.sample}`);
		});
	});
}

const violations = (page: Page): Promise<string[]> => page.evaluate(() => window.cspViolations);

/** The page's policy, as written in its `<meta>`. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
	const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
	await expect(metas).toHaveCount(1);
	const content = (await metas.getAttribute('content')) ?? '';
	return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

/**
 * Every island has hydrated: Astro removes `ssr` once a component is running. Islands that
 * wait to be seen are brought into view one by one (a jump to the page's end can pass one in
 * the middle before the page has settled).
 */
async function expectIslandsHydrated(page: Page): Promise<void> {
	for (const island of await page.locator('astro-island[ssr]').all()) {
		await island.scrollIntoViewIfNeeded({ timeout: 2_000 }).catch(() => undefined); // it may hydrate and go meanwhile
	}
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 10_000 });
}

test.beforeEach(async ({ page }) => watchViolations(page));

for (const route of builtRoutes()) {
	test(`${route} loads and hydrates under its Content-Security-Policy`, async ({ page }) => {
		const response = await page.goto(route);
		expect(response?.status()).toBeLessThan(route === '/404.html' ? 500 : 400);
		const policy = await policyOf(page);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		for (const [name, sources] of policy) {
			// Nothing from another origin, no inline code or eval but by hash.
			expect(sources.filter((s) => /^(https?:|\*|'unsafe-inline'|'unsafe-eval'|'strict-dynamic')/.test(s) || s.includes('//')), name).toEqual([]);
		}
		// The inline head script ran: it is the one that marks the page as scripted.
		await expect(page.locator('html')).toHaveClass(/\bjs\b/);
		await expectIslandsHydrated(page);
		expect(await violations(page)).toEqual([]);
	});
}

test('the planner draws, edits and opens its canvas under the policy', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 1200 });
	await openPlanner(page);
	await page.getByRole('button', { name: 'New design' }).click();
	await page.getByRole('button', { name: 'Add front-end server' }).click();
	await page.getByRole('button', { name: 'Add load balancer' }).click();
	await page.getByRole('button', { name: 'Add central file share' }).click();
	// The ELK worker laid the design out; the canvas (Svelte Flow and its stylesheet) is live.
	await expect(page.locator('.canvas-col .svelte-flow__node').first()).toBeVisible();
	await expect(page.getByRole('region', { name: 'Findings' })).toBeVisible();
	await page.getByRole('button', { name: 'Download plan.json' }).click();
	expect(await violations(page)).toEqual([]);
});

test('the planner’s static diagram keeps its own stylesheet under the policy', async ({ page }) => {
	await openPlanner(page);
	await page.getByRole('combobox', { name: 'Preset' }).selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Open preset' }).click();
	await page.reload();
	const diagram = page.locator('.static-diagram svg.lbd');
	await expect(diagram).toBeVisible();
	// The embedded <style> applied: the background rect is filled by it, not left black.
	const fill = await diagram.locator('.lbd-bg').evaluate((rect) => getComputedStyle(rect).fill);
	expect(fill).not.toBe('rgb(0, 0, 0)');
	expect(await violations(page)).toEqual([]);
});

test('the simulator plays under the policy', async ({ page }) => {
	await page.goto('/simulator/');
	await expect(page.locator('.simulator[data-ready="true"]')).toBeVisible();
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await expect.poll(async () => Number(await page.getByRole('slider', { name: 'Time' }).inputValue())).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	expect(await violations(page)).toEqual([]);
});

test('search runs Pagefind under the policy', async ({ page }) => {
	await page.goto('/search/?q=replication');
	await expect(page.locator('[data-search-results] li').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('a lesson’s checks, tooltips, copy buttons and version switch work under the policy', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(lessonRoutes()[0]!);
	await page.getByLabel('Umbraco version').selectOption('v9-13');
	await page.locator('[data-kc] [data-correct="true"] label').first().click();
	await expect(page.locator('[data-kc] .kc-explanation').first()).toBeVisible();
	await page.locator('[data-term] a').first().focus();
	await expect(page.locator('[data-term] [role="tooltip"]').first()).toBeVisible();
	const copy = page.getByRole('button', { name: 'Copy' }).first();
	if ((await copy.count()) > 0) await copy.click();
	expect(await violations(page)).toEqual([]);
});
