import { expect, lessonRoutes, test } from './fixtures';

test('reaching the end of a lesson ticks it, and the home page offers the next one', async ({ page }) => {
	const [first, second] = lessonRoutes();
	await page.goto(first!);
	const outlineLink = page.getByRole('navigation', { name: 'Course', exact: true }).locator(`a[href="${first}"]`);
	await expect(outlineLink).not.toHaveAttribute('data-read');

	await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
	await expect(outlineLink).toHaveAttribute('data-read', '');
	await expect(outlineLink).toContainText('(done)');
	await expect(page.getByRole('button', { name: /Done — mark as not done/ })).toHaveAttribute('aria-pressed', 'true');

	await page.reload();
	await expect(outlineLink).toHaveAttribute('data-read', '');

	await page.goto('/');
	const card = page.getByRole('region', { name: 'Continue where you left off' });
	await expect(card).toBeVisible();
	await expect(card.getByRole('link')).toHaveAttribute('href', second!);
	await expect(card).toContainText(`1 of ${lessonRoutes().length} lessons done`);
	await expect(page.getByRole('navigation', { name: 'Curriculum' }).locator(`a[href="${first}"]`)).toHaveAttribute('data-read', '');
});

test('a reader can take the tick back', async ({ page }) => {
	const [first] = lessonRoutes();
	await page.goto(first!);
	await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
	const toggle = page.locator('[data-progress-toggle]');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await page.goto('/lessons/');
	await expect(page.locator(`main a[href="${first}"]`)).not.toHaveAttribute('data-read');
});

test('the home page continues with the lesson opened last while it is unfinished', async ({ page }) => {
	const [, second] = lessonRoutes();
	await page.goto(second!);
	await page.goto('/');
	await expect(page.locator('[data-continue-link]')).toHaveAttribute('href', second!);
});

test('progress that cannot be read is ignored, not fatal', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('lbacademy.progress', '{"v":1,"read":'));
	await page.goto('/');
	await expect(page.locator('[data-continue]')).toBeHidden();
	await page.goto(lessonRoutes()[0]!);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('[data-progress-toggle]')).toHaveAttribute('aria-pressed', 'false');
});
