import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test as base, expect } from '@playwright/test';

const dist = join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Every page of the built site, as URL paths (`/`, `/lessons/x/`, `/404.html`). */
export function builtRoutes(): string[] {
	return htmlFiles(dist)
		.map((file) => '/' + relative(dist, file).split(sep).join('/'))
		.map((path) => path.replace(/index\.html$/, ''))
		.sort();
}

/** URL paths of the lesson pages. */
export function lessonRoutes(): string[] {
	return builtRoutes().filter((r) => /^\/lessons\/[^/]+\/$/.test(r));
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
