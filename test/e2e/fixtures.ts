import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { htmlFiles, routeOf } from '../scripts/routes.mjs';
import { lessonFiles, type LessonFile } from '../helpers/lesson-files';
import { unitIds } from '../../src/lib/curriculum';

const dist = join(import.meta.dirname, '../../dist');

/** Every page of the built site, as URL paths (`/`, `/lessons/x/`, `/404.html`). */
export function builtRoutes(): string[] {
	return htmlFiles(dist)
		.map((file) => routeOf(dist, file))
		.sort();
}

/** URL paths of the lesson pages, in course order (unit, then the lesson's `order`). */
export function lessonRoutes(): string[] {
	const built = new Set(builtRoutes());
	const rank = (file: LessonFile) => unitIds.indexOf(file.unit as (typeof unitIds)[number]) * 1000 + Number(/^order: (\d+)$/m.exec(file.text)?.[1] ?? 999);
	return [...lessonFiles().values()]
		.toSorted((a, b) => rank(a) - rank(b))
		.map((file) => `/lessons/${file.slug}/`)
		.filter((route) => built.has(route));
}

/**
 * `test` with a page that fails the test on any uncaught error or console error: broken
 * enhancement scripts must not pass unnoticed.
 */
export const test = base.extend<{ pageErrors: string[]; allowedConsoleErrors: RegExp[] }>({
	allowedConsoleErrors: [[], { option: true }],
	pageErrors: [
		async ({ page, allowedConsoleErrors }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
			page.on('console', (message) => {
				const text = message.text();
				if (message.type() === 'error' && !allowedConsoleErrors.some((p) => p.test(text))) errors.push(`console: ${text}`);
			});
			await use(errors);
			expect(errors, 'errors in the page').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's violations on the page as it is now, one line each (rule, help, where). */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated rather than added as a <script>: the pages' Content-Security-Policy refuses inline scripts.
	await page.evaluate(readFileSync(axeSource, 'utf8'));
	return page.evaluate(async () => {
		// axe is a global once its script is on the page.
		type Result = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
	});
}
