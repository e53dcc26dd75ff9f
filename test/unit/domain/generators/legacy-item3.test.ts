/**
 * Issue 8 item 3, v7/v8 and keep-alive slices: SQL Server session state, v7 replicated TEMP and
 * Examine, the v7 application URL before 7.2.7, v7.6+ single-server election switch, log4net
 * host-name file names, keep-alive off (R52), R37 with a pinned SqlMainDomLock, and one build on
 * a central share. Generated XML is checked for well-formedness and read as elements, not grepped.
 */
import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../../../src/domain/checklist/build-checklist';
import { findRule } from '../../../../src/domain/rules/index';
import { getBand } from '../../../../src/domain/versions/catalogue';
import { parseVersion } from '../../../../src/domain/versions/version';
import type { Plan } from '../../../../src/domain/plan/schema';
import { basePlanInput, makePlan, patchServer } from '../../../helpers/plans';

const basePlanServers = basePlanInput.servers;
import { appSettings, contents, filesByPath, serverPaths, webAppSettings } from './helpers';
import { xmlElements } from './xml-elements';

const checklistText = (plan: Plan) => JSON.stringify(buildChecklist(plan));

describe('v7/v8 SQL Server session state [V7-IDX] [V8-CFG]', () => {
	test.each(['7.2.8', '7.3.0', '7.15.10', '8.0.1', '8.18.8'])('%s, sessions used with store sql-server: <sessionState mode="SQLServer"> in system.web on every server', (umbraco) => {
		const plan = makePlan({ umbraco, sessions: { used: true, store: 'sql-server' } });
		for (const id of ['admin', 'web-1', 'web-2']) {
			const found = xmlElements(contents(plan, `servers/${id}/web.config.fragment.xml`), 'sessionState');
			expect(found).toEqual([{ path: 'configuration/system.web/sessionState', attrs: { mode: 'SQLServer', sqlConnectionString: 'CHANGE-ME-CONNECTION-STRING' } }]);
		}
		expect(checklistText(plan)).toContain('<sessionState mode=\\"SQLServer\\"');
	});

	test.each([
		['sessions not used', { used: false, store: 'sql-server' }],
		['store redis', { used: true, store: 'redis' }],
		['store none', { used: true, store: 'none' }],
	] as const)('8.18.8, %s: no sessionState', (_, sessions) => {
		const plan = makePlan({ umbraco: '8.18.8', sessions });
		expect(xmlElements(contents(plan, 'servers/web-1/web.config.fragment.xml'), 'sessionState')).toEqual([]);
	});

	test('a single server gets no sessionState (nothing to share)', () => {
		const plan = makePlan({ umbraco: '8.18.8', servers: [{ id: 'solo', name: 'Solo', host: 'solo.internal', kind: 'backoffice', role: 'single' }] });
		expect(xmlElements(contents(plan, 'servers/solo/web.config.fragment.xml') || '<x />', 'sessionState')).toEqual([]);
	});

	test('v9+ never writes web.config session state', () => {
		const plan = makePlan({ umbraco: '13.5.2' });
		expect([...filesByPath(plan).keys()].some((p) => p.endsWith('web.config.fragment.xml'))).toBe(false);
	});
});

describe('v7 replicated TEMP: Examine leaves it too [V7-FLEX] [V7-REPL]', () => {
	const replicatedTemp = (umbraco: string, settings = {}) =>
		makePlan({ umbraco, files: { strategy: 'replication', replication: { excludesTemp: false } }, servers: patchServer('web-1', { settings }) });

	test.each(['7.3.0', '7.7.3', '7.15.10'])('%s: temp-only directory factory on every indexer, temp on the machine', (umbraco) => {
		const plan = replicatedTemp(umbraco);
		for (const id of ['admin', 'web-1', 'web-2']) {
			const adds = xmlElements(contents(plan, `servers/${id}/ExamineSettings.config.fragment.xml`), 'add');
			expect(adds).toEqual([{ path: 'Examine/ExamineIndexProviders/providers/add', attrs: { directoryFactory: 'Examine.LuceneEngine.Directories.TempEnvDirectoryFactory,Examine' } }]);
		}
		expect(contents(plan, 'servers/web-1/ExamineSettings.config.fragment.xml')).toContain('Examine 0.1.83');
		expect(checklistText(plan)).toContain('TempEnvDirectoryFactory');
	});

	test('TEMP excluded from replication: no Examine fragment', () => {
		const plan = makePlan({ umbraco: '7.15.10' });
		expect(serverPaths(plan, 'web-1')).not.toContain('ExamineSettings.config.fragment.xml');
	});

	test('an explicit examineFactory in the plan wins', () => {
		const plan = replicatedTemp('7.15.10', { examineFactory: 'synced-temp' });
		expect(xmlElements(contents(plan, 'servers/web-1/ExamineSettings.config.fragment.xml'), 'add')[0]?.attrs.directoryFactory).toBe('Examine.LuceneEngine.Directories.SyncTempEnvDirectoryFactory,Examine');
	});
});

describe('v7 application URL: umbracoApplicationUrl from 7.2.7, scheduledTasks baseUrl before [V7-UMBSET]', () => {
	test.each([
		['7.1.9', false],
		['7.2.6', false],
		['7.2.7', true],
		['7.2.8', true],
		['7.15.10', true],
	])('%s: web.routing written = %s', (umbraco, written) => {
		const plan = makePlan({ umbraco });
		const xml = contents(plan, 'servers/web-1/umbracoSettings.config.fragment.xml');
		const routing = xml ? xmlElements(xml, 'web.routing') : [];
		expect(routing).toEqual(written ? [{ path: 'settings/web.routing', attrs: { umbracoApplicationUrl: 'https://www.example.com/umbraco' } }] : []);
		const steps = buildChecklist(plan).groups.flatMap((g) => g.items);
		const note = steps.find((s) => s.id === 'infrastructure.application-url');
		if (written) expect(note).toBeUndefined();
		else {
			expect(note?.text).toContain('scheduledTasks baseUrl');
			expect(note?.text).toContain('7.2.7');
			expect(note?.sources).toEqual(['V7-UMBSET']);
		}
	});

	test('no application URL in the plan: no note', () => {
		const steps = buildChecklist(makePlan({ umbraco: '7.2.6', applicationUrl: undefined })).groups.flatMap((g) => g.items);
		expect(steps.some((s) => s.id === 'infrastructure.application-url')).toBe(false);
	});
});

describe('v7 single server: umbracoDisableElectionForSingleServer from 7.6 [V7-WEBCFG]', () => {
	const single = (umbraco: string) => makePlan({ umbraco, servers: patchServer('web-1', { role: 'single' }) });

	test.each([
		['7.5.14', undefined, true],
		['7.6.0', 'true', false],
		['7.15.10', 'true', false],
	])('%s: appSetting %s, registrar code %s', (umbraco, setting, registrar) => {
		const plan = single(umbraco);
		const adds = xmlElements(contents(plan, 'servers/web-1/web.config.fragment.xml'), 'add');
		const value = adds.find((a) => a.attrs.key === 'umbracoDisableElectionForSingleServer')?.attrs.value;
		expect(value).toBe(setting);
		if (value) expect(adds.find((a) => a.attrs.key === 'umbracoDisableElectionForSingleServer')?.path).toBe('configuration/appSettings/add');
		expect(serverPaths(plan, 'web-1').includes('SingleRoleServerRegistrar.cs')).toBe(registrar);
		const role = buildChecklist(plan).groups.flatMap((g) => g.items).find((s) => s.id === 'servers.web-1.role');
		expect(role?.text.includes('umbracoDisableElectionForSingleServer')).toBe(!registrar);
	});

	test('v8 keeps its own key (Umbraco.Core.DisableElectionForSingleServer)', () => {
		expect(webAppSettings(single('8.18.8'), 'web-1')).toMatchObject({ 'Umbraco.Core.DisableElectionForSingleServer': 'true' });
		expect(webAppSettings(single('8.18.8'), 'web-1')['umbracoDisableElectionForSingleServer']).toBeUndefined();
	});
});

describe('v7 log4net file name with the host name when logs share a folder (R48) [V7-LOG]', () => {
	const shared = (umbraco: string, fileNamePerMachine: boolean) => makePlan({ umbraco, logging: { sharedDirectory: true, fileNamePerMachine } });

	test.each(['7.2.8', '7.15.10'])('%s: shared/log4net.config.fragment.xml with a PatternString file', (umbraco) => {
		const plan = shared(umbraco, false);
		const file = filesByPath(plan).get('shared/log4net.config.fragment.xml');
		expect(file?.serverIds).toEqual([]);
		expect(xmlElements(file!.contents, 'file')).toEqual([
			{ path: 'log4net/appender/file', attrs: { type: 'log4net.Util.PatternString', value: 'App_Data\\Logs\\UmbracoTraceLog.%property{log4net:HostName}.txt' } },
		]);
		expect(checklistText(plan)).toContain('shared/log4net.config.fragment.xml');
	});

	test('7.4.0 on a central share: the log folder is on the share, so the one log4net.config gets the fragment', () => {
		const plan = makePlan({ umbraco: '7.4.0', files: { strategy: 'central-share' }, logging: { fileNamePerMachine: false } });
		const file = filesByPath(plan).get('shared/log4net.config.fragment.xml');
		expect(file?.apply).toMatch(/^In the one ~\/Config\/log4net\.config of the shared site folder/);
	});

	test.each([
		['7.15.10, names already per machine', shared('7.15.10', true)],
		['7.15.10, logs not shared', makePlan({ umbraco: '7.15.10', logging: { sharedDirectory: false, fileNamePerMachine: false } })],
		['8.18.8 (Serilog)', shared('8.18.8', false)],
		['13.5.2', shared('13.5.2', false)],
	])('%s: no log4net fragment', (_, plan) => {
		expect(filesByPath(plan).has('shared/log4net.config.fragment.xml')).toBe(false);
	});
});

describe('keep-alive off where R52 recommends it [V8-KEEPALIVE] [V9-KEEPALIVE] [PR-15891]', () => {
	const off = (umbraco: string) => makePlan({ umbraco, servers: patchServer('web-1', { settings: { disableKeepAlive: true } }) });

	test.each(['8.6.0', '8.6.4', '8.18.8'])('%s: <keepAlive disableKeepAliveTask="true" /> in umbracoSettings.config', (umbraco) => {
		expect(xmlElements(contents(off(umbraco), 'servers/web-1/umbracoSettings.config.fragment.xml'), 'keepAlive')).toEqual([{ path: 'settings/keepAlive', attrs: { disableKeepAliveTask: 'true' } }]);
		expect(contents(off(umbraco), 'servers/admin/umbracoSettings.config.fragment.xml')).not.toContain('keepAlive');
	});

	test('8.5.5: no keepAlive element (it exists from 8.6)', () => {
		expect(contents(off('8.5.5'), 'servers/web-1/umbracoSettings.config.fragment.xml')).not.toContain('keepAlive');
	});

	test.each(['9.0.0', '9.5.0', '10.8.0', '13.5.2'])('%s: Umbraco:CMS:KeepAlive:DisableKeepAliveTask = true, no ping URL', (umbraco) => {
		const settings = appSettings(off(umbraco), 'web-1');
		expect(settings['Umbraco:CMS:KeepAlive:DisableKeepAliveTask']).toBe(true);
		expect(settings['Umbraco:CMS:KeepAlive:KeepAlivePingUrl']).toBeUndefined();
		expect(appSettings(off(umbraco), 'admin')['Umbraco:CMS:KeepAlive:DisableKeepAliveTask']).toBeUndefined();
		const step = buildChecklist(off(umbraco)).groups.flatMap((g) => g.items).find((s) => s.id === 'servers.web-1.keep-alive');
		expect(step?.text).toContain('Umbraco:CMS:KeepAlive:DisableKeepAliveTask = true');
		expect(step?.rule).toBe('R52');
	});

	test.each(['14.3.0', '16.0.0', '17.8.1'])('%s: nothing (keep-alive removed in 14)', (umbraco) => {
		expect(Object.keys(appSettings(off(umbraco), 'web-1')).some((k) => k.includes('KeepAlive'))).toBe(false);
		expect(buildChecklist(off(umbraco)).groups.flatMap((g) => g.items).some((s) => s.id === 'servers.web-1.keep-alive')).toBe(false);
	});

	test('13.5.2 with keepAliveSettings only: the documented defaults as before', () => {
		const settings = appSettings(makePlan({ servers: patchServer('web-1', { settings: { keepAliveSettings: true } }) }), 'web-1');
		expect(settings['Umbraco:CMS:KeepAlive:DisableKeepAliveTask']).toBe(false);
		expect(settings['Umbraco:CMS:KeepAlive:KeepAlivePingUrl']).toBe('~/api/keepalive/ping');
	});
});

describe('R37 is quiet when a plan deliberately pins SqlMainDomLock [D13-GLOBAL]', () => {
	const r37 = findRule('R37')!;
	const run = (plan: Plan) => r37.check({ plan, band: getBand(plan.umbraco), version: parseVersion(plan.umbraco)! });
	const azure = (settings: Record<string, unknown>) =>
		makePlan({ umbraco: '13.5.2', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, servers: patchServer('admin', { settings }) });

	test('Azure v13 with SqlMainDomLock pinned: no hit', () => {
		expect(run(azure({ mainDomLock: 'sql', mainDomKeyDiscriminator: 'slot-a' }))).toEqual([]);
	});
	test('Azure v13 with nothing pinned: the default-is-fine note', () => {
		expect(run(azure({}))).toHaveLength(1);
	});
});

describe('central share: one shared copy of the site, no build per role [V7-SHARED] [D13-FSR]', () => {
	test.each([
		['7.15.10', 'Master', 'Slave'],
		['8.5.5', 'Master', 'Replica'],
		['8.18.8', 'Primary', 'Replica'],
	])('%s on IIS: one shared registrar reads the role each pool sets', (umbraco, publisher, subscriber) => {
		const plan = makePlan({ umbraco, files: { strategy: 'central-share' } });
		expect(plan.hosting).toBe('iis');
		const files = filesByPath(plan);
		// No per-server role code: it would pin every server from the one build.
		expect([...files.keys()].filter((p) => /^servers\/.*Server(Registrar|RoleAccessor)\.cs$/.test(p))).toEqual([]);
		const shared = files.get('shared/ConfiguredServerRegistrar.cs')!;
		expect(shared.serverIds).toEqual([]);
		expect(shared.contents).toContain('Environment.GetEnvironmentVariable("LoadBalancing__ServerRole")');
		expect(shared.contents).toContain(`role == ServerRole.${publisher} || role == ServerRole.${subscriber}`);
		expect(shared.contents).toContain(umbraco.startsWith('7') ? 'ServerRegistrarResolver.Current.SetServerRegistrar(' : 'composition.SetServerRegistrar(');
		// C# 7.3, the .NET Framework default: no `is … or …` patterns.
		expect(shared.contents).not.toMatch(/\bis ServerRole\./);
		const roles = new Map(plan.servers.map((s) => [s.id, s.role === 'publisher' ? publisher : subscriber]));
		for (const server of plan.servers) {
			const pool = xmlElements(contents(plan, `servers/${server.id}/applicationHost.config.fragment.xml`), 'add').filter((e) => e.attrs['name'] === 'LoadBalancing__ServerRole');
			expect(pool.map((e) => e.attrs['value'])).toEqual([roles.get(server.id)]);
		}
		const steps = buildChecklist(plan).groups.flatMap((g) => g.items).filter((s) => s.id.endsWith('.role'));
		expect(steps).toHaveLength(plan.servers.length);
		for (const step of steps) expect(step.text).toMatch(/includes `ConfiguredServerRegistrar\.cs`, which reads `LoadBalancing__ServerRole = (\w+)`/);
	});

	test.each(['7.0.0', '7.2.8'])('%s (traditional): no role code, and no step that names any', (umbraco) => {
		const plan = makePlan({ umbraco, files: { strategy: 'central-share' } });
		expect([...filesByPath(plan).keys()].filter((p) => p.endsWith('.cs'))).toEqual([]);
		const text = checklistText(plan);
		expect(text).not.toContain('ConfiguredServerRegistrar');
		expect(text).not.toContain('LoadBalancing__ServerRole');
	});

	test('8.18.8 on Azure: no pool to read, so role files ask for a run-time check, not a separate build per role', () => {
		const plan = makePlan({ umbraco: '8.18.8', hosting: 'azure-web-apps', files: { strategy: 'central-share' } });
		const roleFiles = [...filesByPath(plan).values()].filter((f) => f.language === 'csharp' && f.serverIds.length === 1 && /Server(Registrar|RoleAccessor)\.cs$/.test(f.path));
		expect(roleFiles.length).toBeGreaterThan(0);
		for (const f of roleFiles) {
			expect(f.apply).toContain('no build per role');
			expect(f.apply).not.toContain('rebuild and deploy');
			expect(f.contents).not.toContain('Compile this file only into the build');
		}
		expect(filesByPath(plan).has('shared/ConfiguredServerRegistrar.cs')).toBe(false);
		const steps = buildChecklist(plan).groups.flatMap((g) => g.items);
		for (const step of steps.filter((s) => s.id.endsWith('.role'))) expect(step.text).toContain('do not make a separate build per role');
	});

	test.each(['7.15.10', '8.18.8'])('%s: messenger options every server shares are one file in the one build', (umbraco) => {
		const messenger = { settings: { messenger: { syncSeconds: 10, retainHours: 48 } } };
		const same = makePlan({ umbraco, files: { strategy: 'central-share' }, servers: basePlanServers.map((s) => ({ ...s, ...messenger })) });
		const files = [...filesByPath(same).values()].filter((f) => /DatabaseServerMessenger\w*\.cs$/.test(f.path));
		expect(files.map((f) => [f.path, f.serverIds])).toEqual([[`shared/${umbraco.startsWith('7') ? 'DatabaseServerMessengerStartup' : 'DatabaseServerMessengerOptionsComposer'}.cs`, []]]);
		expect(files[0]!.contents).toMatch(/ThrottleSeconds = 10/);
		expect(files[0]!.contents).toMatch(/DaysToRetainInstructions = 2/);

		// Servers that differ keep their own files and the note to settle on one set.
		const differ = makePlan({ umbraco, files: { strategy: 'central-share' }, servers: patchServer('web-1', { settings: { messenger: { syncSeconds: 10 } } }) });
		const own = [...filesByPath(differ).values()].filter((f) => /DatabaseServerMessenger\w*\.cs$/.test(f.path));
		expect(own.map((f) => f.serverIds)).toEqual([['web-1']]);
		expect(own[0]!.apply).toContain('only with options every server should use');
	});

	test('replication keeps the per-role build instructions', () => {
		const f = filesByPath(makePlan({})).get('servers/web-1/SubscriberServerRoleAccessor.cs')!;
		expect(f.apply).toContain('rebuild and deploy');
	});
});
