/**
 * Golden files: every preset's generated bundle files, plus a few edge plans for bands the
 * presets do not cover, compared with `test/fixtures/generated/<plan>/<path>`. After an
 * intended change, review the diff and update with `vitest run -u`.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateFiles } from '../../../../src/domain/generators/generate';
import { validatePlan } from '../../../../src/domain/plan/parse';
import type { Plan } from '../../../../src/domain/plan/schema';
import { presets } from '../../../../src/domain/presets';
import { makePlan, patchServer } from '../../../helpers/plans';

const root = '../../../fixtures/generated';

function presetPlan(input: unknown): Plan {
	const result = validatePlan(input);
	if (!result.ok) throw new Error(`preset is not schema-valid: ${JSON.stringify(result.issues)}`);
	return result.plan;
}

/** Bands and shapes no preset covers: traditional v7, v8 before 8.6.4 on Azure, v9.2 on Azure with slots, 17.8 containers, v8 on Umbraco Cloud, media in S3 (10, 11) and in Blob or S3 on v7 through community packages, central shares whose servers differ (v8, and 17.8 on IIS), hostile names. */
const edgePlans: readonly { id: string; plan: Plan }[] = [
	{ id: 'edge-v7-2-traditional', plan: makePlan({ umbraco: '7.2.8', servers: patchServer('web-1', { settings: { serverName: 'WEB1' } }) }) },
	{
		id: 'edge-v8-5-azure',
		plan: makePlan({ umbraco: '8.5.5', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, servers: patchServer('web-1', { instances: 2 }) }),
	},
	{
		id: 'edge-v8-6-2-azure-messenger',
		plan: makePlan({
			umbraco: '8.6.2',
			hosting: 'azure-web-apps',
			files: { strategy: 'azure-web-apps', media: 'blob' },
			servers: patchServer('web-1', { settings: { keepAliveSettings: true, messenger: { syncSeconds: 10, retainHours: 72 } } }),
		}),
	},
	{
		id: 'edge-v9-2-azure-slots',
		plan: makePlan({
			umbraco: '9.2.0',
			hosting: 'azure-web-apps',
			azure: { deploymentSlots: true },
			files: { strategy: 'azure-web-apps', media: 'blob' },
			servers: patchServer('admin', { settings: { keepAliveSettings: true } }),
			upgrades: { unattended: true },
		}),
	},
	{
		// Native forms with probes and per-instance values: no preset runs 17.3+ in containers.
		id: 'edge-v17-8-containers-per-instance',
		plan: makePlan({
			umbraco: '17.8.1',
			hosting: 'containers',
			files: { strategy: 'standalone', media: 'blob' },
			servers: patchServer('web-1', { instances: 3, settings: { machineIdentifier: 'web-{instance}' } }, patchServer('admin', { settings: { machineIdentifier: 'admin' } }, patchServer('web-2', { settings: { machineIdentifier: 'web-2' } }))),
		}),
	},
	{ id: 'edge-v10-s3', plan: makePlan({ umbraco: '10.8.0', files: { strategy: 'standalone', media: 's3' } }) },
	{ id: 'edge-v11-s3-containers', plan: makePlan({ umbraco: '11.5.0', hosting: 'containers', files: { strategy: 'standalone', media: 's3' } }) },
	{ id: 'edge-v7-blob', plan: makePlan({ umbraco: '7.15.10', files: { strategy: 'standalone', media: 'blob' } }) },
	{ id: 'edge-v7-s3', plan: makePlan({ umbraco: '7.15.10', files: { strategy: 'standalone', media: 's3' } }) },
	{
		// One shared Web.config: the main server's upgrade switch and keep-alive cannot be in it.
		id: 'edge-v8-central-share-differing',
		plan: makePlan({ umbraco: '8.18.8', files: { strategy: 'central-share' }, upgrades: { unattended: true }, servers: patchServer('admin', { settings: { keepAliveSettings: true } }) }),
	},
	{
		// One shared appsettings file; what servers differ on goes to each machine's app pool.
		id: 'edge-v17-central-share-iis-differing',
		plan: makePlan({
			umbraco: '17.8.1',
			files: { strategy: 'central-share' },
			upgrades: { unattended: true },
			engage: { cmServer: 'admin' },
			servers: patchServer('web-2', { instances: 2, settings: { machineIdentifier: 'web2-{instance}' } }),
		}),
	},
	{ id: 'edge-v8-cloud-live', plan: makePlan({ umbraco: '8.18.8', umbracoCloud: true, servers: patchServer('web-1', { settings: { localTemp: 'environment-temp', examineFactory: 'synced-temp' } }) }) },
	{
		id: 'edge-hostile-names',
		plan: makePlan({
			name: 'Plan "</configuration>" */ \\ & more',
			// Hosts must be host names now (the schema refuses `web 1;} server evil:80;`); names carry the attack.
			servers: [
				{ id: 'admin', name: 'Admin <b>&amp;</b> [fix](https://evil.example/fix.exe)', host: 'admin.internal', kind: 'backoffice', role: 'publisher' },
				{ id: 'web-1', name: 'Web */ 1 // injected `x` ; } server evil:80;', host: '10.0.0.11', kind: 'frontend', role: 'subscriber' },
				{ id: 'web-2', name: 'Wéb 2 🚀 -- $request_uri', host: 'xn--wb2-bma.internal', kind: 'frontend', role: 'single' },
			],
			loadBalancer: { publicHost: 'www.example.com', stickySessions: 'ip', product: 'other' },
			engage: { cmServer: 'admin', authCookieDomain: '.example.com' },
			files: { strategy: 'central-share', media: 'unc', mediaPath: '\\\\files\\media "x"' },
		}),
	},
];

const plans = [...presets.map((p) => ({ id: p.id, plan: presetPlan(p.plan) })), ...edgePlans];

describe.each(plans)('$id', ({ id, plan }) => {
	const files = generateFiles(plan);

	test('file list (paths, servers, titles, how to apply)', async () => {
		const manifest = files.map(({ path, language, serverIds, title, apply }) => ({ path, language, serverIds, title, apply }));
		await expect(`${JSON.stringify(manifest, null, 2)}\n`).toMatchFileSnapshot(`${root}/${id}/files.json`);
	});

	test('no fixture left from a file the bundle no longer writes', () => {
		const dir = join(import.meta.dirname, root, id);
		const stored = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
			.filter((entry) => entry.isFile())
			.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
			.filter((path) => path !== 'files.json');
		expect(stored.sort()).toEqual(files.map((f) => f.path).sort());
	});

	test.each(files.map((f) => [f.path, f.contents] as const))('%s', async (path, contents) => {
		await expect(contents).toMatchFileSnapshot(`${root}/${id}/${path}`);
	});
});
