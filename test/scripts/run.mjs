// Runs a command with the project's binaries and telemetry off; resolves with its exit code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Project-local CLIs, run with this Node (no npx: quieter, and never downloads anything). */
export const bins = {
	astro: 'node_modules/astro/astro.js',
	svelteCheck: 'node_modules/svelte-check/bin/svelte-check',
	vitest: 'node_modules/vitest/vitest.mjs',
	pagefind: 'node_modules/pagefind/lib/runner/bin.cjs',
	playwright: 'node_modules/@playwright/test/cli.js',
};

/** Runs `node <bin> ...args` in the project root, output streamed through. */
export function runNode(bin, args, env = {}) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [bin, ...args], {
			cwd: projectRoot,
			stdio: 'inherit',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		});
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
		child.on('error', () => resolve(1));
	});
}

/** Builds the site and its search index into dist/. */
export async function build() {
	const code = await runNode(bins.astro, ['build']);
	if (code !== 0) return code;
	return runNode(bins.pagefind, ['--site', 'dist', '--output-subdir', 'pagefind', '--silent']);
}
