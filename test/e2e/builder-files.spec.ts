import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { baseURL } from './playwright.config';
import { designInUrl, findings, openPlanner, planFragment, ruleIds, status } from './builder-helpers';

const root = join(import.meta.dirname, '../..');

/** A small plan as someone would write it: no defaults filled in. */
const minimal = {
	planVersion: 1,
	name: 'Shop',
	umbraco: '13.5.2',
	hosting: 'iis',
	servers: [
		{ id: 'admin', name: 'Admin', host: 'admin.internal', kind: 'backoffice', role: 'publisher' },
		{ id: 'web-1', name: 'Web <1> & "co"', host: 'web1.internal', kind: 'frontend', role: 'subscriber' },
	],
	loadBalancer: { publicHost: 'www.example.com' },
	files: { strategy: 'replication' },
	applicationUrl: 'https://www.example.com',
};

async function openPreset(page: import('@playwright/test').Page, title: string): Promise<void> {
	await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: title });
	await page.getByRole('button', { name: 'Open preset' }).click();
	await expect(status(page)).toContainText(`Opened the preset “${title}”`);
}

test('a shared link opens exactly the plan that was shared, and plan.json is that plan', async ({ page }) => {
	const fragment = planFragment(minimal);
	await openPlanner(page, fragment);
	await expect(page.getByLabel('Design name', { exact: true })).toHaveValue('Shop');
	expect(page.url()).toBe(`${baseURL}/planner/${fragment}`);
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plan.json' }).click()]);
	expect(file.suggestedFilename()).toBe('plan.json');
	expect(readFileSync(await file.path(), 'utf8')).toBe(`${JSON.stringify(minimal, null, 2)}\n`);
	await expect(status(page)).toContainText('Downloaded plan.json');
});

/** `LBPLAN_SITE_URL=<this site> lbplan bundle plan.json -o <out>` on a downloaded plan.json; the path of what it wrote. */
async function cliBundle(planFile: Download, out: string): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'lbplan-e2e-'));
	writeFileSync(join(dir, 'plan.json'), readFileSync(await planFile.path()));
	const cli = spawnSync(process.execPath, [join(root, 'src/cli/bin.mjs'), 'bundle', join(dir, 'plan.json'), '-o', join(dir, out)], {
		cwd: root,
		env: { ...process.env, LBPLAN_SITE_URL: `${baseURL}/planner/` },
		encoding: 'utf8',
	});
	expect(cli.status, cli.stderr).toBe(0);
	return join(dir, out);
}

test('“Download bundle (.zip)” gives the same bytes as lbplan bundle of the downloaded plan.json', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, 'Umbraco 17: load-balanced backoffice, sticky sessions, Redis backplane');
	const [planFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plan.json' }).click()]);
	const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download bundle (.zip)' }).click()]);
	await expect(status(page)).toContainText(/Downloaded lbplan-.*\.zip with \d+ files/);

	const out = await cliBundle(planFile, 'cli.zip');
	expect(Buffer.compare(readFileSync(await zip.path()), readFileSync(out))).toBe(0);
});

test('“Download file” gives one file as lbplan bundle writes it, with the design’s own link', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, 'Umbraco 16 in containers');
	const files = page.getByRole('region', { name: /Live files/ });
	await files.getByRole('button', { name: /^\.env/ }).first().click();
	const [planFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plan.json' }).click()]);
	const [one] = await Promise.all([page.waitForEvent('download'), files.getByRole('button', { name: 'Download file' }).click()]);
	// Browsers drop a leading dot, so the dotfile is named after its server's folder.
	expect(one.suggestedFilename()).toBe('admin.env');

	const out = await cliBundle(planFile, 'out');
	const downloaded = readFileSync(await one.path(), 'utf8');
	expect(downloaded).toContain('#plan=1.');
	expect(downloaded).toBe(readFileSync(join(out, 'servers/admin/.env'), 'utf8'));
});

test('a broken link or file is explained, never replaces the design, and a reload still shows the design', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, 'Umbraco 16 in containers');
	const design = await designInUrl(page);

	await page.evaluate(() => (location.hash = '#plan=1.damaged!'));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('The shared link could not be opened');
	await expect(alert).toContainText('The design on screen is unchanged.');
	expect(await designInUrl(page)).toEqual(design);

	await page.locator('input[type="file"]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "planVersion": 1,\n  "name": \n}') });
	await expect(alert).toContainText('plan.json could not be opened');
	await expect(alert).toContainText('not valid JSON at line 4, column 1');
	const bad = { ...minimal, hosting: 'moon', servers: [] };
	await page.locator('input[type="file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
	await expect(alert).toContainText('hosting: expected one of "iis", "azure-web-apps", "containers"');
	await expect(alert).toContainText('servers: expected at least one server');
	expect(await designInUrl(page)).toEqual(design);

	// A broken link typed into the address bar: the page says so and shows the saved design.
	await page.goto(`${baseURL}/planner/#plan=1.AAAA`);
	await expect(page.getByRole('alert')).toContainText('The shared link could not be opened');
	await expect(page.getByLabel('Design name', { exact: true })).toHaveValue('Umbraco 16 containers');
	await page.reload();
	await expect(page.getByLabel('Design name', { exact: true })).toHaveValue('Umbraco 16 containers');
});

test('a bad link after a good one says only what went wrong', async ({ page }) => {
	await openPlanner(page, planFragment(minimal));
	await expect(page.locator('.notice')).toContainText('Opened the design from the link.');
	await page.evaluate((fragment) => (location.hash = fragment), planFragment({ ...minimal, umbraco: '20.0.0' }));
	await expect(page.getByRole('alert')).toContainText('The shared link could not be opened');
	await expect(page.locator('.notice')).toHaveCount(0);
	await expect(page.getByLabel('Design name', { exact: true })).toHaveValue('Shop');
});

test('a design opened from a link marks nothing as changed when its diagram is laid out', async ({ page }) => {
	await openPlanner(page, planFragment(minimal));
	const files = page.getByRole('region', { name: /Live files/ });
	await files.getByRole('button', { name: /^diagram\.svg/ }).click();
	await expect(files.locator('code.code')).toContainText('<svg');
	await expect(files.locator('code.code')).not.toContainText('laid out with ELK when the layout engine has loaded');
	await expect(files).not.toContainText('Your last edit');
	await expect(files.getByRole('button', { name: /\(changed\)/ })).toHaveCount(0);
});

test('a design to repair shows its errors; the live files mark what an edit changed', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 1200 });
	await openPlanner(page);
	await openPreset(page, 'To repair: Umbraco 13 farm left to election, temp files on the central share');
	await expect.poll(() => ruleIds(page)).toEqual(expect.arrayContaining(['R45', 'R15', 'R20']));
	await expect(findings(page).getByRole('heading', { name: /Errors/ })).toBeVisible();

	const files = page.getByRole('region', { name: /Live files/ });
	await files.getByRole('button', { name: /appsettings\.Production\.json/ }).first().click();
	await expect(files.locator('code.code')).toContainText('Umbraco');
	// The file on screen is the one before the edit (the files are computed after the design lands).
	await expect(files.locator('code.code')).not.toContainText('UmbracoApplicationUrl');
	await findings(page).getByRole('button', { name: /^Set the application URL|^Set .*application URL/i }).first().click();
	await expect(files).toContainText(/lines? changed by your last edit/);

	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await files.getByRole('button', { name: 'Copy file' }).click();
	await expect(files).toContainText('Copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('"Umbraco"');
});
