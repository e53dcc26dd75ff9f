import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Resolve from the project root whatever directory the command runs in.
	root: fileURLToPath(new URL('..', import.meta.url)),
	// Compiles runes in `.svelte.ts` state modules (the builder's state) for the tests.
	plugins: [svelte({ configFile: false })],
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
	},
});
