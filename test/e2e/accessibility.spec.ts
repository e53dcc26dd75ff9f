import { axeViolations, builtRoutes, expect, lessonRoutes, test } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });

		for (const route of builtRoutes()) {
			test(`axe finds no violations on ${route}`, async ({ page }) => {
				await page.goto(route);
				expect(await axeViolations(page)).toEqual([]);
			});
		}

		test('axe finds no violations with a version picked, a tooltip open and a check answered', async ({ page }) => {
			await page.goto(lessonRoutes()[0]!);
			await page.getByLabel('Umbraco version').selectOption('v9-13');
			await page.locator('[data-kc] [data-correct="false"] label').first().click();
			await page.locator('[data-term] a').first().focus();
			expect(await axeViolations(page)).toEqual([]);
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
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
