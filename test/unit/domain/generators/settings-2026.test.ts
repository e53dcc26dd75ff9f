/**
 * What a plan states for 17.4–18.3 reaches the files, where the version has the key:
 * ApplicationUrlDetection [D17-WEBROUTING], ClientShouldSkipNegotiation [PR-22700],
 * Hosting:Debug false behind a load-balanced backoffice [ISSUE-21568], the scheduled-publishing
 * period [PR-23127] and the distributed-jobs timings [D17-DISTJOBS]. Read from the generated
 * appsettings (and the environment forms, which carry the same entries).
 */
import { describe, expect, test } from 'vitest';
import { makePlan, patchServer } from '../../../helpers/plans';
import { buildChecklist } from '../../../../src/domain/checklist/build-checklist';
import { appSettings, azureSettings, filesByPath } from './helpers';

const lbBackoffice = (umbraco: string, signalR: 'sql-server' | 'redis' | 'azure-signalr', extra: Record<string, unknown> = {}) =>
	makePlan({
		umbraco,
		servers: [
			{ id: 'node-1', name: 'Node 1', host: 'node1.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
			{ id: 'node-2', name: 'Node 2', host: 'node2.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
		],
		backoffice: { mode: 'load-balanced', signalR, isolatedCaches: true, skipNegotiation: true },
		...extra,
	});

describe('a load-balanced backoffice', () => {
	test('17.5+: every node skips negotiation with a SQL Server or Redis backplane', () => {
		for (const signalR of ['sql-server', 'redis'] as const) {
			const plan = lbBackoffice('17.8.1', signalR);
			for (const id of ['node-1', 'node-2']) expect(appSettings(plan, id)['Umbraco:CMS:SignalR:ClientShouldSkipNegotiation']).toBe(true);
		}
	});

	test('never with Azure SignalR Service, and not before 17.5 (no such key)', () => {
		expect(appSettings(lbBackoffice('17.8.1', 'azure-signalr'), 'node-1')).not.toHaveProperty(['Umbraco:CMS:SignalR:ClientShouldSkipNegotiation']);
		expect(appSettings(lbBackoffice('17.4.2', 'redis'), 'node-1')).not.toHaveProperty(['Umbraco:CMS:SignalR:ClientShouldSkipNegotiation']);
	});

	test('Hosting:Debug is written false on every node, whatever the plan says the server runs with now', () => {
		const plan = lbBackoffice('17.8.1', 'redis');
		const debugOn = { ...plan, servers: plan.servers.map((s) => ({ ...s, settings: { ...s.settings, hostingDebug: true } })) };
		for (const id of ['node-1', 'node-2']) expect(appSettings(debugOn, id)['Umbraco:CMS:Hosting:Debug']).toBe(false);
		expect(appSettings(makePlan({ umbraco: '17.8.1' }), 'admin')).not.toHaveProperty(['Umbraco:CMS:Hosting:Debug']);
	});
});

describe('web routing, scheduled publishing and distributed jobs', () => {
	test('ApplicationUrlDetection as stated, from 17.4; nothing before', () => {
		const plan = (umbraco: string) => makePlan({ umbraco, applicationUrl: undefined, webRouting: { applicationUrlDetection: 'first-request' } });
		expect(appSettings(plan('17.4.2'), 'web-1')['Umbraco:CMS:WebRouting:ApplicationUrlDetection']).toBe('FirstRequest');
		expect(appSettings(plan('17.3.0'), 'web-1')).not.toHaveProperty(['Umbraco:CMS:WebRouting:ApplicationUrlDetection']);
	});

	test('the scheduled-publishing period as a TimeSpan and AlignToClock, from 17.6 and 18.1', () => {
		const plan = (umbraco: string) => makePlan({ umbraco, scheduledPublishing: { periodSeconds: 300, alignToClock: true } });
		for (const umbraco of ['17.6.0', '18.1.0']) {
			expect(appSettings(plan(umbraco), 'admin')).toMatchObject({ 'Umbraco:CMS:ScheduledPublishing:Period': '00:05:00', 'Umbraco:CMS:ScheduledPublishing:AlignToClock': true });
		}
		for (const umbraco of ['17.5.0', '18.0.0']) expect(appSettings(plan(umbraco), 'admin')).not.toHaveProperty(['Umbraco:CMS:ScheduledPublishing:Period']);
	});

	test('distributed-job timings on v17, MaximumExecutionTime from 17.1; the App Service form carries the same', () => {
		const jobs = { periodSeconds: 10, delaySeconds: 120, maximumExecutionSeconds: 600 };
		expect(appSettings(makePlan({ umbraco: '17.8.1', distributedJobs: jobs }), 'web-1')).toMatchObject({
			'Umbraco:CMS:DistributedJobs:Period': '00:00:10',
			'Umbraco:CMS:DistributedJobs:Delay': '00:02:00',
			'Umbraco:CMS:DistributedJobs:MaximumExecutionTime': '00:10:00',
		});
		expect(appSettings(makePlan({ umbraco: '17.0.0', distributedJobs: jobs }), 'web-1')).not.toHaveProperty(['Umbraco:CMS:DistributedJobs:MaximumExecutionTime']);
		expect(appSettings(makePlan({ umbraco: '16.3.0', distributedJobs: jobs }), 'web-1')).not.toHaveProperty(['Umbraco:CMS:DistributedJobs:Period']);
		const azure = makePlan({ umbraco: '17.8.1', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' }, distributedJobs: jobs });
		expect(azureSettings(azure, 'web-1')['UMBRACO__CMS__DistributedJobs__Period']).toBe('00:00:10');
	});
});

describe('connection strings by the names the plan gives', () => {
	const named = (store: 'redis' | 'azure-blob') =>
		lbBackoffice('17.8.1', 'redis', { keys: { shared: true, store }, sessions: { store: 'redis' }, connectionStrings: { redis: 'cache', keyStore: 'keys' } });

	test('the composers read ConnectionStrings:<name> instead of a placeholder', () => {
		const files = filesByPath(named('redis'));
		for (const [path, name] of [['shared/SignalRBackplaneComposer.cs', 'cache'], ['shared/DistributedCacheComposer.cs', 'cache'], ['shared/DataProtectionComposer.cs', 'keys']] as const) {
			const code = files.get(path)!.contents;
			expect(code, path).toContain(`builder.Config.GetConnectionString("${name}")`);
			expect(code, path).not.toContain('CHANGE-ME-CONNECTION-STRING');
			expect(code, path).toContain('using Microsoft.Extensions.Configuration;');
		}
		expect(filesByPath(named('azure-blob')).get('shared/DataProtectionComposer.cs')!.contents).toContain('.PersistKeysToAzureBlobStorage(keyStore,');
	});

	test('blob media: the composer hands ConnectionStrings:<name> to the options, the section keeps only the container', () => {
		for (const umbraco of ['10.8.0', '13.5.2', '17.8.1']) {
			const plan = makePlan({ umbraco, files: { media: 'blob' }, connectionStrings: { mediaBlob: 'umbraco.Media-blob' } });
			const code = filesByPath(plan).get('shared/AzureBlobMediaComposer.cs')!.contents;
			expect(code, umbraco).toContain('var mediaStorage = builder.Config.GetConnectionString("umbraco.Media-blob") ?? throw');
			expect(code, umbraco).toContain('builder.AddAzureBlobMediaFileSystem(options => options.ConnectionString = mediaStorage);');
			expect(code, umbraco).toContain('using Microsoft.Extensions.Configuration;');
			const settings = appSettings(plan, 'web-1');
			expect(settings, umbraco).not.toHaveProperty(['Umbraco:Storage:AzureBlob:Media:ConnectionString']);
			expect(settings['Umbraco:Storage:AzureBlob:Media:ContainerName'], umbraco).toBeTypeOf('string');
			const steps = buildChecklist(plan).groups.flatMap((g) => g.items);
			expect(steps.find((s) => s.id === 'files.media-storage')!.text, umbraco).toContain('`ConnectionStrings:umbraco.Media-blob`');
			expect(steps.find((s) => s.id === 'infrastructure.connection-strings')!.text, umbraco).toContain('`ConnectionStrings__umbraco.Media-blob`');
		}
		const unnamed = makePlan({ files: { media: 'blob' } });
		expect(filesByPath(unnamed).get('shared/AzureBlobMediaComposer.cs')!.contents).toContain('builder.AddAzureBlobMediaFileSystem();');
		expect(appSettings(unnamed, 'web-1')).toHaveProperty(['Umbraco:Storage:AzureBlob:Media:ConnectionString']);
		expect(buildChecklist(unnamed).groups.flatMap((g) => g.items).some((s) => s.id === 'infrastructure.connection-strings')).toBe(false);
	});

	test('without names, the placeholder stays and says so', () => {
		const code = filesByPath(lbBackoffice('17.8.1', 'redis', { sessions: { store: 'redis' } })).get('shared/DistributedCacheComposer.cs')!.contents;
		expect(code).toContain('CHANGE-ME-CONNECTION-STRING');
	});
});

describe('sticky sessions and skip-negotiation', () => {
	const noSticky = (umbraco: string) => lbBackoffice(umbraco, 'redis', { loadBalancer: { publicHost: 'www.example.com', stickySessions: 'none', product: 'iis-arr' } });

	test('17.5+ with a backplane that skips negotiation: no affinity example', () => {
		expect([...filesByPath(noSticky('17.8.1')).keys()].filter((p) => p.startsWith('shared/load-balancer/'))).toEqual([]);
	});

	test('17.5+ behind nginx: an example without affinity that passes WebSockets', () => {
		const plan = lbBackoffice('17.6.1', 'redis', { hosting: 'containers', loadBalancer: { publicHost: 'www.example.com', stickySessions: 'none', product: 'nginx' } });
		const files = filesByPath(plan);
		expect([...files.keys()].filter((p) => p.startsWith('shared/load-balancer/'))).toEqual(['shared/load-balancer/nginx.conf']);
		const conf = files.get('shared/load-balancer/nginx.conf')!.contents;
		const directives = conf.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
		expect(directives).toContain('proxy_set_header Upgrade $http_upgrade;');
		expect(directives).toContain('proxy_set_header Connection $connection_upgrade;');
		expect(directives.some((d) => /^(ip_hash|hash|sticky)\b/.test(d))).toBe(false);
		expect(directives).toContain('server node1.internal:8080;');
	});

	test('containers with several instances behind ip_hash: the file says a Service name is one address', () => {
		const plan = makePlan({ umbraco: '17.6.1', hosting: 'containers', loadBalancer: { publicHost: 'www.example.com', stickySessions: 'ip', product: 'nginx' }, servers: patchServer('web-1', { instances: 3, settings: { machineIdentifier: 'web-{instance}' } }) });
		const conf = filesByPath(plan).get('shared/load-balancer/nginx.conf')!.contents;
		expect(conf).toContain('# Kubernetes: a Service name is one virtual IP');
		expect(conf).toContain('headless Service');
		const single = makePlan({ umbraco: '17.6.1', hosting: 'containers', loadBalancer: { publicHost: 'www.example.com', stickySessions: 'ip', product: 'nginx' } });
		expect(filesByPath(single).get('shared/load-balancer/nginx.conf')!.contents).not.toContain('Kubernetes');
	});

	test('before 17.5 the same design still needs affinity', () => {
		expect([...filesByPath(noSticky('17.4.2')).keys()].filter((p) => p.startsWith('shared/load-balancer/'))).not.toEqual([]);
	});

	test('the checklist names the shared composer that pins every node, on a central share too', () => {
		const shared = lbBackoffice('17.8.1', 'redis', { files: { strategy: 'central-share' } });
		const roleSteps = buildChecklist(shared).groups.flatMap((g) => g.items).filter((i) => i.id.endsWith('.role'));
		expect(roleSteps.length).toBe(2);
		for (const step of roleSteps) {
			expect(step.text).toContain('`LoadBalancedBackofficeComposer.cs`');
			expect(step.text).not.toContain('ConfiguredServerRoleComposer');
		}
		expect(filesByPath(shared).has('shared/LoadBalancedBackofficeComposer.cs')).toBe(true);
	});
});

describe('Umbraco Cloud: the bundle leaves out what Cloud provides [CLOUD-LB] [D16-WEBROUTING]', () => {
	const cloud = makePlan({ umbraco: '17.6.0', umbracoCloud: true, hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, loadBalancer: { publicHost: 'www.example.com', stickySessions: 'cookie', product: 'nginx' } });

	test('no load-balancer example, no App Service settings, no application URL', () => {
		const paths = [...filesByPath(cloud).keys()];
		expect(paths.filter((p) => p.startsWith('shared/load-balancer/') || p.endsWith('azure-app-settings.json'))).toEqual([]);
		expect(appSettings(cloud, 'web-1')).not.toHaveProperty(['Umbraco:CMS:WebRouting:UmbracoApplicationUrl']);
		const ids = buildChecklist(cloud).groups.flatMap((g) => g.items.map((i) => i.id));
		expect(ids).not.toContain('infrastructure.azure-plans');
		expect(ids).not.toContain('infrastructure.run-from-package');
	});

	test('the same design off Cloud keeps them', () => {
		const own = { ...cloud, umbracoCloud: false };
		expect([...filesByPath(own).keys()].some((p) => p.endsWith('azure-app-settings.json'))).toBe(true);
		expect(appSettings(own, 'web-1')).toHaveProperty(['Umbraco:CMS:WebRouting:UmbracoApplicationUrl']);
	});
});

test('Umbraco Cloud load balancing: no Redis, cache or key composers of the bundle\'s own; the code steps stay', () => {
	const plan = lbBackoffice('17.6.0', 'redis', { umbracoCloud: true, hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, keys: { shared: true, store: 'redis' }, sessions: { store: 'redis' }, loadBalancer: { publicHost: 'www.example.com', stickySessions: 'cookie' } });
	const paths = [...filesByPath(plan).keys()];
	for (const file of ['shared/DataProtectionComposer.cs', 'shared/DistributedCacheComposer.cs', 'shared/SignalRBackplaneComposer.cs']) expect(paths).not.toContain(file);
	expect(paths).toContain('shared/LoadBalancedBackofficeComposer.cs');
	const ids = buildChecklist(plan).groups.flatMap((g) => g.items.map((i) => i.id));
	expect(ids).toEqual(expect.arrayContaining(['keys.data-protection', 'caches.cloud-redis', 'caches.isolated-caches', 'caches.temp-uploads']));
	expect(ids).not.toContain('caches.signalr');
	expect(buildChecklist(plan).groups.flatMap((g) => g.items).find((i) => i.id === 'keys.data-protection')!.text).toContain('Umbraco Cloud shares');
	// Off Cloud the same design writes them.
	expect([...filesByPath({ ...plan, umbracoCloud: false }).keys()]).toContain('shared/SignalRBackplaneComposer.cs');
});
