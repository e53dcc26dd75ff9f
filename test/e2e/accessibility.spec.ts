import { createRequire } from 'node:module';
import { builtRoutes, expect, lessonRoutes, test } from './fixtures';
import type { Page } from '@playwright/test';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function violations(page: Page) {
	await page.addScriptTag({ path: axeSource });
	return page.evaluate(async () => {
		// axe is a global once its script is on the page.
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });

		for (const route of builtRoutes()) {
			test(`axe finds no violations on ${route}`, async ({ page }) => {
				await page.goto(route);
				expect(await violations(page)).toEqual([]);
			});
		}

		test('axe finds no violations with a version picked, a tooltip open and a check answered', async ({ page }) => {
			await page.goto(lessonRoutes()[0]!);
			await page.getByLabel('Umbraco version').selectOption('v9-13');
			await page.locator('[data-kc] [data-correct="false"] label').first().click();
			await page.locator('[data-term] a').first().focus();
			expect(await violations(page)).toEqual([]);
		});
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const route of lessonRoutes()) {
		test(`axe finds no violations on ${route} with the menus open`, async ({ page }) => {
			await page.goto(route);
			await page.getByText('Course outline').click();
			await page.getByText('On this page', { exact: true }).click();
			expect(await violations(page)).toEqual([]);
		});
	}
});
