import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The browser tests run against the built site; say so plainly when there is none. */
export default function globalSetup(): void {
	const dist = join(import.meta.dirname, '../../dist');
	if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'pagefind'))) {
		throw new Error('No built site in dist/. Run `npm run build` first (npm test does it for you).');
	}
}
