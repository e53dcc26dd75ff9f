/**
 * Exercises as a learner meets them: set in a lesson, solved in the planner (by keyboard) and
 * in the simulator (by mouse), failed on purpose first, ticked on the home page, and carried to
 * another browser as a progress file. The person's own design is never touched.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { openPlanner, setVersion, tabTo } from './builder-helpers';

const desktop = { viewport: { width: 1440, height: 1200 } };
test.use(desktop);

const exercisePanel = (page: Page) => page.getByRole('region', { name: /^Exercise/ });

/** Moves the time slider and waits until the simulator shows that second (it may still be computing after a fork). */
async function seek(page: Page, second: number): Promise<void> {
	const slider = page.getByRole('slider', { name: 'Time' });
	await expect(async () => {
		await slider.fill(String(second));
		await expect(slider).toHaveValue(String(second), { timeout: 500 });
	}).toPass();
}

test('a planner exercise fails, then is solved by keyboard, and leaves the own design alone', async ({ page }) => {
	// The person's own design, saved earlier in this browser.
	await openPlanner(page);
	await page.getByRole('button', { name: 'New design' }).click();
	const ownDraft = () => page.evaluate(() => JSON.parse(localStorage.getItem('lbacademy.planner') ?? 'null')?.draft);
	await expect.poll(ownDraft).toMatchObject({ name: 'New design' });
	await page.waitForTimeout(400);
	const own = await ownDraft();

	await page.goto('/planner/?exercise=v8-safe-release');
	const panel = exercisePanel(page);
	await expect(panel).toContainText('Pick a v8 release you may load balance');
	await expect(panel).toContainText('Not there yet');
	await expect(panel).toContainText('R12 still applies');
	expect(await axeViolations(page)).toEqual([]);

	// Leaving Umbraco 8 is not the answer.
	await setVersion(page, '13.5.2');
	await expect(panel).toContainText('Stay on Umbraco 8');
	await setVersion(page, '8.18.8');
	await expect(panel).toContainText('Goal reached');
	expect(await axeViolations(page)).toEqual([]);

	expect(await ownDraft()).toEqual(own);
	await openPlanner(page);
	await expect(page.locator('.builder .notice')).toContainText('Restored your design');
	expect(await ownDraft()).toEqual(own);

	await page.goto('/');
	await expect(page.locator('[data-exercise="v8-safe-release"]')).toContainText('✓ solved');
});

test('a simulator exercise: alone is Single, with a second server web1 becomes SchedulingPublisher', async ({ page }) => {
	await page.goto('/simulator/?exercise=take-over-as-scheduler');
	await expect(page.locator('.simulator[data-ready="true"]')).toBeVisible();
	const panel = exercisePanel(page);
	await expect(panel).toContainText('Make web1 the scheduling server');
	await page.getByRole('button', { name: 'Run to end' }).click();
	await expect(panel).toContainText('another server holds the SchedulingPublisher role');

	await seek(page, 100);
	await page.getByRole('button', { name: /^web2/ }).click();
	await page.getByRole('button', { name: 'Stop', exact: true }).click();
	await page.getByRole('button', { name: /^admin/ }).click();
	await page.getByRole('button', { name: 'Stop', exact: true }).click();
	await seek(page, 400);
	await expect(panel).toContainText('web1 runs alone, so it reports Single');
	await page.getByRole('button', { name: /^web2/ }).click();
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await page.getByRole('button', { name: 'Run to end' }).click();
	await expect(panel).toContainText('Goal reached');
	expect(await axeViolations(page)).toEqual([]);

	// The attempt is in the address: a reload keeps it rather than starting over.
	await page.reload();
	await expect(page.locator('.simulator[data-ready="true"]')).toBeVisible();
	await page.getByRole('button', { name: 'Run to end' }).click();
	await expect(exercisePanel(page)).toContainText('Goal reached');
});

test('in a lesson: hints open, the solution asks first, and "Start in the planner" opens the exercise (keyboard only)', async ({ page }) => {
	await page.goto('/lessons/v8-master-replica/');
	const box = page.locator('[data-exercise="v8-safe-release"]');
	await tabTo(page, box.getByText('Hint 1'));
	await page.keyboard.press('Enter');
	await expect(box.locator('details.hint').first()).toHaveAttribute('open', '');
	await tabTo(page, box.getByText('Show solution'));
	await page.keyboard.press('Enter');
	// The first disclosure only asks; the steps stay hidden until the second is opened.
	await expect(box.getByText('Trying first teaches more')).toBeVisible();
	await expect(box.locator('.solution-steps ol')).toBeHidden();
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('Tab');
	await expect(box.getByText('Yes, show the solution')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(box.locator('.solution-steps ol')).toBeVisible();
	await expect(box.locator('.solution-steps')).toContainText('8.6.4');

	await tabTo(page, box.getByRole('link', { name: 'Start in the planner' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/planner\/\?exercise=v8-safe-release/);
	await expect(exercisePanel(page)).toContainText('Not there yet');
});

test('progress travels as a file: export, clear, import; a wrong file changes nothing', async ({ page }) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem('lbacademy.progress', JSON.stringify({ v: 1, read: { 'how-load-balancing-works': '2026-11-01T00:00:00.000Z' }, solved: { 'share-the-keys': '2026-11-02T00:00:00.000Z' } }));
		}
	});
	await page.goto('/');
	const tools = page.getByRole('region', { name: 'Your progress' });
	const download = page.waitForEvent('download');
	await tools.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await download).path();
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	expect(exported).toMatchObject({ format: 'lb-academy-progress', v: 1, solved: { 'share-the-keys': '2026-11-02T00:00:00.000Z' } });

	await page.evaluate(() => localStorage.removeItem('lbacademy.progress'));
	await page.reload();
	await expect(page.locator('[data-exercise="share-the-keys"]')).not.toContainText('solved');

	await tools.getByLabel('Import progress').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
	await expect(tools.getByRole('status')).toContainText('notes.json was not imported');
	await expect(tools.getByRole('status')).toContainText('Your progress is unchanged');

	await tools.getByLabel('Import progress').setInputFiles(file);
	await expect(tools.getByRole('status')).toContainText('1 lessons done and 1 exercises solved');
	await expect(page.locator('[data-exercise="share-the-keys"]')).toContainText('✓ solved');
	await expect(page.getByRole('navigation', { name: 'Curriculum' }).locator('a[href="/lessons/how-load-balancing-works/"]')).toHaveAttribute('data-read', '');
});

test('a cheat sheet lists each server\'s settings and links every rule to where it is taught', async ({ page }) => {
	await page.goto('/cheatsheets/v9-13/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Umbraco 9 to 13');
	await expect(page.getByRole('heading', { name: 'Web 1' })).toBeVisible();
	await expect(page.locator('main')).toContainText('SchedulingPublisher');
	const hrefs = await page.locator('.rules a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(20);
	for (const href of hrefs) expect(href).toMatch(/^\/lessons\/[a-z0-9-]+\/#[a-z0-9-]+$/);
});

test('a shared link (a cheat sheet\'s “open it in the planner”) never loses the design this browser had', async ({ page }) => {
	await openPlanner(page);
	await page.getByRole('button', { name: 'New design' }).click();
	await expect.poll(() => page.evaluate(() => localStorage.getItem('lbacademy.planner'))).toContain('New design');
	await page.goto('/cheatsheets/v14-16/');
	await page.getByRole('link', { name: 'open it in the planner' }).click();
	await expect(page.getByRole('button', { name: 'New design' })).toBeEnabled();
	const notice = page.locator('.builder .notice');
	await expect(notice).toContainText('The design you had (“New design”) is kept');
	await expect.poll(() => page.evaluate(() => localStorage.getItem('lbacademy.planner'))).toContain('Umbraco 16 containers');
	await notice.getByRole('button', { name: 'Bring it back' }).click();
	await expect.poll(() => page.evaluate(() => localStorage.getItem('lbacademy.planner'))).toContain('"name":"New design"');
	await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});
