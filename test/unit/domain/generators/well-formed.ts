/**
 * Small checkers for generated text, so tests need no XML or C# toolchain: XML
 * well-formedness, C# bracket/literal balance, nginx brace balance. Each returns the
 * problems found (empty = fine).
 */

const entity = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/;
const name = /^[A-Za-z_:][\w.:-]*/;
// Characters XML 1.0 cannot carry, and lone surrogates.
const invalidXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

function checkEntities(s: string, where: string, problems: string[]): void {
	for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
		if (!entity.test(s.slice(i))) problems.push(`bare & in ${where}: ${JSON.stringify(s.slice(i, i + 12))}`);
	}
}

/** XML 1.0 well-formedness for a fragment: one root element, comments and whitespace around it. */
export function xmlProblems(xml: string): string[] {
	const problems: string[] = [];
	if (invalidXmlChar.test(xml)) problems.push('character not allowed in XML');
	const stack: string[] = [];
	let roots = 0;
	let i = 0;
	while (i < xml.length) {
		const rest = xml.slice(i);
		if (rest.startsWith('<!--')) {
			const end = xml.indexOf('-->', i + 4);
			if (end < 0) return [...problems, 'unterminated comment'];
			const body = xml.slice(i + 4, end);
			if (body.includes('--') || body.endsWith('-')) problems.push(`"--" inside comment: ${body}`);
			i = end + 3;
		} else if (rest.startsWith('</')) {
			const m = name.exec(rest.slice(2));
			const close = m?.[0] ?? '';
			if (!rest.slice(2 + close.length).trimStart().startsWith('>')) return [...problems, `bad end tag at ${i}`];
			if (stack.pop() !== close) problems.push(`mismatched </${close}>`);
			i = xml.indexOf('>', i) + 1;
		} else if (rest.startsWith('<')) {
			const m = name.exec(rest.slice(1));
			if (!m) return [...problems, `bad start tag at ${i}: ${JSON.stringify(rest.slice(0, 20))}`];
			if (stack.length === 0) roots++;
			let j = i + 1 + m[0].length;
			const seen = new Set<string>();
			for (;;) {
				while (/\s/.test(xml[j] ?? '')) j++;
				if (xml.startsWith('/>', j)) { j += 2; break; }
				if (xml[j] === '>') { stack.push(m[0]); j++; break; }
				const attr = name.exec(xml.slice(j));
				if (!attr || xml[j + attr[0].length] !== '=') return [...problems, `bad attribute at ${j}`];
				if (seen.has(attr[0])) problems.push(`duplicate attribute ${attr[0]}`);
				seen.add(attr[0]);
				j += attr[0].length + 1;
				const quote = xml[j];
				if (quote !== '"' && quote !== "'") return [...problems, `unquoted attribute ${attr[0]}`];
				const end = xml.indexOf(quote, j + 1);
				if (end < 0) return [...problems, 'unterminated attribute'];
				const value = xml.slice(j + 1, end);
				if (value.includes('<')) problems.push(`< in attribute ${attr[0]}`);
				checkEntities(value, `attribute ${attr[0]}`, problems);
				j = end + 1;
			}
			i = j;
		} else {
			const end = xml.indexOf('<', i);
			const chunk = xml.slice(i, end < 0 ? undefined : end);
			if (stack.length === 0 && chunk.trim() !== '') problems.push(`text outside the root: ${JSON.stringify(chunk.trim())}`);
			checkEntities(chunk, 'text', problems);
			i = end < 0 ? xml.length : end;
		}
	}
	if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
	if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
	return problems;
}

const pairs: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/**
 * C#: brackets balance outside literals and comments, string and char literals end on
 * their line, and no block comment is left open. Returns the code with literals and
 * comments blanked as well, for further checks.
 */
export function csharpScan(code: string): { problems: string[]; bare: string } {
	const problems: string[] = [];
	const stack: string[] = [];
	let bare = '';
	let i = 0;
	while (i < code.length) {
		const c = code[i]!;
		const two = code.slice(i, i + 2);
		if (two === '//') {
			const end = code.indexOf('\n', i);
			i = end < 0 ? code.length : end;
		} else if (two === '/*') {
			const end = code.indexOf('*/', i + 2);
			if (end < 0) return { problems: [...problems, 'unterminated block comment'], bare };
			i = end + 2;
		} else if (two === '@"') {
			let j = i + 2;
			while (j < code.length && !(code[j] === '"' && code[j + 1] !== '"')) j += code[j] === '"' ? 2 : 1;
			if (j >= code.length) return { problems: [...problems, 'unterminated verbatim string'], bare };
			bare += '""';
			i = j + 1;
		} else if (c === '"' || c === "'") {
			let j = i + 1;
			while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
			if (code[j] !== c) problems.push(`unterminated literal at ${i}`);
			bare += c + c;
			i = j + 1;
		} else {
			if ('([{'.includes(c)) stack.push(c);
			const open = pairs[c];
			if (open !== undefined && stack.pop() !== open) problems.push(`unbalanced ${c} at ${i}`);
			bare += c;
			i++;
		}
	}
	if (stack.length > 0) problems.push(`unclosed ${stack.join('')}`);
	return { problems, bare };
}

/** nginx: braces balance outside quotes and comments; statements end with `;`, `{` or `}`. */
export function nginxProblems(conf: string): string[] {
	const problems: string[] = [];
	let depth = 0;
	for (const raw of conf.split('\n')) {
		// Drop quoted strings, then comments.
		const line = raw.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#.*$/, '').trim();
		if (line === '') continue;
		depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
		if (depth < 0) problems.push(`unbalanced } in: ${raw}`);
		if (!/[;{}]$/.test(line)) problems.push(`statement without ; in: ${raw}`);
	}
	if (depth !== 0) problems.push(`unbalanced braces (depth ${depth})`);
	return problems;
}
