/** Reading input files for the CLI: regular files only, and never more than the size limit. */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { planLimits } from '../domain/plan/limits';

/** An error with a `code`, as Node's own file errors have. */
function codedError(message: string, code: string, size?: number): Error {
	return Object.assign(new Error(message), { code, size });
}

// Opening a FIFO for reading would wait for a writer; with O_NONBLOCK it returns at once, so
// the fstat below can refuse it even if the path changed after the first stat.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file as UTF-8, reading at most `maxBytes + 1` bytes whatever the file
 * claims, so a file that grows while it is read is refused too. Rejects with `code` EISDIR,
 * ENOTFILE (FIFO, socket, device) or EFBIG (with `size`), or Node's own (ENOENT, EACCES …).
 */
export async function readTextFile(path: string, maxBytes: number = planLimits.fileBytes): Promise<string> {
	const info = await stat(path);
	if (info.isDirectory()) throw codedError(`${path} is a folder`, 'EISDIR');
	if (!info.isFile()) throw codedError(`${path} is not a regular file`, 'ENOTFILE');
	if (info.size > maxBytes) throw codedError(`${path} is too large`, 'EFBIG', info.size);
	const handle = await open(path, openFlags);
	try {
		if (!(await handle.stat()).isFile()) throw codedError(`${path} is not a regular file`, 'ENOTFILE');
		const buffer = Buffer.allocUnsafe(maxBytes + 1);
		let length = 0;
		for (;;) {
			const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
			if (bytesRead === 0) break;
			length += bytesRead;
			if (length === buffer.length) throw codedError(`${path} is too large`, 'EFBIG', length);
		}
		return buffer.toString('utf8', 0, length);
	} finally {
		await handle.close();
	}
}
