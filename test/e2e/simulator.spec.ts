/**
 * The simulator page as a learner and a workshop use it: by mouse and by keyboard, with the
 * names the issue fixes ("Play", "Step forward", "Time", "Event log", …), and its downloads
 * compared with `lbplan simulate --json`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { planFragment, tabTo } from './builder-helpers';
import { presets } from '../../src/domain/presets/index';

const root = join(import.meta.dirname, '../..');
const desktop = { viewport: { width: 1440, height: 1200 } };

async function openSimulator(page: Page, hash = ''): Promise<void> {
	await page.goto(`/simulator/${hash}`);
	await expect(page.locator('.simulator[data-ready="true"]')).toBeVisible();
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });
const second = async (page: Page) => Number(await slider(page).inputValue());
const eventLog = (page: Page) => page.getByRole('region', { name: 'Event log' });

function scenarioInUrl(url: string): Record<string, unknown> {
	const match = /#scenario=1\.([A-Za-z0-9_-]+)$/.exec(url);
	if (!match) throw new Error(`no scenario in ${url}`);
	return JSON.parse(inflateRawSync(Buffer.from(match[1]!, 'base64url')).toString('utf8'));
}

function scenarioFragment(scenario: unknown): string {
	return `#scenario=1.${deflateRawSync(Buffer.from(JSON.stringify(scenario)), { level: 9 }).toString('base64url')}`;
}

test.use(desktop);

test('the farm is on screen before the machines load; they load on first use', async ({ page }) => {
	const engine: string[] = [];
	page.on('request', (request) => {
		if (/\/recording\.[\w-]+\.js$/.test(request.url())) engine.push(request.url());
	});
	await page.goto('/lessons/how-load-balancing-works/');
	const simulator = page.locator('.simulator.embedded').first();
	await simulator.scrollIntoViewIfNeeded();
	await expect(simulator).toHaveAttribute('data-ready', 'true');
	// The opening second the page recorded: servers drawn with their roles, nothing fetched for it.
	await expect(simulator.getByRole('button', { name: /^admin/ })).toBeVisible();
	await page.waitForTimeout(500);
	expect(engine).toEqual([]);
	await expect(simulator).toHaveAttribute('data-live', 'false');

	await simulator.getByRole('button', { name: 'Step forward' }).click();
	await expect(simulator).toHaveAttribute('data-live', 'true');
	expect(engine).toHaveLength(1);
	await expect.poll(async () => Number(await simulator.getByRole('slider', { name: 'Time' }).inputValue())).toBeGreaterThan(0);
});

test('plays, pauses, steps and scrubs by mouse', async ({ page }) => {
	await openSimulator(page);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect.poll(() => second(page)).toBeGreaterThan(2);
	await page.getByRole('button', { name: 'Pause' }).click();
	const paused = await second(page);
	await page.waitForTimeout(300);
	expect(await second(page)).toBe(paused);

	await page.getByRole('button', { name: 'Step forward' }).click();
	const stepped = await second(page);
	expect(stepped).toBeGreaterThan(paused);
	await page.getByRole('button', { name: 'Step back' }).click();
	expect(await second(page)).toBeLessThan(stepped);

	await slider(page).fill('200');
	await expect(eventLog(page)).toContainText('SchedulingPublisher');
	await expect(eventLog(page).getByRole('button', { name: /write/ }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Run to end' }).click();
	expect(await second(page)).toBe(3600);
});

test('a crash injected by mouse forks the run, moves the flag, and survives a fresh open of the link', async ({ page, context }) => {
	await openSimulator(page);
	await slider(page).fill('100');
	await page.getByRole('button', { name: /^admin/ }).click();
	await expect(page.getByRole('heading', { name: 'Server admin' })).toBeVisible();
	await page.getByRole('button', { name: 'Crash', exact: true }).click();
	expect(await second(page)).toBe(100);
	await page.waitForURL(/#scenario=1\./);
	const scenario = scenarioInUrl(page.url());
	expect(scenario['events']).toEqual([{ at: 100, server: 'admin', do: 'crash' }]);

	// The flag moves when another server's touch finds admin's row stale: compare with the CLI.
	const cli = runCli(scenario);
	const takeover = cli.log.find((entry) => entry.type === 'role' && entry.role === 'SchedulingPublisher' && entry.server !== 'admin')!;
	await slider(page).fill(String(Math.ceil(takeover.t) - 1));
	await expect(page.getByRole('button', { name: new RegExp(`^${takeover.server}`) })).toContainText('Subscriber');
	await slider(page).fill(String(Math.ceil(takeover.t)));
	await expect(page.getByRole('button', { name: new RegExp(`^${takeover.server}`) })).toContainText('SchedulingPublisher');

	const fresh = await context.newPage();
	await openSimulator(fresh, page.url().slice(page.url().indexOf('#')));
	expect(scenarioInUrl(fresh.url())).toEqual(scenario);
	await fresh.getByRole('button', { name: 'Run to end' }).click();
	await expect(fresh.getByRole('button', { name: /^admin/ })).toContainText('Crashed');
});

test('a hung database call and a recycle that loses MainDom, injected by mouse, run as the CLI runs them', async ({ page }) => {
	const v17 = { umbraco: '17.6.0', servers: [{ id: 'admin', start: 0 }, { id: 'web1', start: 5 }], until: 900 };
	await openSimulator(page, scenarioFragment(v17));
	await slider(page).fill('120');
	await page.getByRole('button', { name: /^web1/ }).click();
	await page.getByLabel('Seconds').fill('200');
	await page.getByRole('button', { name: 'Database hang' }).click();
	await expect(page).toHaveURL(/#scenario=1\./);
	await expect.poll(() => scenarioInUrl(page.url())['events']).toEqual([{ at: 120, server: 'web1', do: 'dbHang', until: 320 }]);

	await slider(page).fill('400');
	await page.getByRole('button', { name: /^admin/ }).click();
	await page.getByRole('button', { name: 'Recycle, MainDom lost' }).click();
	await expect.poll(() => (scenarioInUrl(page.url())['events'] as unknown[]).at(-1)).toEqual({ at: 400, server: 'admin', do: 'recycle', mainDom: 'lost' });
	const scenario = scenarioInUrl(page.url());
	const cli = runCli(scenario);
	expect(cli.log.some((entry) => entry.type === 'hang' && entry.server === 'web1')).toBe(true);
	expect(cli.log.some((entry) => entry.type === 'timeout' && entry.server === 'web1')).toBe(true);
	await page.getByRole('button', { name: 'Run to end' }).click();
	await eventLog(page).getByLabel('Type').selectOption('hang');
	const hang = cli.log.find((entry) => entry.type === 'hang')!;
	await expect(eventLog(page).getByRole('button', { name: new RegExp(`^${hang.t} s web1 hang`) })).toBeVisible();
});

test('a write flies from its server into the table and out to the servers that apply it; not with reduced motion', async ({ page }) => {
	await openSimulator(page);
	await slider(page).fill('119');
	await page.getByRole('button', { name: 'Step forward' }).click();
	await expect(page.locator('.travels .token.write')).toHaveCount(1);
	await expect(page.locator('.travels .token.write')).toHaveText('3');
	await expect(page.locator('.travels .token.apply').first()).toBeAttached();
	await expect(page.locator('.travels .token')).toHaveCount(0);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await slider(page).fill('119');
	await page.getByRole('button', { name: 'Step forward' }).click();
	await expect(slider(page)).toHaveValue('120');
	await page.waitForTimeout(100);
	await expect(page.locator('.travels .token')).toHaveCount(0);
});

test('by keyboard only: Space plays, arrows and "." step, "?" lists the keys, letters act', async ({ page }) => {
	await openSimulator(page);
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	// The machines load on first use, so a step may land a moment after its key: poll for it.
	const start = await second(page);
	await page.keyboard.press('.');
	await expect.poll(() => second(page)).toBeGreaterThan(start);
	const after = await second(page);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => second(page)).toBeGreaterThan(after);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => second(page)).toBe(after);

	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Simulator keys' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();

	const card = page.getByRole('button', { name: /^web1/ });
	await tabTo(page, card);
	await page.keyboard.press('Enter');
	await expect(card).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('c');
	await page.waitForURL(/#scenario=1\./);
	expect(scenarioInUrl(page.url())['events']).toContainEqual({ at: after, server: 'web1', do: 'crash' });
	await tabTo(page, slider(page));
	await page.keyboard.press('End');
	await expect(card).toContainText('Crashed');
});

test('"Download log (JSON)" is what lbplan simulate --json prints for the run so far', async ({ page }) => {
	await openSimulator(page);
	await slider(page).fill('400');
	const [scenarioFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scenario.json' }).click()]);
	const [logFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download log (JSON)' }).click()]);
	const scenario = JSON.parse(readFileSync((await scenarioFile.path())!, 'utf8'));
	const log = readFileSync((await logFile.path())!, 'utf8');
	expect(log).toBe(runCliText({ ...scenario, until: 400 }));
});

test('a broken scenario link says what is wrong and keeps the farm', async ({ page }) => {
	await openSimulator(page, '#scenario=1.AAAA');
	await expect(page.getByRole('alert')).toContainText("The link's scenario was not opened");
	await expect(page.getByRole('button', { name: /^admin/ })).toBeVisible();
	expect(page.url()).not.toContain('#scenario=');
	await openSimulator(page, scenarioFragment({ umbraco: '13.5.2', servers: [{ id: 'x', start: 0 }], until: -5 }));
	await expect(page.getByRole('alert')).toContainText('until');
});

test('axe finds nothing while running, paused, and with the inspector open', async ({ page }) => {
	await openSimulator(page);
	await page.getByRole('button', { name: 'Play' }).click();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Pause' }).click();
	await page.getByRole('button', { name: /^web2/ }).click();
	await expect(page.getByRole('heading', { name: 'Statechart' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('"Simulate this design" opens the planner\'s design in the simulator', async ({ page }) => {
	const plan = presets.find((preset) => preset.id === 'v13-central-share')!.plan;
	await page.goto(`/planner/${planFragment(plan)}`);
	await page.getByRole('button', { name: 'Simulate this design' }).click();
	await page.waitForURL(/\/simulator\/#scenario=1\./);
	await expect(page.locator('.simulator[data-ready="true"]')).toBeVisible();
	const scenario = scenarioInUrl(page.url());
	expect(scenario['umbraco']).toBe(plan.umbraco);
	const ids = (scenario['servers'] as { id: string }[]).map((server) => server.id);
	expect(ids.length).toBeGreaterThanOrEqual(plan.servers.length);
	for (const id of ids) await expect(page.getByRole('button', { name: new RegExp(`^${id}`) })).toBeVisible();
	await page.getByRole('button', { name: 'Run to end' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'SchedulingPublisher' }).first()).toBeVisible();
});

function runCliText(scenario: unknown): string {
	const dir = mkdtempSync(join(tmpdir(), 'lbplan-sim-'));
	writeFileSync(join(dir, 'scenario.json'), JSON.stringify(scenario));
	const cli = spawnSync(process.execPath, [join(root, 'src/cli/bin.mjs'), 'simulate', join(dir, 'scenario.json'), '--json'], { encoding: 'utf8' });
	expect(cli.status, cli.stderr).toBe(0);
	return cli.stdout;
}

function runCli(scenario: unknown): { log: { t: number; server: string; type: string; role?: string }[] } {
	return JSON.parse(runCliText(scenario));
}
