/**
 * Guided walk-throughs by keyboard only: Continue plays to the next step and pauses, Back returns
 * to the previous step's second, each step has a `#step-N` link, "Play with it" keeps the state;
 * and the lesson's embedded walk-through hydrates when it scrolls into view.
 */
import type { Page } from '@playwright/test';
import { guidedScenarios } from '../../src/machines/guided';
import { axeViolations, expect, test } from './fixtures';
import { tabTo } from './builder-helpers';

test.use({ viewport: { width: 1280, height: 1000 } });

const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });
const second = async (page: Page) => Number(await slider(page).inputValue());
const failover = guidedScenarios.find((guide) => guide.id === 'publisher-failover')!;
const election = guidedScenarios.find((guide) => guide.id === 'farm-election')!;

test('every step forward and back by keyboard, with its link and its state', async ({ page }) => {
	await page.goto('/simulator/publisher-failover/');
	await expect(page.locator('.simulator[data-ready="true"]')).toBeVisible();
	const steps = failover.steps;
	await expect(page.getByRole('heading', { name: steps[0]!.title })).toBeVisible();
	await expect.poll(() => second(page)).toBe(steps[0]!.at);

	const continueButton = page.getByRole('button', { name: 'Continue' });
	await tabTo(page, continueButton);
	for (let i = 1; i < steps.length; i++) {
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: steps[i]!.title })).toBeVisible();
		await expect.poll(() => second(page), { timeout: 20_000 }).toBe(steps[i]!.at);
		expect(page.url()).toMatch(new RegExp(`#step-${i + 1}$`));
		if (i < steps.length - 1) await expect(continueButton).toBeFocused();
	}
	// The caption's claims hold on screen: admin is back, the flag moved.
	for (const check of steps.at(-1)!.checks ?? []) {
		if (check.role) await expect(page.getByRole('button', { name: new RegExp(`^${check.server}`) })).toContainText(check.role);
	}

	const back = page.getByRole('button', { name: 'Back', exact: true });
	await tabTo(page, back);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: steps.at(-2)!.title })).toBeVisible();
	await expect.poll(() => second(page)).toBe(steps.at(-2)!.at);

	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: steps.at(-3)!.title })).toBeVisible();
	await expect.poll(() => second(page)).toBe(steps.at(-3)!.at);
	expect(await axeViolations(page)).toEqual([]);
});

test('a step link opens that step, and "Play with it" keeps the state in free mode', async ({ page }) => {
	await page.goto('/simulator/publisher-failover/#step-3');
	await expect(page.getByRole('heading', { name: failover.steps[2]!.title })).toBeVisible();
	await expect.poll(() => second(page)).toBe(failover.steps[2]!.at);
	await page.goto('/simulator/publisher-failover/#step-7');
	await expect(page.getByRole('heading', { name: failover.steps[6]!.title })).toBeVisible();
	const at = failover.steps[6]!.at;
	await expect.poll(() => second(page)).toBe(at);
	await page.getByRole('button', { name: 'Play with it' }).click();
	await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
	await expect.poll(() => second(page)).toBe(at);
	await page.keyboard.press('Space');
	await expect.poll(() => second(page)).toBeGreaterThan(at);
});

test('the lesson embeds a walk-through that hydrates when it scrolls into view', async ({ page }) => {
	await page.goto('/lessons/how-load-balancing-works/');
	const embed = page.getByRole('region', { name: /^Simulator: / });
	await embed.scrollIntoViewIfNeeded();
	await expect(page.locator('.simulator.embedded[data-ready="true"]')).toBeVisible();
	await embed.getByRole('button', { name: 'Continue' }).click();
	await expect.poll(async () => Number(await embed.getByRole('slider', { name: 'Time' }).inputValue())).toBeGreaterThan(election.steps[0]!.at);
	expect(page.url()).not.toContain('#');
	expect(await axeViolations(page)).toEqual([]);
});
