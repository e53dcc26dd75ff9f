/**
 * Browser loader: ELK's engine runs in a Web Worker, fetched the first time a layout is
 * asked for, so the page thread never parses the large GWT-compiled engine.
 * Use with `setElkLoader(loadWorkerElk)`.
 */
import type { ElkLoader } from './elk-engine';

export const loadWorkerElk: ElkLoader = async () => {
	const [{ default: ElkConstructor }, { default: workerUrl }] = await Promise.all([
		import('elkjs/lib/elk-api.js'),
		import('elkjs/lib/elk-worker.min.js?url'),
	]);
	return new ElkConstructor({ workerUrl });
};
