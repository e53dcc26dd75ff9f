/** Writing a command's output: refused and failed writes become one sentence and exit 2. */
import { OutputError, type CliIo } from './command';

const reasons: Readonly<Record<string, string>> = {
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'the file system is read-only',
	ENOTDIR: 'a part of its path is a file, not a folder',
	// Our own names are fresh, so an existing one is a file where a folder of the path should be.
	EEXIST: 'a part of its path is a file, not a folder',
	EISDIR: 'it is a folder',
	ENAMETOOLONG: 'the name is too long',
	ELOOP: 'its path has a loop of symbolic links',
};

/** One sentence for a failed write of `path`, from Node's error code. */
export function describeWriteError(path: string, error: unknown): string {
	if (error instanceof OutputError) return error.message;
	const code = (error as { code?: unknown } | null | undefined)?.code;
	const reason = (typeof code === 'string' ? reasons[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
	return `cannot write ${path}: ${reason}`;
}

/** Runs `write`; on failure prints `lbplan <command>: <sentence>` and resolves false. */
export async function writeOutput(io: CliIo, command: string, path: string, write: () => Promise<void>): Promise<boolean> {
	try {
		await write();
		return true;
	} catch (error) {
		io.err(`lbplan ${command}: ${describeWriteError(path, error)}\n`);
		return false;
	}
}
