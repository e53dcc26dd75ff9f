/** An in-memory `CliIo` for command tests: files in a Map, output captured. */
import type { CliIo } from '../../src/cli/command';

export interface MemoryIo extends CliIo {
	readonly files: Map<string, string | Uint8Array>;
	stdout: string;
	stderr: string;
}

export function memoryIo(initial: Record<string, string> = {}): MemoryIo {
	const files = new Map<string, string | Uint8Array>(Object.entries(initial));
	const io: MemoryIo = {
		cwd: '/work',
		files,
		stdout: '',
		stderr: '',
		out: (text) => void (io.stdout += text),
		err: (text) => void (io.stderr += text),
		async readText(path) {
			const content = files.get(path);
			if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
			return typeof content === 'string' ? content : new TextDecoder().decode(content);
		},
		async writeFile(path, data) {
			files.set(path, data);
		},
		async writeFolder(path, entries) {
			for (const entry of entries) files.set(`${path}/${entry.path}`, entry.contents);
		},
	};
	return io;
}
