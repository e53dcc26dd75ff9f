import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../scripts/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(missingChromiumMessage);

// A port of its own, and never an old server: if it is taken, the run fails instead of
// testing whatever build happens to be listening there.
const port = Number(process.env.E2E_PORT ?? 4391);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	outputDir: '../.results',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	reporter: process.env.PW_JSON_REPORT
		? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
		: [['list']],
	globalSetup: './global-setup.ts',
	use: {
		baseURL,
		browserName: 'chromium',
		launchOptions: { executablePath, args: chromiumArgs },
		trace: 'off',
	},
	webServer: {
		command: `node node_modules/astro/astro.js preview --host 127.0.0.1 --port ${port}`,
		cwd: '../..',
		url: `${baseURL}/`,
		reuseExistingServer: false,
		timeout: 30_000,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
