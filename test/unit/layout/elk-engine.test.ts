import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ElkApi from 'elkjs/lib/elk-api.js';
import { afterEach, describe, expect, test } from 'vitest';
import * as layout from '../../../src/layout';
import { v8DedicatedPlan } from './plans';

const layoutDir = join(import.meta.dirname, '../../../src/layout');

afterEach(() => layout.setElkLoader(layout.loadBundledElk));

describe('ELK loading', () => {
	// Runs first in this file (fresh module state): nothing so far has asked for a layout.
	test('importing src/layout and rendering without layout does not request the engine', () => {
		const plan = v8DedicatedPlan();
		layout.toElkGraph(plan);
		layout.renderDiagramSvg(plan, { width: 10, height: 10, boxes: [], edges: [] });
		expect(layout.isElkRequested()).toBe(false);
	});

	test('only the engine loaders load elkjs code, and only through dynamic imports', () => {
		const runtimeImports = readdirSync(layoutDir).flatMap((file) => {
			const code = readFileSync(join(layoutDir, file), 'utf8');
			const statics = [...code.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(elkjs[^']*)'/gm)].map((m) => `${file}: static ${m[1]}`);
			const dynamics = [...code.matchAll(/import\(\s*'(elkjs[^']*)'\s*\)/g)].map((m) => `${file}: dynamic ${m[1]}`);
			return [...statics, ...dynamics];
		});
		expect(runtimeImports.sort()).toEqual([
			'elk-engine.ts: dynamic elkjs/lib/elk.bundled.js',
			'elk-worker-loader.ts: dynamic elkjs/lib/elk-api.js',
			'elk-worker-loader.ts: dynamic elkjs/lib/elk-worker.min.js?url',
		]);
	});

	test('creates one engine and shares it between layouts', async () => {
		let loads = 0;
		layout.setElkLoader(() => {
			loads += 1;
			return layout.loadBundledElk();
		});
		const [a, b] = await Promise.all([layout.getElk(), layout.getElk()]);
		await layout.layoutPlan(v8DedicatedPlan());
		expect(a).toBe(b);
		expect(loads).toBe(1);
	});

	test('retries a failed load on the next request', async () => {
		let attempts = 0;
		layout.setElkLoader(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : layout.loadBundledElk()));
		await expect(layout.getElk()).rejects.toThrow('offline');
		await expect(layout.getElk()).resolves.toBeDefined();
		expect(attempts).toBe(2);
	});

	test('lays out identically through elk-api with a worker factory (the browser worker shape)', async () => {
		const bundled = await layout.layoutPlan(v8DedicatedPlan());
		// In Node, elkjs's fake worker stands in for a Web Worker; the API side is the same.
		const { Worker: FakeWorker } = createRequire(import.meta.url)('elkjs/lib/elk-worker.min.js') as { Worker: new (url?: string) => Worker };
		layout.setElkLoader(async () => new ElkApi({ workerFactory: (url) => new FakeWorker(url) }));
		expect(await layout.layoutPlan(v8DedicatedPlan())).toEqual(bundled);
	});
});
