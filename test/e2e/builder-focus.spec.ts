/**
 * Focus as a keyboard user needs it in the builder: a part chosen from "The design as a list"
 * is selected at the first press, and focus never drops to the page's start when the control
 * that held it goes away (a removed server, Undo with nothing left to undo).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { desktop, openPlanner, status, tabTo } from './builder-helpers';

test.use(desktop);

async function openPreset(page: Page, title: string): Promise<void> {
	await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: title });
	await page.getByRole('button', { name: 'Open preset' }).click();
	await expect(status(page)).toContainText('Opened the preset');
}

const designList = (page: Page) => page.getByRole('list', { name: 'The design as a list' });
const focusedTag = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? 'body' : `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim().slice(0, 40)}`));

test('a part of the design list is selected at the first Enter after a preset opens', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, 'Umbraco 13 on Azure Web Apps');
	const item = designList(page).getByRole('button', { name: /^Public app/ });
	await tabTo(page, item);
	await page.keyboard.press('Enter');
	await expect(item).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: 'Remove Public app' })).toBeVisible();
	// It stays selected once the canvas has caught up.
	await page.waitForTimeout(500);
	await expect(item).toHaveAttribute('aria-pressed', 'true');
});

test('removing the focused server or undoing to the start keeps focus in the builder', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, 'Umbraco 13: dedicated backoffice and three front-ends on a central share');
	const web1 = designList(page).getByRole('button', { name: /^Web 1/ });
	await tabTo(page, web1);
	await page.keyboard.press('Enter');
	await expect(web1).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Delete');
	await expect(web1).toHaveCount(0);
	// Focus moves to the item now in its place.
	await expect.poll(() => focusedTag(page)).toMatch(/^BUTTON Web 2/);

	const web2 = designList(page).getByRole('button', { name: /^Web 2/ });
	await page.keyboard.press('Enter');
	await expect(web2).toHaveAttribute('aria-pressed', 'true');
	const remove = page.getByRole('button', { name: 'Remove Web 2' });
	await tabTo(page, remove);
	await page.keyboard.press('Enter');
	await expect(remove).toHaveCount(0);
	await expect.poll(() => focusedTag(page)).not.toBe('body');

	const undo = page.getByRole('button', { name: 'Undo', exact: true });
	await tabTo(page, undo);
	while (await undo.isEnabled()) await page.keyboard.press('Enter');
	await expect.poll(() => focusedTag(page)).toBe('BUTTON Redo');
});

test('a fix keeps focus among the fixes, and Ctrl+D takes focus to the copy', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, 'To repair: Umbraco 13 farm left to election, temp files on the central share');
	const fixes = page.getByRole('region', { name: 'Findings' }).locator('button.fix');
	const before = await fixes.count();
	expect(before).toBeGreaterThan(1);
	await tabTo(page, fixes.first());
	await page.keyboard.press('Enter');
	await expect.poll(() => fixes.count()).toBeLessThan(before);
	// Focus lands on the fix now in the first one's place, on screen.
	await expect(fixes.first()).toBeFocused();
	await expect(fixes.first()).toBeInViewport();

	const web1 = designList(page).getByRole('button', { name: /^Web 1/ });
	await tabTo(page, web1);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Control+d');
	await expect(status(page)).toContainText('Duplicated as ');
	const copy = /Duplicated as (.+?)\./.exec(await status(page).innerText())![1]!;
	expect(copy).not.toBe('Web 1');
	await expect.poll(() => focusedTag(page)).toMatch(new RegExp(`^BUTTON ${copy},`));
	await expect(designList(page).getByRole('button', { name: new RegExp(`^${copy},`) })).toHaveAttribute('aria-pressed', 'true');
});

test('tabbing on past the diagram is not pulled back when the canvas is ready', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, 'Umbraco 13 on Azure Web Apps');
	// A slow network: the live canvas arrives well after the keyboard user has moved on.
	await page.route(/\/_astro\/Canvas\.[\w-]+\.js$/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 2500));
		await route.continue();
	});
	await page.reload();
	await expect(page.getByRole('button', { name: 'New design' })).toBeEnabled();
	const item = designList(page).getByRole('button', { name: /^Public app/ });
	// Tab through the page: this passes the static diagram, which turns into the live canvas.
	await tabTo(page, item);
	await expect(page.locator('.canvas-col .svelte-flow__node').first()).toBeAttached({ timeout: 10_000 });
	await page.waitForTimeout(500);
	await expect(item).toBeFocused();
});

test('a changed choice is announced as the form showed it', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, 'Umbraco 13 on Azure Web Apps');
	const item = designList(page).getByRole('button', { name: /^Public app/ });
	await tabTo(page, item);
	await page.keyboard.press('Enter');
	await page.getByRole('region', { name: 'Properties' }).getByRole('combobox', { name: 'Role' }).selectOption('elected');
	await expect(status(page)).toContainText('Set role of Public app to “Elected automatically”');
});
