// Finds the Chromium the browser tests drive. Playwright's own browser download is not
// used: set CHROMIUM_PATH to any Chromium or Chrome binary to pick another one.
import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Absolute path of the browser to use, or undefined when none is found. */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		try {
			accessSync(fromEnv, constants.X_OK);
			return fromEnv;
		} catch {
			return undefined;
		}
	}
	for (const name of candidates) {
		try {
			const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
			if (path) return path;
		} catch {
			// not on PATH; try the next name
		}
	}
	return undefined;
}

export const missingChromiumMessage = `No Chromium found for the browser tests.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Other systems:  install Chromium or Chrome, then point at it with
                  CHROMIUM_PATH=/path/to/chrome npm test
${process.env.CHROMIUM_PATH ? `  (CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", which is not an executable file.)\n` : ''}`;

/** Flags for a headless run on a machine without network or GPU. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
