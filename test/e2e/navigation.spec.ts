import { builtRoutes, expect, lessonRoutes, test } from './fixtures';

test('a newcomer starts on the home page and walks through the lessons', async ({ page }) => {
	const lessons = lessonRoutes();
	await page.goto('/');
	await page.getByRole('link', { name: /^Start with/ }).click();
	await expect(page).toHaveURL(new RegExp(`${lessons[0]}$`));
	const outline = page.getByRole('navigation', { name: 'Course', exact: true });
	await expect(outline.locator('a[aria-current="page"]')).toHaveAttribute('href', lessons[0]!);

	const first = await page.getByRole('heading', { level: 1 }).textContent();
	await page.getByRole('link', { name: /^Next/ }).click();
	await expect(page).toHaveURL(new RegExp(`${lessons[1]}$`));
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(first!);
	await page.getByRole('link', { name: /^← Previous/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!);
});

test('the lesson index lists every lesson page', async ({ page }) => {
	await page.goto('/lessons/');
	const hrefs = await page.locator('main a[data-lesson-slug]').evaluateAll((links) =>
		links.map((a) => a.getAttribute('href'))
	);
	expect(hrefs.sort()).toEqual(lessonRoutes().sort());
});

for (const route of lessonRoutes()) {
	test(`every table-of-contents link on ${route} has a target`, async ({ page }) => {
		await page.goto(route);
		const missing = await page.locator('[data-toc-link]').evaluateAll((links) =>
			links.map((a) => (a as HTMLAnchorElement).hash.slice(1)).filter((id) => !document.getElementById(decodeURIComponent(id)))
		);
		expect(missing).toEqual([]);
		expect(await page.locator('.lesson-toc [data-toc-link]').count()).toBeGreaterThan(3);
	});

	test(`every citation on ${route} points at a listed source`, async ({ page }) => {
		await page.goto(route);
		const citations = page.locator('sup.cite a');
		expect(await citations.count()).toBeGreaterThan(0);
		const broken = await citations.evaluateAll((links) =>
			links.filter((a) => !document.getElementById((a as HTMLAnchorElement).hash.slice(1))).map((a) => a.textContent)
		);
		expect(broken).toEqual([]);
		await expect(page.locator('#sources-heading')).toBeVisible();
	});
}

test.describe('an unknown address', () => {
	// The browser logs the 404 of the page itself; that one is expected here.
	test.use({ allowedConsoleErrors: [/status of 404/] });

	test('shows the 404 page with a way back', async ({ page }) => {
		const response = await page.goto('/no/such/page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('not on any of our servers');
		await page.getByRole('main').getByRole('link', { name: 'All lessons' }).click();
		await expect(page).toHaveURL(/\/lessons\/$/);
	});
});

test.describe('on a 360 px wide phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const route of builtRoutes()) {
		test(`${route} does not scroll sideways`, async ({ page }) => {
			await page.goto(route);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}

	test('the course outline opens from its menu', async ({ page }) => {
		await page.goto(lessonRoutes()[0]!);
		const menu = page.getByRole('navigation', { name: 'Course (menu)' });
		await expect(menu).toBeHidden();
		await page.getByText('Course outline').click();
		await expect(menu).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Course', exact: true })).toBeHidden();
	});
});
