import { describe, expect, test } from 'vitest';
import { makePlan, patchServer } from '../../../helpers/plans';
import { contents, filesByPath, serverPaths } from './helpers';

const csFiles = (umbraco: string, id: string) => serverPaths(makePlan({ umbraco }), id).filter((p) => p.endsWith('.cs'));

describe('pinned roles per version [V7-ADV] [V8-ADV] [V8-ADV-810] [D13-ADV]', () => {
	test.each([
		['7.15.10', 'MasterServerRegistrar.cs', 'SlaveServerRegistrar.cs', 'ServerRole.Master', 'ServerRole.Slave'],
		['8.6.4', 'MasterServerRegistrar.cs', 'ReplicaServerRegistrar.cs', 'ServerRole.Master', 'ServerRole.Replica'],
		['8.10.0', 'PrimaryServerRegistrar.cs', 'ReplicaServerRegistrar.cs', 'ServerRole.Primary', 'ServerRole.Replica'],
		['9.0.0', 'SchedulingPublisherServerRoleAccessor.cs', 'SubscriberServerRoleAccessor.cs', 'ServerRole.SchedulingPublisher', 'ServerRole.Subscriber'],
		['16.3.0', 'SchedulingPublisherServerRoleAccessor.cs', 'SubscriberServerRoleAccessor.cs', 'ServerRole.SchedulingPublisher', 'ServerRole.Subscriber'],
	])('%s: admin %s, front-ends %s', (umbraco, adminFile, webFile, adminRole, webRole) => {
		expect(csFiles(umbraco, 'admin')).toEqual([adminFile]);
		expect(csFiles(umbraco, 'web-1')).toEqual([webFile]);
		const plan = makePlan({ umbraco });
		expect(contents(plan, `servers/admin/${adminFile}`)).toContain(adminRole);
		expect(contents(plan, `servers/web-1/${webFile}`)).toContain(webRole);
	});

	test('v7: IServerRegistrar2 set in ApplicationStarting through the resolver', () => {
		const cs = contents(makePlan({ umbraco: '7.15.10' }), 'servers/web-1/SlaveServerRegistrar.cs');
		expect(cs).toContain('public class SlaveServerRegistrar : IServerRegistrar2');
		expect(cs).toContain('public class SlaveServerRegistrarStartup : ApplicationEventHandler');
		expect(cs).toContain('ServerRegistrarResolver.Current.SetServerRegistrar(new SlaveServerRegistrar());');
		expect(cs).toContain('namespace MySite.LoadBalancing\n{');
	});

	test('v8: IServerRegistrar with a run-level user composer', () => {
		const cs = contents(makePlan({ umbraco: '8.18.8' }), 'servers/admin/PrimaryServerRegistrar.cs');
		expect(cs).toContain('public class PrimaryServerRegistrar : IServerRegistrar');
		expect(cs).toMatch(/\[RuntimeLevel\(MinLevel = RuntimeLevel\.Run\)\]\n {4}public class PrimaryServerRegistrarComposer : IUserComposer/);
		expect(cs).toContain('composition.SetServerRegistrar(new PrimaryServerRegistrar());');
		expect(cs).toContain('return "https://www.example.com/umbraco";');
	});

	test.each([
		['9.5.4', false],
		['10.0.0', true],
		['17.6.0', true],
	])('%s: accessor + composer, file-scoped namespace %s', (umbraco, fileScoped) => {
		const cs = contents(makePlan({ umbraco }), 'servers/web-1/SubscriberServerRoleAccessor.cs');
		expect(cs).toContain('public ServerRole CurrentServerRole => ServerRole.Subscriber;');
		expect(cs).toContain('builder.SetServerRegistrar<SubscriberServerRoleAccessor>();');
		expect(cs.includes('namespace MySite.LoadBalancing;')).toBe(fileScoped);
	});

	test('elected servers get no role file; v7 single before 7.6 gets a Single registrar [V7-ADV]', () => {
		expect(csFiles('13.5.2', 'admin')).toEqual(['SchedulingPublisherServerRoleAccessor.cs']);
		expect(serverPaths(makePlan({ servers: patchServer('web-1', { role: 'elected' }) }), 'web-1').filter((p) => p.endsWith('.cs'))).toEqual([]);
		const v7 = makePlan({ umbraco: '7.5.14', servers: patchServer('web-1', { role: 'single' }) });
		expect(contents(v7, 'servers/web-1/SingleRoleServerRegistrar.cs')).toContain('return ServerRole.Single;');
	});

	test('v7.6+ single server: umbracoDisableElectionForSingleServer instead of registrar code [V7-WEBCFG]', () => {
		const v7 = makePlan({ umbraco: '7.15.10', servers: patchServer('web-1', { role: 'single' }) });
		expect(serverPaths(v7, 'web-1').filter((p) => p.endsWith('.cs'))).toEqual([]);
	});

	test('v7/v8 messenger options in code; v8.0.1 warns they are ignored [V8-ADV-802]', () => {
		const messenger = { settings: { messenger: { syncSeconds: 10, retainHours: 30 } } };
		const v7 = contents(makePlan({ umbraco: '7.15.10', servers: patchServer('web-1', messenger) }), 'servers/web-1/DatabaseServerMessengerStartup.cs');
		expect(v7).toContain('new Umbraco.Web.BatchedDatabaseServerMessenger(');
		expect(v7).toMatch(/DaysToRetainInstructions = 2,\n\s+ThrottleSeconds = 10\n/);
		const v8 = contents(makePlan({ umbraco: '8.0.1', servers: patchServer('web-1', messenger) }), 'servers/web-1/DatabaseServerMessengerOptionsComposer.cs');
		expect(v8).toContain('DatabaseServerRegistrarAndMessengerComposer.GetDefaultOptions(factory);');
		expect(v8).toContain('8.0.0 and 8.0.1 ignore these options');
	});
});

describe('v17 load-balanced backoffice [D17-LBBO] [D17-SIGNALR]', () => {
	const lb = (signalR: string, umbraco = '17.6.0') => makePlan({ umbraco, backoffice: { mode: 'load-balanced', signalR } as never, loadBalancer: { product: 'nginx', stickySessions: 'cookie' } });

	test('one shared composer: every node SchedulingPublisher, isolated caches versioned; no per-server role files', () => {
		const plan = lb('sql-server');
		const cs = contents(plan, 'shared/LoadBalancedBackofficeComposer.cs');
		expect(cs).toContain('public ServerRole CurrentServerRole => ServerRole.SchedulingPublisher;');
		expect(cs).toContain('builder.SetServerRegistrar(new LoadBalancedBackofficeServerRoleAccessor());');
		expect(cs).toContain('builder.LoadBalanceIsolatedCaches();');
		expect(filesByPath(plan).get('shared/LoadBalancedBackofficeComposer.cs')?.serverIds).toEqual([]);
		expect(serverPaths(plan, 'web-1').filter((p) => p.endsWith('.cs'))).toEqual([]);
	});

	test.each([
		['sql-server', 'AddSignalR().AddSqlServer(connectionString)', 'IntelliTect.AspNetCore.SignalR.SqlServer'],
		['azure-signalr', 'AddSignalR().AddAzureSignalR()', 'Azure:SignalR:ConnectionString'],
		['redis', 'AddSignalR().AddStackExchangeRedis(', 'UNVERIFIED'],
	])('SignalR %s backplane', (signalR, call, mention) => {
		const cs = contents(lb(signalR), 'shared/SignalRBackplaneComposer.cs');
		expect(cs).toContain(call);
		expect(cs).toContain(mention);
	});

	test('no backplane file without a backplane; no LB composer before 17', () => {
		expect(contents(lb('none'), 'shared/SignalRBackplaneComposer.cs')).toBe('');
		const v16 = lb('sql-server', '16.3.0');
		expect(contents(v16, 'shared/LoadBalancedBackofficeComposer.cs')).toBe('');
		expect(serverPaths(v16, 'admin')).toContain('SchedulingPublisherServerRoleAccessor.cs');
	});

	test('nginx example carries WebSocket upgrade headers for SignalR', () => {
		expect(contents(lb('sql-server'), 'shared/load-balancer/nginx.conf')).toContain('proxy_set_header Connection $connection_upgrade;');
	});
});

describe('Data Protection and distributed cache examples (v9+, more than one instance) [D13-README]', () => {
	test.each([
		['file-share', 'PersistKeysToFileSystem'],
		['config', 'PersistKeysToFileSystem'],
		['azure-blob', 'PersistKeysToAzureBlobStorage'],
		['redis', 'PersistKeysToStackExchangeRedis'],
		['database', 'PersistKeysToDbContext<DataProtectionKeysContext>()'],
	])('keys in %s → %s, one application name', (store, call) => {
		const cs = contents(makePlan({ keys: { store } as never }), 'shared/DataProtectionComposer.cs');
		expect(cs).toContain(call);
		expect(cs).toContain('.SetApplicationName("Test plan")');
		expect(cs).toContain('EXAMPLE');
	});

	test.each([
		['sql-server', 'AddDistributedSqlServerCache'],
		['none', 'AddDistributedSqlServerCache'],
		['redis', 'AddStackExchangeRedisCache'],
		['other', 'Register your IDistributedCache'],
	])('sessions in %s → %s', (store, call) => {
		expect(contents(makePlan({ sessions: { store } as never }), 'shared/DistributedCacheComposer.cs')).toContain(call);
	});

	test('not for v7/v8, nor for a single instance', () => {
		expect(contents(makePlan({ umbraco: '8.18.8' }), 'shared/DataProtectionComposer.cs')).toBe('');
		const single = makePlan({ servers: [{ id: 'only', name: 'Only', host: 'only.internal', kind: 'backoffice', role: 'single' }] });
		expect(contents(single, 'shared/DistributedCacheComposer.cs')).toBe('');
	});
});

describe('sticky-session examples', () => {
	test.each([
		[{ loadBalancer: { stickySessions: 'none', product: 'nginx' } }, []],
		[{ loadBalancer: { stickySessions: 'ip', product: 'nginx' } }, ['shared/load-balancer/nginx.conf']],
		[{ loadBalancer: { stickySessions: 'cookie', product: 'iis-arr' } }, ['shared/load-balancer/iis-arr.web.config.fragment.xml']],
		[{ loadBalancer: { stickySessions: 'url', product: 'hardware' } }, ['shared/load-balancer/iis-arr.web.config.fragment.xml', 'shared/load-balancer/nginx.conf']],
		[{ loadBalancer: { stickySessions: 'cookie', product: 'azure-front-door' } }, []],
		[{ engage: { cmServer: 'admin' }, loadBalancer: { product: 'nginx' } }, ['shared/load-balancer/nginx-plus.conf', 'shared/load-balancer/nginx.conf']],
	])('%j → %j', (patch, paths) => {
		const files = [...filesByPath(makePlan(patch as never)).keys()].filter((p) => p.startsWith('shared/load-balancer/'));
		expect(files).toEqual(paths);
	});

	test.each([
		['ip', 'ip_hash;', 'hashServerVariable="REMOTE_ADDR"'],
		// Open-source nginx has no cookie affinity: ip_hash there, `sticky cookie` only in the NGINX Plus file.
		['cookie', 'ip_hash;', '<affinity useCookie="true"'],
		['url', 'hash $request_uri consistent;', '<loadBalancing algorithm="RequestHash" />'],
	])('%s affinity', (stickySessions, nginx, arr) => {
		const plan = makePlan({ loadBalancer: { stickySessions, product: 'other' } as never });
		expect(contents(plan, 'shared/load-balancer/nginx.conf')).toContain(nginx);
		expect(contents(plan, 'shared/load-balancer/iis-arr.web.config.fragment.xml')).toContain(arr);
	});

	test('cookie affinity: sticky only in the marked NGINX Plus variant', () => {
		const plan = makePlan({ loadBalancer: { stickySessions: 'cookie', product: 'nginx' } });
		expect(contents(plan, 'shared/load-balancer/nginx.conf')).not.toMatch(/^\s*sticky\b/m);
		const plus = contents(plan, 'shared/load-balancer/nginx-plus.conf');
		expect(plus).toContain('sticky cookie lb_node path=/;');
		expect(plus).toContain('NGINX Plus');
	});

	test('only servers behind the load balancer are upstream', () => {
		const conf = contents(makePlan({ loadBalancer: { stickySessions: 'ip', product: 'nginx' } }), 'shared/load-balancer/nginx.conf');
		expect(conf).toContain('server web1.internal:443;');
		expect(conf).not.toContain('admin.internal');
	});
});
