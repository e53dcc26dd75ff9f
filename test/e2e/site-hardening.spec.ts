/**
 * The site items of the hardening issue: broken planner links never stay in the address
 * bar, in-page links land below a compact header, search opens the matching entry, a
 * knowledge check answers on an explicit choice only, code blocks copy and scroll, finding
 * text shows code as code, and `/planner` without its slash opens the planner.
 */
import type { Page } from '@playwright/test';
import { designInUrl, findings, openPlanner, status } from './builder-helpers';
import { expect, lessonRoutes, test } from './fixtures';

async function openPreset(page: Page, title: string | RegExp): Promise<void> {
	const picker = page.getByRole('combobox', { name: 'Preset' });
	const label = typeof title === 'string' ? title : await picker.locator('option').filter({ hasText: title }).first().innerText();
	await picker.selectOption({ label });
	await page.getByRole('button', { name: 'Open preset' }).click();
	await expect(status(page)).toContainText('Opened the preset');
}

const designName = (page: Page) => page.getByLabel('Design name', { exact: true });

/** The nested link of the issue that once overflowed the stack, and a plainly damaged one. */
const brokenLinks = ['#plan=1.7cABCQAAAAKgodH_G_0IDQAAAAAAAAAAABwoAAAAAAAAAAAAHBg', '#plan=1.AAAA'];

test.describe('a broken planner link', () => {
	for (const broken of brokenLinks) {
		test(`${broken.slice(0, 16)}… gives way to the last good design, so a reload keeps it`, async ({ page }) => {
			await openPlanner(page);
			await openPreset(page, 'Umbraco 16 in containers');
			const design = await designInUrl(page);
			expect(design).toBeDefined();

			// Opened as a new page (not a change of fragment): the saved design shows, and the
			// address bar carries it instead of the broken link.
			await page.goto('about:blank');
			await page.goto(`/planner/${broken}`);
			await expect(page.getByRole('alert')).toContainText('The shared link could not be opened');
			await expect(designName(page)).toHaveValue('Umbraco 16 containers');
			await expect.poll(() => designInUrl(page)).toEqual(design);
			await page.reload();
			await expect(designName(page)).toHaveValue('Umbraco 16 containers');
			await expect(page.getByRole('alert')).toHaveCount(0);
		});
	}

	test('with storage blocked, only the address bar holds the design, and it keeps it', async ({ page }) => {
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('blocked', 'SecurityError');
			};
		});
		await openPlanner(page);
		await openPreset(page, 'Umbraco 16 in containers');
		const design = await designInUrl(page);
		await page.evaluate((hash) => (location.hash = hash), brokenLinks[1]!);
		await expect(page.getByRole('alert')).toContainText('The shared link could not be opened');
		await expect.poll(() => designInUrl(page)).toEqual(design);
		await page.reload();
		await expect(designName(page)).toHaveValue('Umbraco 16 containers');
	});

	test('on a new design leaves no link at all', async ({ page }) => {
		await page.goto(`/planner/${brokenLinks[1]}`);
		await expect(page.getByRole('alert')).toContainText('The shared link could not be opened');
		await expect.poll(() => new URL(page.url()).hash).toBe('');
	});
});

test.describe('the header', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('is one compact row on a phone, with every link and the version picker reachable by keyboard', async ({ page }) => {
		await page.goto(lessonRoutes()[0]!);
		const header = page.locator('.site-header');
		expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
		const nav = page.getByRole('navigation', { name: 'Site' });
		const navBox = (await nav.boundingBox())!;
		for (const name of ['Lessons', 'Planner', 'Glossary', 'Rules', 'Search']) {
			const link = nav.getByRole('link', { name, exact: true });
			for (let presses = 0; presses < 20 && !(await link.evaluate((a) => a === document.activeElement)); presses++) await page.keyboard.press('Tab');
			await expect(link).toBeFocused();
			// The focused link is scrolled into the visible part of the row.
			const box = (await link.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(navBox.x - 1);
			expect(box.x + box.width).toBeLessThanOrEqual(navBox.x + navBox.width + 1);
		}
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Umbraco version')).toBeFocused();
		await page.getByLabel('Umbraco version').selectOption('v17');
		await expect(page.locator('html')).toHaveAttribute('data-version', 'v17');
	});
});

/** How far below the sticky header an element's top is (negative: hidden under it). */
async function gapBelowHeader(page: Page, selector: string): Promise<number> {
	return page.evaluate((sel) => {
		const header = document.querySelector('.site-header')!.getBoundingClientRect();
		return document.querySelector(sel)!.getBoundingClientRect().top - header.bottom;
	}, selector);
}

for (const width of [360, 1280]) {
	test.describe(`in-page links at ${width} px`, () => {
		test.use({ viewport: { width, height: 740 }, reducedMotion: 'reduce' });

		test('a rule, a glossary term and a lesson heading land below the header', async ({ page }) => {
			await page.goto('/rules/#r16');
			await expect.poll(() => gapBelowHeader(page, '#r16')).toBeGreaterThanOrEqual(0);
			expect(await gapBelowHeader(page, '#r16')).toBeLessThan(80);

			await page.goto('/glossary/');
			const term = await page.locator('.entry').nth(5).getAttribute('id');
			await page.goto(`/glossary/#${term}`);
			await expect.poll(() => gapBelowHeader(page, `[id="${term}"] h2`)).toBeGreaterThanOrEqual(0);

			await page.goto(lessonRoutes()[0]!);
			const link = page.locator('[data-toc-link]').nth(2);
			const id = decodeURIComponent((await link.getAttribute('href'))!.split('#')[1]!);
			await page.evaluate((hash) => (location.hash = hash), id);
			await expect.poll(() => gapBelowHeader(page, `[id="${id}"]`)).toBeGreaterThanOrEqual(0);
			expect(await gapBelowHeader(page, `[id="${id}"]`)).toBeLessThan(80);
		});
	});
}

test.describe('search', () => {
	test.use({ reducedMotion: 'reduce' });

	test('a rule found by its id opens at that rule', async ({ page }) => {
		await page.goto('/search/?q=R16');
		const result = page.locator('[data-search-results] a[href^="/rules/"]').first();
		await expect(result).toHaveAttribute('href', '/rules/#r16');
		await result.click();
		await expect(page).toHaveURL(/\/rules\/#r16$/);
		await expect.poll(() => gapBelowHeader(page, '#r16')).toBeGreaterThanOrEqual(0);
	});

	test('a glossary term found by its name opens at that term', async ({ page }) => {
		await page.goto('/glossary/');
		const entry = page.locator('.entry').nth(3);
		const [id, name] = [await entry.getAttribute('id'), (await entry.locator('h2').innerText()).trim()];
		await page.goto(`/search/?q=${encodeURIComponent(name)}`);
		const result = page.locator('[data-search-results] a[href^="/glossary/"]').first();
		await expect(result).toHaveAttribute('href', `/glossary/#${id}`);
		await expect(result).toContainText(name);
	});
});

test.describe('a knowledge check', () => {
	test('answers on Space, Enter, a click or “Check answer”, never on arrow keys', async ({ page }) => {
		await page.goto(lessonRoutes()[0]!);
		const check = page.locator('[data-kc]').first();
		const choices = check.locator('input[type="radio"]');
		const explanation = check.locator('.kc-explanation');
		const verdicts = check.locator('.kc-verdict');

		await choices.first().focus();
		await page.keyboard.press('ArrowDown');
		await expect(choices.nth(1)).toBeChecked();
		await page.keyboard.press('ArrowDown');
		await expect(choices.nth(2)).toBeChecked();
		await page.keyboard.press('ArrowUp');
		await expect(explanation).toBeHidden();
		for (const verdict of await verdicts.all()) await expect(verdict).toBeHidden();
		await expect(check.getByRole('status')).toHaveText('');

		await page.keyboard.press('Space');
		await expect(explanation).toBeVisible();
		await expect(verdicts.nth(1)).toBeVisible();
		await expect(check.getByRole('status')).not.toHaveText('');

		// Moving on selects again without answering: the verdict stays with the answer given.
		await page.keyboard.press('ArrowUp');
		await expect(choices.first()).toBeChecked();
		await expect(verdicts.first()).toBeHidden();
		await expect(verdicts.nth(1)).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(verdicts.first()).toBeVisible();
		await expect(verdicts.nth(1)).toBeHidden();

		await page.keyboard.press('ArrowDown');
		await check.getByRole('button', { name: 'Check answer' }).click();
		await expect(verdicts.nth(1)).toBeVisible();
		await check.locator('label').nth(2).click();
		await expect(verdicts.nth(2)).toBeVisible();
	});
});

test.describe('lesson code blocks', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('copy with visible feedback, and scroll inside themselves from the keyboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const route = lessonRoutes().find((r) => r.includes('how-load-balancing-works')) ?? lessonRoutes()[0]!;
		await page.goto(route);
		const blocks = page.locator('pre.astro-code');
		expect(await blocks.count()).toBeGreaterThan(0);
		await expect(page.locator('.code-block .code-copy')).toHaveCount(await blocks.count());

		const block = blocks.first();
		const copy = page.locator('.code-block').first().getByRole('button', { name: 'Copy' });
		await copy.click();
		await expect(page.locator('.code-block').first().getByRole('button')).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.evaluate((pre) => pre.textContent));

		// The widest block scrolls inside itself, not the page, and the keyboard can scroll it.
		const widest = await blocks.evaluateAll((pres) => pres.map((p) => p.scrollWidth - p.clientWidth).reduce((best, w, i, all) => (w > all[best]! ? i : best), 0));
		const wide = blocks.nth(widest);
		await expect(wide).toHaveAttribute('tabindex', '0');
		expect(await wide.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
		await wide.focus();
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => wide.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	});
});

test('finding text shows settings as code, never raw backticks', async ({ page }) => {
	await openPlanner(page);
	await openPreset(page, /^To repair: Umbraco 13 farm/);
	const heads = findings(page).locator('li .head');
	await expect(heads.locator('code').first()).toBeVisible();
	for (const text of await heads.allInnerTexts()) expect(text).not.toContain('`');
});

test.describe('addresses without their slash', () => {
	for (const path of ['/planner', '/lessons', '/rules']) {
		test(`${path} opens the page and puts the slash back`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page).toHaveURL(new RegExp(`${path}/$`));
		});
	}

	test('/planner keeps a shared design while it gains its slash', async ({ page }) => {
		await openPlanner(page);
		await openPreset(page, 'Umbraco 16 in containers');
		const design = await designInUrl(page);
		const hash = new URL(page.url()).hash;
		await page.goto('about:blank');
		await page.goto(`/planner${hash}`);
		await expect(designName(page)).toHaveValue('Umbraco 16 containers');
		await expect(page).toHaveURL(/\/planner\/#plan=1\./);
		expect(await designInUrl(page)).toEqual(design);
	});
});
