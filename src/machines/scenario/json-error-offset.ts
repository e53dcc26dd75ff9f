/**
 * Where JSON text first goes wrong. `JSON.parse` only sometimes says where ("… at position
 * 42"); newer V8 messages often quote the text instead. This walks the grammar just far
 * enough to find the offset of the first unexpected character.
 */

const whitespace = new Set([' ', '\t', '\n', '\r']);

class Cursor {
	offset = 0;
	constructor(readonly text: string) {}

	skip(): void {
		while (whitespace.has(this.text[this.offset] ?? '')) this.offset += 1;
	}

	/** Consumes `token` or throws at the current offset. */
	expect(token: string): void {
		if (!this.text.startsWith(token, this.offset)) throw this.offset;
		this.offset += token.length;
	}
}

function readString(cursor: Cursor): void {
	cursor.expect('"');
	for (;;) {
		const char = cursor.text[cursor.offset];
		if (char === undefined || char < ' ') throw cursor.offset;
		cursor.offset += char === '\\' ? 2 : 1;
		if (char === '"') return;
	}
}

function readNumber(cursor: Cursor): void {
	const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(cursor.text.slice(cursor.offset));
	if (!match) throw cursor.offset;
	cursor.offset += match[0].length;
}

function readList(cursor: Cursor, close: string, readItem: () => void): void {
	cursor.skip();
	if (cursor.text[cursor.offset] === close) return void (cursor.offset += 1);
	for (;;) {
		readItem();
		cursor.skip();
		if (cursor.text[cursor.offset] === close) return void (cursor.offset += 1);
		cursor.expect(',');
		cursor.skip();
	}
}

function readValue(cursor: Cursor): void {
	cursor.skip();
	const char = cursor.text[cursor.offset];
	if (char === '{') {
		cursor.offset += 1;
		return readList(cursor, '}', () => {
			readString(cursor);
			cursor.skip();
			cursor.expect(':');
			readValue(cursor);
		});
	}
	if (char === '[') {
		cursor.offset += 1;
		return readList(cursor, ']', () => readValue(cursor));
	}
	if (char === '"') return readString(cursor);
	for (const literal of ['true', 'false', 'null']) if (cursor.text.startsWith(literal, cursor.offset)) return cursor.expect(literal);
	readNumber(cursor);
}

/** The offset of the first syntax error in `text`, or undefined if it is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
	const cursor = new Cursor(text);
	try {
		readValue(cursor);
		cursor.skip();
		return cursor.offset < text.length ? cursor.offset : undefined;
	} catch (offset) {
		return typeof offset === 'number' ? offset : undefined;
	}
}
