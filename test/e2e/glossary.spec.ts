import { expect, lessonRoutes, test } from './fixtures';

test('a glossary term opens its tooltip from the keyboard and closes with Escape', async ({ page }) => {
	await page.goto(lessonRoutes()[0]!);
	const term = page.locator('[data-term]').first();
	const link = term.getByRole('link');
	const tip = term.getByRole('tooltip');
	await expect(tip).toBeHidden();

	// Start from the paragraph holding the term and Tab forward, as a keyboard user would.
	await term.locator('xpath=ancestor::p[1]').click({ position: { x: 1, y: 1 } });
	for (let presses = 0; presses < 30 && !(await link.evaluate((a) => a === document.activeElement)); presses++) {
		await page.keyboard.press('Tab');
	}
	await expect(link).toBeFocused();
	await expect(tip).toBeVisible();
	const description = await link.getAttribute('aria-describedby');
	expect(description).toBe(await tip.getAttribute('id'));

	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	await expect(link).toBeFocused();

	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(tip).toBeVisible();
});

test('a tooltip near the right edge of a phone stays on screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(lessonRoutes()[0]!);
	for (const term of (await page.locator('[data-term]').all()).slice(0, 8)) {
		await term.getByRole('link').focus();
		const box = (await term.getByRole('tooltip').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
	}
});

test('every term used in a lesson links to its entry on the glossary page', async ({ page }) => {
	const targets = new Set<string>();
	for (const route of lessonRoutes()) {
		await page.goto(route);
		for (const href of await page.locator('[data-term] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			targets.add(href);
		}
	}
	expect(targets.size).toBeGreaterThan(3);
	await page.goto('/glossary/');
	for (const target of targets) {
		const id = target.split('#')[1]!;
		await expect(page.locator(`[id="${id}"] h2`)).toBeVisible();
	}
});
