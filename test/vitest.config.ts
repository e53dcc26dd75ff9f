import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Resolve from the project root whatever directory the command runs in.
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
	},
});
