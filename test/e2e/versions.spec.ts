import { expect, lessonRoutes, test } from './fixtures';
import type { Page } from '@playwright/test';

const picker = (page: Page) => page.getByLabel('Umbraco version');

/** Version blocks on the page and whether each is shown. */
async function blocks(page: Page) {
	return page.locator('.prose [data-versions]').evaluateAll((els) =>
		els.map((el) => ({ versions: el.getAttribute('data-versions')!.split(' '), shown: el.checkVisibility() }))
	);
}

test('picking a version shows only its blocks, on this page and the next, after a reload', async ({ page }) => {
	const [first, second] = lessonRoutes();
	await page.goto(first!);
	const before = await blocks(page);
	expect(before.length).toBeGreaterThan(2);
	expect(before.every((b) => b.shown)).toBe(true);

	await picker(page).selectOption('v8');
	await expect(page.getByRole('status').filter({ hasText: 'Showing content for Umbraco v8.' })).toBeAttached();
	const afterPick = await blocks(page);
	expect(afterPick.filter((b) => b.shown).every((b) => b.versions.includes('v8'))).toBe(true);
	expect(afterPick.filter((b) => !b.shown).every((b) => !b.versions.includes('v8'))).toBe(true);
	expect(afterPick.some((b) => !b.shown)).toBe(true);

	await page.goto(second!);
	await expect(picker(page)).toHaveValue('v8');
	expect((await blocks(page)).every((b) => b.shown === b.versions.includes('v8'))).toBe(true);

	await page.reload();
	await expect(picker(page)).toHaveValue('v8');
	await expect(page.locator('html')).toHaveAttribute('data-version', 'v8');

	await picker(page).selectOption('');
	expect((await blocks(page)).every((b) => b.shown)).toBe(true);
	await page.goto(first!);
	await expect(picker(page)).toHaveValue('');
});

test('every version block carries a visible label of its versions', async ({ page }) => {
	await page.goto(lessonRoutes()[0]!);
	const labels = await page.locator('.version-block .version-label').allTextContents();
	expect(labels.length).toBeGreaterThan(0);
	for (const label of labels) expect(label).toMatch(/^Applies to v\d/);
});

test('a version the lesson does not cover gets a notice instead of an empty page', async ({ page }) => {
	await page.goto(lessonRoutes()[0]!);
	const covers = (await page.locator('article[data-covers]').getAttribute('data-covers'))!.split(' ');
	const notice = page.locator('[data-version-gap]');
	await picker(page).selectOption(covers[0]!);
	await expect(notice).toBeHidden();
	// Pretend the lesson covers one version only, then pick another.
	await page.locator('article[data-covers]').evaluate((el, only) => el.setAttribute('data-covers', only), covers[0]!);
	const other = ['v7', 'v8', 'v9-13', 'v14-16', 'v17'].find((v) => v !== covers[0])!;
	await picker(page).selectOption(other);
	await expect(notice).toBeVisible();
});

test('a stored value that is not a version is ignored', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('lbacademy.version', '"><img src=x>'));
	await page.goto(lessonRoutes()[0]!);
	await expect(page.locator('html')).not.toHaveAttribute('data-version', /.*/);
	await expect(picker(page)).toHaveValue('');
	expect((await blocks(page)).every((b) => b.shown)).toBe(true);
});

test('printing shows every version block, whatever was picked, and the answers', async ({ page }) => {
	await page.goto(lessonRoutes()[0]!);
	await picker(page).selectOption('v17');
	expect((await blocks(page)).some((b) => !b.shown)).toBe(true);
	await page.emulateMedia({ media: 'print' });
	expect((await blocks(page)).every((b) => b.shown)).toBe(true);
	await expect(page.locator('.kc-explanation').first()).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Course', exact: true })).toBeHidden();
	await expect(page.locator('.site-header')).toBeHidden();
});
