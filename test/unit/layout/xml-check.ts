/**
 * A small XML well-formedness checker for the SVG tests (no XML parser ships with Node):
 * balanced and properly nested tags, one root element, quoted and unique attributes,
 * `&` only in entity or character references, no stray `<` in text.
 */

/** What the checker found: problems (empty = well-formed) and every element name in order. */
export interface XmlCheck {
	readonly errors: string[];
	readonly elements: string[];
}

const name = '[A-Za-z_][\\w.:-]*';
const startTag = new RegExp(`^<(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const attribute = new RegExp(`(${name})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const endTag = new RegExp(`^</(${name})\\s*>`);
const badAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Checks `xml` and lists its elements. */
export function checkXml(xml: string): XmlCheck {
	const errors: string[] = [];
	const elements: string[] = [];
	const open: string[] = [];
	let roots = 0;
	let rest = xml.replace(/^<\?xml[^?]*\?>/, '');
	const text = (t: string) => {
		if (badAmpersand.test(t)) errors.push(`bare "&" in text near "${t.slice(0, 40)}"`);
		if (open.length === 0 && t.trim() !== '') errors.push(`text outside the root element: "${t.trim().slice(0, 40)}"`);
	};
	while (rest.length > 0) {
		const lt = rest.indexOf('<');
		text(lt === -1 ? rest : rest.slice(0, lt));
		if (lt === -1) break;
		rest = rest.slice(lt);
		if (rest.startsWith('<!--')) {
			const end = rest.indexOf('-->');
			if (end === -1) return { errors: [...errors, 'unclosed comment'], elements };
			rest = rest.slice(end + 3);
			continue;
		}
		const close = endTag.exec(rest);
		if (close) {
			const expected = open.pop();
			if (expected !== close[1]) errors.push(`</${close[1]}> closes <${expected ?? 'nothing'}>`);
			rest = rest.slice(close[0].length);
			continue;
		}
		const start = startTag.exec(rest);
		if (!start) {
			errors.push(`malformed markup at "${rest.slice(0, 40)}"`);
			break;
		}
		const [whole, tag = '', attrs = '', selfClosing] = start;
		if (open.length === 0 && ++roots > 1) errors.push(`second root element <${tag}>`);
		elements.push(tag);
		const seen = new Set<string>();
		for (const [, attr = '', dq, sq] of attrs.matchAll(attribute)) {
			if (seen.has(attr)) errors.push(`<${tag}> repeats attribute ${attr}`);
			seen.add(attr);
			if (badAmpersand.test(dq ?? sq ?? '')) errors.push(`bare "&" in <${tag} ${attr}>`);
		}
		if (!selfClosing) open.push(tag);
		rest = rest.slice(whole.length);
	}
	if (open.length > 0) errors.push(`unclosed <${open.join('>, <')}>`);
	if (roots === 0) errors.push('no root element');
	return { errors, elements };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric references. */
export function unescapeXml(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
		if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
		if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
		return entities[ref] ?? whole;
	});
}
