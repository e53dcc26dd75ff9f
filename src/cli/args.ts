/** Argument parsing for commands: node's parseArgs, with mistakes turned into one message. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed<O extends Options> =
	| { ok: true; values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']; positionals: string[] }
	| { ok: false; message: string };

/** Parses `args`; unknown options and missing values become `{ ok: false, message }`. */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O): Parsed<O> {
	try {
		const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
		return { ok: true, values, positionals };
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message.replace(/^TypeError \[[A-Z_]+\]: /, '') : String(error) };
	}
}
