import { builtRoutes, expect, lessonRoutes, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript a lesson shows every version block, labelled, and no dead controls', async ({ page }) => {
	await page.goto(lessonRoutes()[0]!);
	const blocks = page.locator('.prose [data-versions]');
	expect(await blocks.count()).toBeGreaterThan(2);
	for (const block of await blocks.all()) await expect(block).toBeVisible();
	await expect(page.locator('.version-block .version-label').first()).toBeVisible();
	await expect(page.getByLabel('Umbraco version')).toBeHidden();
	await expect(page.locator('[data-progress-toggle]')).toBeHidden();
});

test('without JavaScript a knowledge check still marks the answer and explains it', async ({ page }) => {
	await page.goto(lessonRoutes()[0]!);
	const check = page.locator('[data-kc]').first();
	const explanation = check.locator('.kc-explanation');
	await expect(explanation).toBeHidden();
	await check.locator('[data-correct="false"] label').first().click();
	await expect(check.locator('[data-correct="false"] .kc-verdict').first()).toBeVisible();
	await expect(explanation).toBeVisible();
	await check.locator('[data-correct="true"] label').click();
	await expect(check.locator('[data-correct="true"] .kc-verdict')).toHaveText('Correct');
});

test('without JavaScript every page renders its heading and the links work', async ({ page }) => {
	for (const route of builtRoutes()) {
		await page.goto(route);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await page.goto('/');
	await page.getByRole('link', { name: /^Start with/ }).click();
	await page.getByRole('link', { name: /^Next/ }).click();
	await expect(page).toHaveURL(new RegExp(`${lessonRoutes()[1]}$`));
});

test('without JavaScript the search page says how to find things instead', async ({ page }) => {
	await page.goto('/search/');
	await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
});
