/**
 * Text helpers for the SVG writer: XML escaping, a font-free width estimate (the SVG is
 * written in Node, where nothing can measure text) and ellipsis truncation.
 */

/**
 * Escapes text for XML element content and attribute values (either quote style): the
 * generators' escaping, so the diagram and the config files share one XML path. Characters
 * XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates) become U+FFFD.
 * @example escapeXml(`<b> & 'x'`) // '&lt;b&gt; &amp; &apos;x&apos;'
 */
export { escapeXml } from '../domain/generators/formats/escape';

// Average advance widths in em by character class, sized on DejaVu Sans (a wide fallback
// sans) so estimated text does not overflow its box in narrower UI fonts either.
const narrow = /[ijlI.,:;'|!()[\]ftr ]/;
const wide = /[mwMW@%]/;

/** Estimated rendered width of `text` in px at `fontSize` px (bold adds 16 %). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const c of text) {
		if (narrow.test(c)) em += 0.34;
		else if (wide.test(c)) em += 0.92;
		else if (/[A-Z0-9]/.test(c)) em += 0.7;
		else em += 0.6;
	}
	return em * fontSize * (bold ? 1.16 : 1);
}

/**
 * `text` unchanged if it fits `maxWidth`, else cut at a code point boundary and ended with
 * an ellipsis so the result fits.
 * @example fitText('A very long server name', 80, 13) // 'A very lon…'
 */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
	if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
	const chars = Array.from(text);
	while (chars.length > 0 && estimateTextWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxWidth) chars.pop();
	return `${chars.join('').trimEnd()}…`;
}

/** A coordinate with at most one decimal and no "-0", so output is stable and short. */
export function formatNumber(n: number): string {
	const rounded = Math.round(n * 10) / 10;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}
