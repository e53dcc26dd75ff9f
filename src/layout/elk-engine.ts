/**
 * The one ELK instance, created the first time a layout is asked for. Nothing here imports
 * elkjs eagerly, so pages and tools that import `src/layout` without laying anything out
 * never load the (large, GWT-compiled) engine.
 *
 * The loader is swappable: Node, builds and the CLI use the bundled engine on the calling
 * thread; a browser can later pass a loader built on `elkjs/lib/elk-api.js` with a
 * `workerFactory`, and the mapping code (`toElkGraph`, `fromElkGraph`) stays the same.
 */
import type { ELK } from 'elkjs/lib/elk-api.js';

/** Creates an ELK instance; called at most once per `setElkLoader`. */
export type ElkLoader = () => Promise<ELK>;

/** Loads `elk.bundled.js` (API and engine in one file; runs in Node, browsers and workers). */
export const loadBundledElk: ElkLoader = async () => {
	const { default: ElkConstructor } = await import('elkjs/lib/elk.bundled.js');
	return new ElkConstructor();
};

let loader: ElkLoader = loadBundledElk;
let instance: Promise<ELK> | undefined;

/** The shared ELK instance, loading the engine on first call. */
export function getElk(): Promise<ELK> {
	instance ??= loader().catch((error: unknown) => {
		// Let the next call retry instead of caching a failed load forever.
		instance = undefined;
		throw error;
	});
	return instance;
}

/** Whether the engine has been requested yet (it is only loaded on demand). */
export function isElkRequested(): boolean {
	return instance !== undefined;
}

/**
 * Switches how the engine is loaded (for example to a Web Worker variant). A previously
 * created instance is dropped and its worker, if any, terminated.
 */
export function setElkLoader(next: ElkLoader): void {
	const previous = instance;
	instance = undefined;
	loader = next;
	void previous?.then((elk) => elk.terminateWorker()).catch(() => undefined);
}
