import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The live files viewer defines its colours as custom properties, once for light and once
// inside the dark media query. Every text colour must reach WCAG AA (4.5:1) on the code
// background and on the background of changed lines; the gutter bar, a graphic, 3:1.
const source = readFileSync(join(import.meta.dirname, '../../../src/components/planner/files/CodeView.svelte'), 'utf8');

function colours(block: string): Record<string, string> {
	return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const [light, dark] = [/\.code-view \{([^}]*)\}/, /@media \(prefers-color-scheme: dark\) \{\s*\.code-view \{([^}]*)\}/].map((re) => colours(re.exec(source)?.[1] ?? ''));

/** Relative luminance of an sRGB colour (WCAG 2.x). */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

test('contrast matches known values', () => {
	expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
	expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
});

describe.each([
	['light', light!],
	['dark', dark!],
])('%s theme', (_, theme) => {
	const backgrounds = ['--code-bg', '--code-changed-bg'];
	const texts = Object.keys(theme).filter((name) => name.startsWith('--hl-') || ['--code-text', '--code-muted', '--code-removed'].includes(name));

	test('defines the same colours as the other theme', () => {
		expect(Object.keys(theme).sort()).toEqual(Object.keys(light!).sort());
		expect(texts.length).toBeGreaterThanOrEqual(13);
	});

	test.each(texts.flatMap((text) => backgrounds.map((bg) => [text, bg] as const)))('%s on %s ≥ 4.5:1', (text, bg) => {
		expect(contrast(theme[text]!, theme[bg]!)).toBeGreaterThanOrEqual(4.5);
	});

	test.each(backgrounds)('the changed-line bar on %s ≥ 3:1', (bg) => {
		expect(contrast(theme['--code-bar']!, theme[bg]!)).toBeGreaterThanOrEqual(3);
	});
});
