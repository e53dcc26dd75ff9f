/**
 * Zod compiles faster object parsers with `new Function` when it may, and finds out by
 * trying one as each object schema is built. Under the site's Content-Security-Policy (no
 * `'unsafe-eval'`) that try is refused and reported as a violation, so the browser build
 * turns compiling off. Import this before anything that builds a schema: the setting is
 * read when a schema is created, not when it parses.
 */
import { config } from 'zod/mini';

config({ jitless: true });
