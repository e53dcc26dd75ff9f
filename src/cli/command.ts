/**
 * The shape of an `lbplan` command. Commands get their arguments and an `io` object instead
 * of touching `process` directly, so tests run them in memory.
 */

/** Exit codes shared by every command. */
export const exitCodes = {
	ok: 0,
	/** The input was read, and what it describes has errors (e.g. findings of severity error). */
	findings: 1,
	/**
	 * The input could not be used (unreadable file, malformed JSON, schema errors, bad flags),
	 * or the output could not be written (refused or failed); nothing was written then.
	 */
	badInput: 2,
	/** A fault in lbplan itself; the message asks for a report. */
	internal: 3,
} as const;

/** How a write may treat what is already at the target. */
export interface WriteOptions {
	/** Replace what is there (a folder is replaced whole); without it, an existing target is refused. */
	readonly force?: boolean;
	/** The command's input files: never written over, nor inside a folder being replaced. */
	readonly protect?: readonly string[];
}

/** One file of a folder written whole; `path` is relative, with `/` separators. */
export interface FolderEntry {
	readonly path: string;
	readonly contents: string | Uint8Array;
}

export interface CliIo {
	/** Writes to standard output (a newline is not added). */
	out(text: string): void;
	/** Writes to standard error (a newline is not added). */
	err(text: string): void;
	/**
	 * Reads a UTF-8 text file (a BOM is kept). Rejects with an error whose `code` says why:
	 * a Node code (ENOENT, EISDIR, EACCES …), `ENOTFILE` for anything but a regular file (a
	 * FIFO is never opened for a blocking read) or `EFBIG` past `planLimits.fileBytes`.
	 */
	readText(path: string): Promise<string>;
	/**
	 * Writes a file under a temporary name next to it, then renames it into place, creating
	 * parent folders; a failed write leaves nothing behind. Rejects with an `OutputError`
	 * (one sentence) when the target exists without `force`, is a folder, or is an input.
	 */
	writeFile(path: string, data: string | Uint8Array, options?: WriteOptions): Promise<void>;
	/**
	 * Writes a folder whole: every entry into a new temporary sibling folder, then one rename
	 * into place. The target must be missing or an empty folder; with `force` whatever is
	 * there is replaced whole. Symbolic links are never followed. Rejects with an `OutputError`.
	 */
	writeFolder(path: string, entries: readonly FolderEntry[], options?: WriteOptions): Promise<void>;
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

/** A refused or failed write, as one sentence for the person running the command. */
export class OutputError extends Error {
	override readonly name = 'OutputError';
}
