import { expect, test } from './fixtures';
import { canvasBox, centreOf, designInUrl, desktop, dragTo, findings, openPlanner, ruleIds, setVersion, status } from './builder-helpers';

test.use(desktop);

type Doc = { servers: { id: string; role?: string; behindLoadBalancer?: boolean }[]; [key: string]: unknown };

test('a workshop draws a v13 farm by mouse, fixes it, changes versions, undoes and redoes everything, and reloads', async ({ page, browser }) => {
	await openPlanner(page);
	await page.getByRole('button', { name: 'New design' }).click();
	await setVersion(page, '13.5.2');
	await page.getByRole('button', { name: 'Add backoffice server' }).click();
	await page.getByRole('button', { name: 'Add front-end server' }).click();

	// The second front-end is dragged from the palette into the load balancer's group.
	const group = page.locator('.svelte-flow__node-group');
	await expect(group).toBeVisible();
	await dragTo(page, page.getByRole('button', { name: 'Add front-end server' }), await centreOf(group));
	await expect(status(page)).toContainText('Added front-end server Web 2');
	await page.getByRole('button', { name: 'Add front-end server' }).click();
	await page.getByRole('button', { name: 'Add load balancer' }).click();
	await page.getByRole('button', { name: 'Add central file share' }).click();

	// Once nothing required is missing, the address bar carries the design as written.
	await expect.poll(() => designInUrl(page)).toMatchObject({
		umbraco: '13.5.2',
		servers: [{ id: 'admin', kind: 'backoffice' }, { id: 'web-1' }, { id: 'web-2' }, { id: 'web-3' }],
		loadBalancer: { publicHost: 'www.example.com' },
		files: { strategy: 'central-share' },
	});
	await expect(page.getByLabel('File storage', { exact: true })).toHaveValue('central-share');
	const doc = (await designInUrl(page)) as Doc;
	expect(doc.servers.every((s) => s.role === undefined && s.behindLoadBalancer === undefined)).toBe(true);

	// Every server is left to the election: the rules say so, with a badge on each box, and offer the fix.
	await expect.poll(() => ruleIds(page)).toContain('R15');
	await expect(canvasBox(page, 'Web 1')).toHaveAttribute('aria-label', /warning/);
	await findings(page).getByRole('button', { name: 'Pin Admin as SchedulingPublisher and the others as Subscriber' }).click();
	await expect.poll(() => ruleIds(page)).not.toContain('R15');
	expect(((await designInUrl(page)) as Doc).servers.map((s) => s.role)).toEqual(['publisher', 'subscriber', 'subscriber', 'subscriber']);
	await expect(canvasBox(page, 'Admin')).toContainText('SchedulingPublisher');

	// The same design on Umbraco 8: official role names and web.config files follow.
	await setVersion(page, '8.18.8');
	await expect(canvasBox(page, 'Admin')).toContainText('Master');
	await expect(canvasBox(page, 'Web 1')).toContainText('Replica');
	await expect(page.getByRole('region', { name: /Live files/ })).toContainText('web.config');
	await canvasBox(page, 'Admin').click();
	await expect(page.getByLabel('Role', { exact: true })).toContainText('Master (pinned)');

	await setVersion(page, '17.8.1');
	await expect(canvasBox(page, 'Web 1')).toContainText('Subscriber');
	await expect(page.getByRole('region', { name: /Live files/ })).not.toContainText('web.config');
	const finished = page.url();

	// Undo everything back to the empty design, then redo it all.
	const undo = page.getByRole('button', { name: 'Undo' });
	let steps = 0;
	while (await undo.isEnabled()) {
		await undo.click();
		steps += 1;
	}
	expect(steps).toBeGreaterThanOrEqual(9);
	await expect(page.locator('.svelte-flow__node', { hasText: 'Admin' })).toHaveCount(0);
	expect(page.url()).not.toContain('#plan=');
	const redo = page.getByRole('button', { name: 'Redo' });
	for (let i = 0; i < steps; i++) await redo.click();
	await expect(redo).toBeDisabled();
	expect(page.url()).toBe(finished);

	// A reload restores the design and says so.
	await page.reload();
	await expect(page.getByText(/Restored your design|Opened the design from the link/)).toBeVisible();
	// Until someone works with it, the canvas is the static diagram; pointing at it makes it editable.
	await expect(page.locator('.static-diagram')).toContainText('Web 3');
	await page.locator('.static-diagram').hover();
	await expect(canvasBox(page, 'Web 3')).toBeVisible();
	expect(page.url()).toBe(finished);

	// The link opens exactly the same design in a browser that has never seen it.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(finished);
	await expect(other.getByLabel('Umbraco version', { exact: true })).toHaveValue('17.8.1');
	expect(await designInUrl(other)).toEqual(await designInUrl(page));
	await fresh.close();
});

test('dragging a server out of the load balancer’s group and back changes behindLoadBalancer', async ({ page }) => {
	await openPlanner(page);
	await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'Umbraco 13: dedicated backoffice and three front-ends on a central share' });
	await page.getByRole('button', { name: 'Open preset' }).click();
	const web = canvasBox(page, 'Web 1');
	await expect(web).toBeVisible();
	const group = page.locator('.svelte-flow__node-group');
	const centre = await centreOf(group);
	const box = (await group.boundingBox())!;
	await dragTo(page, web, { x: centre.x, y: box.y + box.height + 140 });
	await expect(status(page)).toContainText('Moved Web 1 out of the load balancer');
	const moved = (await designInUrl(page)) as Doc;
	expect(moved.servers.find((s) => s.id === 'web-1')?.behindLoadBalancer).toBe(false);

	await dragTo(page, canvasBox(page, 'Web 1'), await centreOf(page.locator('.svelte-flow__node-group')));
	await expect(status(page)).toContainText('Moved Web 1 behind the load balancer');
	const back = (await designInUrl(page)) as Doc;
	expect(back.servers.find((s) => s.id === 'web-1')?.behindLoadBalancer).toBeUndefined();
});

test('parts can be selected together, duplicated and deleted, and the selection shows its properties', async ({ page }) => {
	await openPlanner(page);
	await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'Umbraco 13: dedicated backoffice and three front-ends on a central share' });
	await page.getByRole('button', { name: 'Open preset' }).click();
	// Click once the boxes have settled where ELK put them (they glide there from the quick layout).
	await centreOf(canvasBox(page, 'Web 2'));
	await canvasBox(page, 'Web 1').click();
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Web 1');
	await canvasBox(page, 'Web 2').click({ modifiers: ['Shift'] });
	await expect(page.getByText('2 parts selected.')).toBeVisible();
	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(status(page)).toContainText('Duplicated as');
	const before = ((await designInUrl(page)) as Doc).servers.length;
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(status(page)).toContainText('Deleted');
	expect(((await designInUrl(page)) as Doc).servers.length).toBe(before - 2);
	await page.keyboard.press('Control+z');
	await expect(status(page)).toContainText('Undone: deleted');
	expect(((await designInUrl(page)) as Doc).servers.length).toBe(before);
});
