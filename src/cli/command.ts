/**
 * The shape of an `lbplan` command. Commands get their arguments and an `io` object instead
 * of touching `process` directly, so tests run them in memory.
 */

/** Exit codes shared by every command. */
export const exitCodes = {
	ok: 0,
	/** The input was read, and what it describes has errors (e.g. findings of severity error). */
	findings: 1,
	/** The input could not be used: unreadable file, malformed JSON, schema errors, bad flags. */
	badInput: 2,
} as const;

export interface CliIo {
	/** Writes to standard output (a newline is not added). */
	out(text: string): void;
	/** Writes to standard error (a newline is not added). */
	err(text: string): void;
	/** Reads a UTF-8 text file; rejects with a Node error (code ENOENT …). */
	readText(path: string): Promise<string>;
	/** Writes a file, creating parent folders. */
	writeFile(path: string, data: string | Uint8Array): Promise<void>;
	/** Working directory paths are resolved against. */
	readonly cwd: string;
}

export interface CliCommand {
	readonly name: string;
	/** One line for `lbplan --help`. */
	readonly summary: string;
	/** Full text for `lbplan <name> --help`: usage line, options, examples. */
	readonly help: string;
	/** Runs the command; resolves with the exit code. */
	run(args: readonly string[], io: CliIo): Promise<number>;
}
