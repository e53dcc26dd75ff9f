// `npm run build`: the static site plus its Pagefind search index.
import { build } from './run.mjs';

process.exit(await build());
