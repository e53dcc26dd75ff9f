import { axeViolations, expect, test } from './fixtures';
import { canvasBox, centreOf, openPlanner, status } from './builder-helpers';

async function openPreset(page: import('@playwright/test').Page, title: string): Promise<void> {
	await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: title });
	await page.getByRole('button', { name: 'Open preset' }).click();
	await expect(status(page)).toContainText('Opened the preset');
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme, viewport: { width: 1440, height: 1000 } });

		test('axe: an empty new design, then a part selected with its settings and a file open', async ({ page }) => {
			await openPlanner(page);
			await page.getByRole('button', { name: 'New design' }).click();
			await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);

			await openPreset(page, 'To repair: Umbraco 8.6.2 on Azure without MainDom settings or a machine key');
			await centreOf(canvasBox(page, 'Public app'));
			await canvasBox(page, 'Public app').click();
			await page.locator('.props-col summary', { hasText: /^Settings$/ }).click();
			await page.getByText('Why, and how to fix it').first().click();
			await page.getByText(/^Infrastructure/).click();
			const files = page.getByRole('region', { name: /Live files/ });
			await files.getByRole('button', { name: /web\.config/ }).first().click();
			await expect(files.locator('code.code .hljs-tag, code.code .hljs-name').first()).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('panels stack, the canvas zooms and pans, and axe finds nothing', async ({ page }) => {
		await openPlanner(page);
		await openPreset(page, 'Umbraco 13 on Azure Web Apps');
		const canvas = page.locator('.canvas-frame');
		const palette = page.locator('.palette-col');
		expect((await palette.boundingBox())!.y).toBeLessThan((await canvas.boundingBox())!.y);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

		const viewport = page.locator('.svelte-flow__viewport');
		const before = await viewport.getAttribute('style');
		await page.getByRole('button', { name: 'Zoom In' }).click();
		await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
		expect(await axeViolations(page)).toEqual([]);
	});
});

test('present mode enlarges the design and print shows the report without the editing tools', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 1000 });
	await openPlanner(page);
	await openPreset(page, 'Umbraco 13 on Azure Web Apps');
	const present = page.getByRole('button', { name: 'Present' });
	await present.click();
	await expect(present).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.palette-col')).toBeHidden();
	const size = await page.locator('.builder').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThan(20);
	await present.click();

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.palette-col')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
	await expect(page.getByRole('region', { name: 'Findings' })).toBeVisible();
	await expect(page.locator('.report')).toBeVisible();
	await expect(page.locator('.report')).toContainText('#plan=1.');
	await expect(page.locator('.report svg[role="img"]')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Checklist' })).toBeVisible();
});
