/**
 * Issue 8 item 3, central share: one shared copy of the site [V7-SHARED] [D13-FSR]. The site files are
 * written once under shared/, what servers differ on goes to each machine (v9+ IIS: its application
 * pool's environment variables) or is left out and named (v7/v8), and README.md, CHECKLIST.md and
 * checklist.json name only files the bundle has. Files are parsed (JSON.parse, the XML element reader,
 * the Compose env-file reader), not grepped.
 */
import { describe, expect, test } from 'vitest';
import { bundleEntries, type BundleEntry } from '../../../../src/domain/bundle/build-bundle';
import { buildChecklist } from '../../../../src/domain/checklist/build-checklist';
import { validatePlan } from '../../../../src/domain/plan/parse';
import type { Plan, PlanInput } from '../../../../src/domain/plan/schema';
import { sharedSite } from '../../../../src/domain/generators/shared-site';
import { presets } from '../../../../src/domain/presets';
import { validate } from '../../../../src/domain/rules/validate';
import { basePlanInput, makePlan, patchServer } from '../../../helpers/plans';
import { arbitraryPlan } from './arbitrary-plan';
import { appSettings, contents, filesByPath, poolVariables, webAppSettings } from './helpers';
import { readDotenv } from './native-readers';
import { xmlElements } from './xml-elements';

const entriesOf = (plan: Plan): BundleEntry[] => bundleEntries({ plan, planInput: plan as PlanInput, diagramSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', permalink: 'https://x.test/#plan=1.x' });
const text = (entries: readonly BundleEntry[], path: string) => entries.find((e) => e.path === path)!.contents;

/** Every bundle path a Markdown or JSON text names: code spans (or JSON strings) starting with servers/ or shared/. */
function namedPaths(markdown: string): string[] {
	const spans = [...markdown.matchAll(/`((?:servers|shared)\/[^`\s]*)`/g)].map((m) => m[1]!);
	return spans.filter((p) => p !== 'servers/<id>/');
}

/** A named path exists: a file of the bundle, or a folder (trailing slash) that holds one. */
function exists(paths: readonly string[], named: string): boolean {
	return named.endsWith('/') ? paths.some((p) => p.startsWith(named)) : paths.includes(named);
}

const siteFile = /^servers\/[^/]+\/(appsettings\.[^/]+\.json|web\.config\.fragment\.xml|Web\.[^/]+\.xdt\.config|umbracoSettings\.config\.fragment\.xml|ExamineSettings\.config\.fragment\.xml)$/;

const share = (patch: Parameters<typeof makePlan>[0] = {}) => makePlan({ files: { strategy: 'central-share' }, ...patch });
const differingIis = () =>
	share({ umbraco: '17.8.1', upgrades: { unattended: true }, engage: { cmServer: 'admin' }, servers: patchServer('web-2', { instances: 2, settings: { machineIdentifier: 'web2-{instance}' } }) });
const differingV8 = () => share({ umbraco: '8.18.8', upgrades: { unattended: true }, servers: patchServer('admin', { settings: { keepAliveSettings: true } }) });

const centralPlans: readonly [string, () => Plan][] = [
	...presets.filter((p) => p.plan.files.strategy === 'central-share').map((p) => [p.id, () => { const r = validatePlan(p.plan); if (!r.ok) throw new Error(p.id); return r.plan; }] as [string, () => Plan]),
	['13.5.2, nothing differs', () => share()],
	['17.8.1 on IIS, servers differ', differingIis],
	['17.8.1 in containers, servers differ', () => ({ ...differingIis(), hosting: 'containers' })],
	['8.18.8, servers differ', differingV8],
	['7.15.10 with replicated-style Examine settings', () => share({ umbraco: '7.15.10' })],
	['7.2.8 traditional', () => share({ umbraco: '7.2.8', servers: patchServer('web-1', { settings: { serverName: 'WEB1' } }) })],
];

test('R82 on 8.18 names the main server\'s upgrade switch and keep-alive element; nothing when the servers agree', () => {
	const hits = validate(differingV8()).filter((f) => f.ruleId === 'R82');
	expect(hits.map((f) => [f.servers, f.path, f.severity])).toEqual([
		[['admin'], 'files.strategy', 'warning'],
		[['admin'], 'files.strategy', 'warning'],
	]);
	expect(hits.map((f) => f.message).join('\n')).toMatch(/Only Admin needs `Umbraco\.Core\.RuntimeState\.UpgradeUnattended = true` in Web\.config[\s\S]*Only Admin needs `<keepAlive> disableKeepAliveTask="false"/);
	expect(validate(share({ umbraco: '8.18.8' })).filter((f) => f.ruleId === 'R82')).toEqual([]);
	expect(validate({ ...differingV8(), files: { ...differingV8().files, strategy: 'replication' } }).filter((f) => f.ruleId === 'R82')).toEqual([]);
});

describe.each(centralPlans)('central share: %s', (_, make) => {
	const plan = make();
	const entries = entriesOf(plan);
	const paths = entries.map((e) => e.path);

	test('no server gets its own copy of a site file', () => {
		expect(paths.filter((p) => siteFile.test(p))).toEqual([]);
	});

	test('README.md, CHECKLIST.md and checklist.json name only files the bundle has', () => {
		for (const doc of ['README.md', 'CHECKLIST.md', 'checklist.json']) {
			const named = namedPaths(text(entries, doc));
			for (const p of named) expect(exists(paths, p), `${doc} names ${p}`).toBe(true);
		}
		// And every shared site file is named by the checklist's one-copy step.
		const oneCopy = buildChecklist(plan).groups.flatMap((g) => g.items).find((i) => i.id === 'files.one-copy')!;
		const sharedSite = paths.filter((p) => /^shared\/(appsettings\.[^/]+\.json|web\.config\.fragment\.xml|Web\.[^/]+\.xdt\.config|umbracoSettings\.config\.fragment\.xml|ExamineSettings\.config\.fragment\.xml)$/.test(p));
		expect(namedPaths(oneCopy.text).filter((p) => p.startsWith('shared/')).sort()).toEqual(sharedSite.sort());
	});

	test('R82 warns of exactly the settings the shared copy leaves out, for the servers that have them', () => {
		const hits = validate(plan).filter((f) => f.ruleId === 'R82');
		const expected = new Map<string, string[]>();
		for (const item of sharedSite(plan).leftOut) {
			const key = `${item.setting} in ${item.file}`;
			expected.set(key, [...(expected.get(key) ?? []), plan.servers.find((s) => s.name === item.server)!.id]);
		}
		const found = new Map(hits.map((f) => [/`(.*)` in (\S+), but/.exec(f.message)!.slice(1, 3).join(' in '), [...f.servers]] as const));
		expect(found).toEqual(expected);
	});

	test('each server\'s checklist step names exactly its own folder\'s files', () => {
		const steps = buildChecklist(plan).groups.flatMap((g) => g.items);
		for (const server of plan.servers) {
			const step = steps.find((i) => i.id === `servers.${server.id}.files`)!;
			const own = paths.filter((p) => p.startsWith(`servers/${server.id}/`));
			expect(namedPaths(step.text).filter((p) => p.startsWith('servers/')).sort()).toEqual(own.sort());
			if (own.length === 0) expect(text(entries, 'README.md')).toContain('- Nothing of its own: it runs the shared copy of the site.');
		}
	});
});

describe('v9+ on IIS: one shared appsettings file, differences as app-pool environment variables [MS-IIS-APPPOOL-ENV]', () => {
	const plan = differingIis();

	test('the shared file holds what every server has, and none of the differences', () => {
		const json = JSON.parse(contents(plan, 'shared/appsettings.Production.json')) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
		expect(json.Umbraco!.CMS!.Hosting).toEqual({ LocalTempStorageLocation: 'EnvironmentTemp' });
		expect(json.Umbraco!.CMS!.Examine).toEqual({ LuceneDirectoryFactory: 'TempFileSystemDirectoryFactory' });
		expect(json.Umbraco!.CMS!.Unattended).toBeUndefined();
		expect(json.Engage).toBeUndefined();
	});

	test('each pool carries its own values, in the element applicationHost.config expects', () => {
		const pool = (id: string) => contents(plan, `servers/${id}/applicationHost.config.fragment.xml`);
		for (const id of ['admin', 'web-1', 'web-2']) {
			const adds = xmlElements(pool(id), 'add');
			expect(adds[0]).toEqual({ path: 'configuration/system.applicationHost/applicationPools/add', attrs: { name: 'CHANGE-ME-APP-POOL' } });
			expect(adds.slice(1).every((a) => a.path === 'configuration/system.applicationHost/applicationPools/add/environmentVariables/add')).toBe(true);
		}
		expect(poolVariables(pool('admin'))).toEqual({ UMBRACO__CMS__Unattended__UpgradeUnattended: 'true', Engage__Analytics__DataProcessing__IsProcessingServer: 'true', LoadBalancing__ServerRole: 'SchedulingPublisher' });
		expect(poolVariables(pool('web-1'))).toEqual({ Engage__Analytics__DataProcessing__IsProcessingServer: 'false', LoadBalancing__ServerRole: 'Subscriber' });
		// A per-instance value cannot be one pool's value: named, not set.
		expect(poolVariables(pool('web-2'))).toEqual({ Engage__Analytics__DataProcessing__IsProcessingServer: 'false', LoadBalancing__ServerRole: 'Subscriber' });
		expect(pool('web-2')).toContain('UMBRACO__CMS__Hosting__MachineIdentifier = web2-{instance}');
		expect(filesByPath(plan).get('servers/web-2/applicationHost.config.fragment.xml')!.apply).toContain('per-instance `UMBRACO__CMS__Hosting__MachineIdentifier`');
	});

	test('what a server ends up with: the shared file plus its pool', () => {
		expect(appSettings(plan, 'admin')).toMatchObject({ 'Umbraco:CMS:Unattended:UpgradeUnattended': 'true', 'Umbraco:CMS:Hosting:LocalTempStorageLocation': 'EnvironmentTemp' });
		expect(appSettings(plan, 'web-1')).not.toHaveProperty(['Umbraco:CMS:Unattended:UpgradeUnattended']);
	});

	test('nothing differs (roles left to the election): no pool files at all', () => {
		const elected = basePlanInput.servers.map((s) => ({ ...s, role: 'elected' as const }));
		expect([...filesByPath(share({ servers: elected })).keys()].filter((p) => p.includes('applicationHost') || p.endsWith('.cs') && p.includes('Role'))).toEqual([]);
	});

	test('pinned roles: one shared composer reads each pool’s LoadBalancing__ServerRole, no role file per server', () => {
		const files = filesByPath(share());
		expect([...files.keys()].filter((p) => /Server(RoleAccessor|Registrar)\.cs$/.test(p))).toEqual([]);
		const composer = files.get('shared/ConfiguredServerRoleComposer.cs')!;
		expect(composer.serverIds).toEqual([]);
		expect(composer.contents).toContain('builder.Config["LoadBalancing:ServerRole"]');
		expect(composer.contents).toContain('builder.SetServerRegistrar(new ConfiguredServerRoleAccessor(role));');
		const pool = (id: string) => poolVariables(files.get(`servers/${id}/applicationHost.config.fragment.xml`)!.contents);
		expect(pool('admin')).toEqual({ LoadBalancing__ServerRole: 'SchedulingPublisher' });
		expect(pool('web-1')).toEqual({ LoadBalancing__ServerRole: 'Subscriber' });
		const roleSteps = buildChecklist(share()).groups.flatMap((g) => g.items).filter((i) => i.id.endsWith('.role'));
		expect(roleSteps.map((i) => i.server)).toEqual(['admin', 'web-1', 'web-2']);
		for (const step of roleSteps) expect(step.text).toContain('`ConfiguredServerRoleComposer.cs`');
	});

	test('containers: no pool files; each container\'s .env holds the shared values and its own', () => {
		const containers: Plan = { ...plan, hosting: 'containers' };
		const files = filesByPath(containers);
		expect([...files.keys()].filter((p) => p.includes('applicationHost'))).toEqual([]);
		const env = readDotenv(files.get('servers/admin/.env')!.contents);
		expect(env.get('UMBRACO__CMS__Hosting__LocalTempStorageLocation')).toBe('EnvironmentTemp');
		expect(env.get('UMBRACO__CMS__Unattended__UpgradeUnattended')).toBe('true');
		expect(readDotenv(files.get('servers/web-1/.env')!.contents).get('Engage__Analytics__DataProcessing__IsProcessingServer')).toBe('false');
	});
});

describe('v7/v8: one Web.config and one umbracoSettings.config; differences left out and named [V7-SHARED]', () => {
	const plan = differingV8();

	test('the shared Web.config fragment has the common appSettings and the machine key, not the main server\'s upgrade switch', () => {
		const xml = contents(plan, 'shared/web.config.fragment.xml');
		const keys = Object.fromEntries(xmlElements(xml, 'add').map((a) => [a.attrs.key, a.attrs.value]));
		expect(keys).toEqual({ 'Umbraco.Core.LocalTempStorage': 'EnvironmentTemp', 'Umbraco.Examine.LuceneDirectoryFactory': 'Examine.LuceneEngine.Directories.TempEnvDirectoryFactory, Examine', 'Umbraco.Core.ConfigurationStatus': '8.18.8' });
		expect(xmlElements(xml, 'machineKey')).toHaveLength(1);
		expect(xml).toContain('Left out because the servers differ on it');
		expect(xml).toContain('Umbraco.Core.RuntimeState.UpgradeUnattended = true on Admin');
		for (const id of ['admin', 'web-1', 'web-2']) expect(webAppSettings(plan, id)).toEqual(keys);
	});

	test('the shared umbracoSettings.config keeps the application URL and names the admin-only keepAlive', () => {
		const xml = contents(plan, 'shared/umbracoSettings.config.fragment.xml');
		expect(xmlElements(xml, 'web.routing')).toEqual([{ path: 'settings/web.routing', attrs: { umbracoApplicationUrl: 'https://www.example.com/umbraco' } }]);
		expect(xmlElements(xml, 'keepAlive')).toEqual([]);
		expect(xml).toContain('<keepAlive> disableKeepAliveTask="false"');
	});

	test('the checklist says what was left out, and the upgrade steps fit one Web.config', () => {
		const steps = buildChecklist(plan).groups.flatMap((g) => g.items);
		const oneCopy = steps.find((i) => i.id === 'files.one-copy')!;
		expect(oneCopy.text).toContain('`Umbraco.Core.RuntimeState.UpgradeUnattended = true` (`Web.config`, `Admin`)');
		expect(steps.find((i) => i.id === 'upgrades.v8-steps')!.text).toContain('in the one shared Web.config and start only the main server');
		expect(steps.find((i) => i.id === 'servers.admin.upgrade')!.text).toContain('one shared Web.config');
	});

	test('v7: one ExamineSettings.config for every server', () => {
		const v7 = share({ umbraco: '7.15.10' });
		const adds = xmlElements(contents(v7, 'shared/ExamineSettings.config.fragment.xml'), 'add');
		expect(adds).toEqual([{ path: 'Examine/ExamineIndexProviders/providers/add', attrs: { directoryFactory: 'Examine.LuceneEngine.Directories.TempEnvDirectoryFactory,Examine' } }]);
	});
});

describe('any schema-valid plan (seeded): README and checklist name only files the bundle has', () => {
	test.each(Array.from({ length: 200 }, (_, i) => i + 1))('seed %i', (seed) => {
		const plan = arbitraryPlan(seed);
		const entries = entriesOf(plan);
		const paths = entries.map((e) => e.path);
		for (const doc of ['README.md', 'CHECKLIST.md']) for (const p of namedPaths(text(entries, doc))) expect(exists(paths, p), `${doc} names ${p}`).toBe(true);
		if (plan.files.strategy === 'central-share') expect(paths.filter((p) => siteFile.test(p))).toEqual([]);
	});
});
