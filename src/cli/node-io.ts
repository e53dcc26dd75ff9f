/** The real-world `CliIo`: the process's streams and the file system. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliIo } from './command';

export function nodeIo(cwd = process.cwd()): CliIo {
	return {
		cwd,
		out: (text) => void process.stdout.write(text),
		err: (text) => void process.stderr.write(text),
		readText: (path) => readFile(resolve(cwd, path), 'utf8'),
		async writeFile(path, data) {
			const target = resolve(cwd, path);
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target, data);
		},
	};
}
