import { expect, test } from './fixtures';
import { designInUrl, findings, openPlanner, pressByKeyboard, ruleIds, status, tabTo } from './builder-helpers';

type Doc = { umbraco: string; servers: { id: string; role?: string; behindLoadBalancer?: boolean }[] };

test('the same farm is built, moved, deleted, undone and fixed with the keyboard only', async ({ page }) => {
	// Real Tab presses through the whole page take a while on a busy machine.
	test.setTimeout(120_000);
	await openPlanner(page);
	await page.locator('body').click({ position: { x: 1, y: 1 } });
	await pressByKeyboard(page, page.getByRole('button', { name: 'New design' }));
	await expect(status(page)).toContainText('Started a new design');

	const version = page.getByLabel('Umbraco version', { exact: true });
	await tabTo(page, version);
	await page.keyboard.press('Control+a');
	await page.keyboard.type('13.5.2');
	await page.keyboard.press('Enter');

	await pressByKeyboard(page, page.getByRole('button', { name: 'Add backoffice server' }));
	for (let i = 0; i < 3; i++) {
		await tabTo(page, page.getByRole('button', { name: 'Add front-end server' }));
		await page.keyboard.press('Enter');
	}
	await pressByKeyboard(page, page.getByRole('button', { name: 'Add load balancer' }));
	// File storage is chosen in the design's own fields: a select moved with the arrow keys.
	await tabTo(page, page.getByLabel('File storage', { exact: true }));
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => designInUrl(page)).toMatchObject({ umbraco: '13.5.2', files: { strategy: 'replication' } });
	await pressByKeyboard(page, page.getByRole('button', { name: 'Add central file share' }));
	await expect.poll(() => designInUrl(page)).toMatchObject({ files: { strategy: 'central-share' } });
	expect(((await designInUrl(page)) as Doc).servers.map((s) => s.id)).toEqual(['admin', 'web-1', 'web-2', 'web-3']);

	// Select Web 1 from the list (the canvas's text alternative) and take it out of the load balancer.
	await pressByKeyboard(page, page.getByRole('button', { name: /^Web 1, / }));
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Web 1');
	await pressByKeyboard(page, page.getByRole('button', { name: 'Take out of the load balancer' }));
	await expect(status(page)).toContainText('Moved Web 1 out of the load balancer');
	expect(((await designInUrl(page)) as Doc).servers[1]?.behindLoadBalancer).toBe(false);

	// Rename it through its form, then delete Web 3 with the Delete key and bring it back with Ctrl+Z.
	await tabTo(page, page.getByLabel('Name', { exact: true }));
	await page.keyboard.press('Control+a');
	await page.keyboard.type('Web one');
	await page.keyboard.press('Enter');
	await expect(status(page)).toContainText('Set name of Web 1 to “Web one”');
	await pressByKeyboard(page, page.getByRole('button', { name: /^Web 3, / }));
	await page.keyboard.press('Delete');
	await expect(status(page)).toContainText('Deleted Web 3');
	expect(((await designInUrl(page)) as Doc).servers).toHaveLength(3);
	await page.keyboard.press('Control+z');
	await expect(status(page)).toContainText('Undone: deleted Web 3');
	expect(((await designInUrl(page)) as Doc).servers).toHaveLength(4);
	await page.keyboard.press('Control+Shift+z');
	await expect(status(page)).toContainText('Redone: deleted Web 3');
	await page.keyboard.press('Control+z');

	// Apply the offered fix from the findings.
	await expect.poll(() => ruleIds(page)).toContain('R15');
	await pressByKeyboard(page, findings(page).getByRole('button', { name: /^Pin Admin as SchedulingPublisher/ }));
	await expect.poll(() => ruleIds(page)).not.toContain('R15');
	expect(((await designInUrl(page)) as Doc).servers.map((s) => s.role)).toEqual(['publisher', 'subscriber', 'subscriber', 'subscriber']);

	// Canvas boxes are reachable by Tab and selected with Enter.
	const box = page.locator('.svelte-flow__node', { hasText: 'Admin' });
	await tabTo(page, box);
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Admin');
	await expect(page.getByLabel('Role', { exact: true })).toHaveValue('publisher');
});

test('the preset picker moves with arrow keys without opening anything until “Open preset”', async ({ page }) => {
	await openPlanner(page);
	const picker = page.getByRole('combobox', { name: 'Preset' });
	await tabTo(page, picker);
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
	await expect(status(page)).not.toContainText('Opened');
	const chosen = await picker.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
	expect(chosen).not.toBe('Choose a preset…');
	await pressByKeyboard(page, page.getByRole('button', { name: 'Open preset' }));
	await expect(status(page)).toContainText(`Opened the preset “${chosen}”`);
	await expect(page.getByLabel('Design name', { exact: true })).not.toHaveValue('New design');
});
