/** The real-world `CliIo`: the process's streams and the file system. */
import { resolve } from 'node:path';
import type { CliIo, WriteOptions } from './command';
import { readTextFile } from './node-read';
import { writeFileSafely, writeFolderSafely, type WriteTarget } from './node-write';

export function nodeIo(cwd = process.cwd()): CliIo {
	const target = (path: string, options: WriteOptions = {}): WriteTarget => ({
		path,
		target: resolve(cwd, path),
		cwd: resolve(cwd),
		force: options.force ?? false,
		protect: (options.protect ?? []).map((input) => resolve(cwd, input)),
	});
	return {
		cwd,
		out: (text) => void process.stdout.write(text),
		err: (text) => void process.stderr.write(text),
		readText: (path) => readTextFile(resolve(cwd, path)),
		writeFile: (path, data, options) => writeFileSafely(target(path, options), data),
		writeFolder: (path, entries, options) => writeFolderSafely(target(path, options), entries),
	};
}
