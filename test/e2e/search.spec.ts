import { expect, lessonRoutes, test } from './fixtures';

test('search finds a lesson by a word from its body', async ({ page }) => {
	const [first] = lessonRoutes();
	// A word taken from the lesson text itself, so the test follows the content.
	await page.goto(first!);
	const word = await page.locator('.prose p').nth(2).evaluate((p) =>
		p.textContent!.split(/\W+/).filter((w) => w.length >= 7).sort((a, b) => b.length - a.length)[0]!
	);
	await page.goto('/search/');
	await page.getByLabel('Search lessons and glossary').fill(word);
	await expect(page.getByRole('main').getByRole('status')).toContainText(`for “${word}”`);
	await expect(page.locator(`[data-search-results] a[href^="${first}"]`).first()).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`\\?q=${word}`));
});

test('a search link opens with its results', async ({ page }) => {
	await page.goto('/search/?q=replication');
	await expect(page.getByLabel('Search lessons and glossary')).toHaveValue('replication');
	await expect(page.locator('[data-search-results] li').first()).toBeVisible();
	await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
});

test('a word that is nowhere says so', async ({ page }) => {
	await page.goto('/search/?q=zzqxjv');
	await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “zzqxjv”.');
	await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});
