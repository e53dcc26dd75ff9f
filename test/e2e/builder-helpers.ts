/**
 * How the builder tests drive /planner/: by the accessible names the issue fixes
 * ("New design", "Add front-end server", "Umbraco version", …), by mouse or by keyboard.
 */
import type { Locator, Page } from '@playwright/test';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { expect } from './fixtures';

/** Opens the planner on a clean browser profile and waits until the builder has hydrated. */
export async function openPlanner(page: Page, hash = ''): Promise<void> {
	await page.goto(`/planner/${hash}`);
	await expect(page.getByRole('button', { name: 'New design' })).toBeEnabled();
}

/** A window where palette and canvas are both on screen, so mouse drags can reach them. */
export const desktop = { viewport: { width: 1440, height: 1300 } };

export const findings = (page: Page): Locator => page.getByRole('region', { name: 'Findings' });
export const status = (page: Page): Locator => page.locator('.builder > .status');

/** Rule ids of every finding on screen, in order. */
export async function ruleIds(page: Page): Promise<string[]> {
	return findings(page).locator('li .rule').allInnerTexts();
}

/** The design in the address bar, decoded (undefined when the fragment holds none). */
export async function designInUrl(page: Page): Promise<unknown> {
	const match = /#plan=1\.([A-Za-z0-9_-]+)$/.exec(page.url());
	if (!match) return undefined;
	return JSON.parse(inflateRawSync(Buffer.from(match[1]!, 'base64url')).toString('utf8'));
}

/** A `#plan=1.…` fragment for a plan document, the way the site encodes it. */
export function planFragment(plan: unknown): string {
	return `#plan=1.${deflateRawSync(Buffer.from(JSON.stringify(plan)), { level: 9 }).toString('base64url')}`;
}

/** Sets the design's exact version through its field (committed on Enter). */
export async function setVersion(page: Page, version: string): Promise<void> {
	const field = page.getByLabel('Umbraco version', { exact: true });
	if ((await field.inputValue()) === version) return;
	await field.fill(version);
	await field.press('Enter');
	await expect(status(page)).toContainText(`“${version}”`);
}

/** Presses Tab until `target` has focus: proves it is reachable by keyboard alone. */
export async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target.toString()} with Tab`);
}

/** Tabs to a control and presses Enter on it. */
export async function pressByKeyboard(page: Page, target: Locator, key = 'Enter'): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press(key);
}

/** The canvas box of a part, by its visible label. */
export const canvasBox = (page: Page, text: string): Locator => page.locator('.svelte-flow__node', { hasText: text });

/** Drags with the mouse from one element's centre to a point, in small steps like a hand does. */
export async function dragTo(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
	const start = await centreOf(from);
	const box = { x: start.x, y: start.y, width: 0, height: 0 };
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 20, { steps: 4 });
	await page.mouse.move(to.x, to.y, { steps: 12 });
	await page.mouse.up();
}

/** Centre of an element on screen, once it has stopped moving (layouts animate into place). */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
	let last = '';
	for (let i = 0; i < 40; i++) {
		const box = (await locator.boundingBox())!;
		const now = JSON.stringify(box);
		if (now === last) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		last = now;
		await locator.page().waitForTimeout(150);
	}
	throw new Error(`${locator.toString()} did not stop moving`);
}
