/**
 * Markdown code spans in plain text, as parts to render: `Set \`A\` to 5` →
 * text "Set ", code "A", text " to 5". Messages from the rules mark settings and values
 * this way (the same text goes into README.md). The parts are rendered as text nodes and
 * `<code>` elements, never as HTML, so a name full of markup stays text.
 */

export interface TextPart {
	readonly code: boolean;
	readonly text: string;
}

/**
 * Splits `text` the way CommonMark reads code spans: a run of backticks opens one, a run of
 * the same length closes it; a run without a partner is literal text. Inside a span, line
 * ends become spaces and one space on each side is dropped when both are there.
 */
export function splitCodeSpans(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let plain = '';
	let at = 0;
	while (at < text.length) {
		const open = /`+/g;
		open.lastIndex = at;
		const opener = open.exec(text);
		if (!opener) break;
		const fence = opener[0];
		const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
		close.lastIndex = opener.index + fence.length;
		const closer = close.exec(text);
		if (!closer) {
			plain += text.slice(at, opener.index + fence.length);
			at = opener.index + fence.length;
			continue;
		}
		plain += text.slice(at, opener.index);
		if (plain) parts.push({ code: false, text: plain });
		plain = '';
		parts.push({ code: true, text: spanContent(text.slice(opener.index + fence.length, closer.index)) });
		at = closer.index + fence.length;
	}
	plain += text.slice(at);
	if (plain) parts.push({ code: false, text: plain });
	return parts;
}

function spanContent(raw: string): string {
	const content = raw.replace(/\r\n|\r|\n/g, ' ');
	return /^ .*[^ ].* $/s.test(content) ? content.slice(1, -1) : content;
}
