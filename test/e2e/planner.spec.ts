import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { axeViolations, expect, test } from './fixtures';

test('a preset opens with findings, a laid-out diagram and a checklist, and its link reopens it', async ({ page }) => {
	await page.goto('/planner/');
	await page.getByLabel('or start from a preset').selectOption({ label: 'Umbraco 13 on Azure Web Apps' });
	await expect(page.getByRole('heading', { level: 2, name: 'Umbraco 13 on Azure' })).toBeVisible();
	await expect(page.getByText('Umbraco 13.5.2 (band v10-13)')).toBeVisible();
	await expect(page.locator('.diagram svg[role="img"]')).toBeVisible({ timeout: 15_000 });
	await expect(page.getByRole('heading', { name: 'Checklist' })).toBeVisible();
	expect(page.url()).toMatch(/#plan=1\./);

	const link = page.url();
	await page.goto('about:blank');
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 2, name: 'Umbraco 13 on Azure' })).toBeVisible();
});

test('the bundle downloads as a zip with every server’s files', async ({ page }) => {
	await page.goto('/planner/');
	await page.getByLabel('or start from a preset').selectOption({ label: 'Umbraco 8.18 on Azure Web Apps' });
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download bundle (.zip)' }).click()]);
	expect(download.suggestedFilename()).toBe('lbplan-umbraco-8-on-azure-web-apps.zip');
	const files = Object.keys(unzipSync(new Uint8Array(readFileSync(await download.path()))));
	expect(files).toEqual(expect.arrayContaining([
		'lbplan-umbraco-8-on-azure-web-apps/README.md',
		'lbplan-umbraco-8-on-azure-web-apps/diagram.svg',
		'lbplan-umbraco-8-on-azure-web-apps/servers/web-1/web.config.fragment.xml',
	]));
});

test('a broken file or link is explained and the plan on screen stays', async ({ page }) => {
	await page.goto('/planner/');
	await page.getByLabel('or start from a preset').selectOption({ label: 'Umbraco 16 in containers' });
	await expect(page.getByRole('heading', { level: 2, name: 'Umbraco 16 containers' })).toBeVisible();

	await page.locator('input[type="file"]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "planVersion": 1,\n  "name": \n}') });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('plan.json could not be opened');
	await expect(alert).toContainText('not valid JSON at line 4, column 1');
	await expect(alert).toContainText('The plan on screen is unchanged.');
	await expect(page.getByRole('heading', { level: 2, name: 'Umbraco 16 containers' })).toBeVisible();

	await page.evaluate(() => (location.hash = '#plan=1.damaged!'));
	await expect(alert).toContainText('the shared link could not be opened');
	await expect(page.getByRole('heading', { level: 2, name: 'Umbraco 16 containers' })).toBeVisible();
});

test('a plan file with schema errors names each path', async ({ page }) => {
	await page.goto('/planner/');
	// The file input is enabled once the viewer has hydrated.
	await expect(page.locator('input[type="file"]')).toBeEnabled();
	const plan = { planVersion: 1, name: 'x', umbraco: '13.5.2', hosting: 'moon', servers: [], loadBalancer: { publicHost: 'a' }, files: { strategy: 'standalone' } };
	await page.locator('input[type="file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
	await expect(page.getByRole('alert')).toContainText('hosting: expected one of "iis", "azure-web-apps", "containers"');
	await expect(page.getByRole('alert')).toContainText('servers: expected at least one server');
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations with a plan open (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/planner/');
		await page.getByLabel('or start from a preset').selectOption({ label: 'Umbraco Engage 13: CM and two CD servers' });
		await expect(page.locator('.diagram svg')).toBeVisible({ timeout: 15_000 });
		await page.locator('details.group summary').first().click();
		expect(await axeViolations(page)).toEqual([]);
	});
}
