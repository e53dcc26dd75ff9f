import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../../src/domain/checklist/build-checklist';
import { code } from '../../../src/domain/checklist/code-span';
import { formatChecklistMarkdown } from '../../../src/domain/checklist/format-markdown';
import { checklistGroupIds } from '../../../src/domain/checklist/types';
import { validatePlan } from '../../../src/domain/plan/parse';
import { presets } from '../../../src/domain/presets/index';
import { ruleIds } from '../../../src/domain/rules/rule-ids';
import { sourceIds } from '../../../src/domain/sources/source-catalogue';
import { makePlan, patchServer } from '../../helpers/plans';
import { generateFiles as bundleFiles } from '../../../src/domain/generators/generate';
import { validate } from '../../../src/domain/rules/validate';

const texts = (plan: ReturnType<typeof makePlan>) => buildChecklist(plan).groups.flatMap((g) => g.items.map((i) => i.text)).join('\n');

describe('code', () => {
	test.each([
		['plain', '`plain`'],
		['a`b', '``a`b``'],
		['`edge', '`` `edge ``'],
		['two\nlines', '`two lines`'],
		['lone\rreturn', '`lone return`'],
		['nul\u0000tab\t', '`nul tab `'],
		[' both ', '`  both  `'],
	])('wraps %j as %s', (value, expected) => expect(code(value)).toBe(expected));
});

describe('buildChecklist', () => {
	test.each(presets.map((p) => [p.id, p.plan] as const))('%s: groups in order, unique ids, known rules and sources', (_, input) => {
		const result = validatePlan(input);
		if (!result.ok) throw new Error('preset invalid');
		const checklist = buildChecklist(result.plan);
		const order = checklist.groups.map((g) => checklistGroupIds.indexOf(g.id));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		const items = checklist.groups.flatMap((g) => g.items);
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
		for (const item of items) {
			if (item.rule) expect(ruleIds).toContain(item.rule);
			for (const source of item.sources) expect(sourceIds).toContain(source);
		}
		for (const server of result.plan.servers) expect(items.some((i) => i.server === server.id)).toBe(true);
	});

	test('names each version’s own keys', () => {
		const azure = { hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' } } as const;
		expect(texts(makePlan({ ...azure, umbraco: '7.7.3' }))).toContain('umbracoLocalTempStorage = EnvironmentTemp');
		expect(texts(makePlan({ ...azure, umbraco: '7.6.1' }))).toContain('umbracoContentXMLStorage = EnvironmentTemp');
		expect(texts(makePlan({ ...azure, umbraco: '8.18.8' }))).toContain('Umbraco.Core.LocalTempStorage = EnvironmentTemp');
		expect(texts(makePlan({ ...azure, umbraco: '13.5.2' }))).toContain('Umbraco:CMS:Hosting:LocalTempStorageLocation = EnvironmentTemp');
		expect(texts(makePlan({ ...azure, umbraco: '9.2.0' }))).toContain('`SqlMainDomLock`');
		expect(texts(makePlan({ ...azure, umbraco: '9.5.0' }))).toContain('`FileSystemMainDomLock`');
	});

	test('tells 8.6.0–8.6.3 replicas, not the Master, to turn overlapped recycling off', () => {
		const plan = makePlan({ umbraco: '8.6.2', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' } });
		const items = buildChecklist(plan).groups.flatMap((g) => g.items).filter((i) => i.id.endsWith('.overlap'));
		expect(items.map((i) => i.server)).toEqual(['web-1', 'web-2']);
	});

	test('has upgrade steps per version family', () => {
		const upgrade = (umbraco: string) => buildChecklist(makePlan({ umbraco })).groups.find((g) => g.id === 'upgrades')!.items[0]!;
		expect(upgrade('7.15.10').rule).toBe('R55');
		expect(upgrade('8.11.0').rule).toBe('R55');
		expect(upgrade('8.12.0').text).toContain('Umbraco.Core.ConfigurationStatus');
		expect(upgrade('13.5.2').text).toContain('Umbraco:CMS:Unattended:UpgradeUnattended = true');
	});

	test('adds the Engage group only for Engage plans', () => {
		expect(buildChecklist(makePlan()).groups.some((g) => g.id === 'engage')).toBe(false);
		expect(buildChecklist(makePlan({ engage: { cmServer: 'admin' } })).groups.some((g) => g.id === 'engage')).toBe(true);
	});
});

describe('formatChecklistMarkdown', () => {
	test('keeps names from users literal', () => {
		const plan = makePlan({ name: '# Big *plan*', servers: patchServer('web-1', { name: '<img src=x onerror=alert(1)>' }) });
		const markdown = formatChecklistMarkdown(buildChecklist(plan), plan);
		expect(markdown).toContain('# Checklist: `# Big *plan*`');
		expect(markdown).toContain('### `<img src=x onerror=alert(1)>` (`web-1`)');
		expect(markdown).not.toMatch(/(^|[^`])<img/m);
		expect(markdown).toContain('route it to `<img src=x onerror=alert(1)>`, `Web 2`');
	});

	test('writes one task per item', () => {
		const plan = makePlan();
		const checklist = buildChecklist(plan);
		const tasks = formatChecklistMarkdown(checklist, plan).match(/^- \[ \] /gm) ?? [];
		expect(tasks.length).toBe(checklist.groups.reduce((n, g) => n + g.items.length, 0));
	});
});

describe('steps that follow what the bundle writes (held-out check, 2026-12)', () => {
	test('the key-ring step names where DataProtectionComposer.cs keeps the keys, and only when the bundle writes it', () => {
		const farm = makePlan({ keys: { shared: true, store: 'config' } });
		expect(texts(farm)).toContain('keeps it in a folder every server reaches (`PersistKeysToFileSystem`)');
		expect(texts(farm)).not.toContain('store: `config`');
		expect(bundleFiles(farm).some((f) => f.path === 'shared/DataProtectionComposer.cs')).toBe(true);
		const single = makePlan({ servers: [{ id: 'solo', name: 'Solo', host: 'solo.internal', kind: 'backoffice', role: 'single' }] });
		expect(bundleFiles(single).some((f) => f.path === 'shared/DataProtectionComposer.cs')).toBe(false);
		expect(texts(single)).not.toContain('Data Protection key ring');
	});

	test.each([
		['iis', 'the app pool identities'],
		['containers', 'the containers’ user'],
	] as const)('a central share on %s names who needs rights on it in that hosting’s words', (hosting, who) => {
		const text = texts(makePlan({ hosting, files: { strategy: 'central-share' } }));
		expect(text).toContain(`give ${who} full rights on it`);
		if (hosting !== 'iis') expect(text).not.toContain('app pool');
	});

	const lb = (umbraco: string, signalR: 'none' | 'sql-server' | 'redis' | 'azure-signalr', sticky: 'none' | 'cookie', skipNegotiation?: boolean) =>
		makePlan({
			umbraco,
			hosting: 'containers',
			servers: [
				{ id: 'node-1', name: 'Node 1', host: 'node1.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
				{ id: 'node-2', name: 'Node 2', host: 'node2.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
			],
			loadBalancer: { publicHost: 'www.example.com', stickySessions: sticky },
			backoffice: { mode: 'load-balanced', signalR, isolatedCaches: true, ...(skipNegotiation === undefined ? {} : { skipNegotiation }) },
		});
	const step = (plan: ReturnType<typeof makePlan>, id: string) => buildChecklist(plan).groups.flatMap((g) => g.items).find((i) => i.id === id);

	test('the SignalR step names the backplane the bundle registers, and WebSockets when negotiation is skipped', () => {
		const skip = step(lb('17.6.1', 'redis', 'none', true), 'caches.signalr')!;
		expect(skip.text).toContain('Register the Redis SignalR backplane (`shared/SignalRBackplaneComposer.cs`) with `Umbraco:CMS:SignalR:ClientShouldSkipNegotiation = true`');
		expect(skip.text).toContain('WebSockets');
		expect(skip.text).not.toContain('Azure SignalR Service');
		expect(step(lb('17.6.1', 'sql-server', 'cookie'), 'caches.signalr')!.text).toBe('Register the SQL Server SignalR backplane (`shared/SignalRBackplaneComposer.cs`).');
		expect(step(lb('17.6.1', 'azure-signalr', 'none'), 'caches.signalr')!.text).toMatch(/^Use Azure SignalR Service .* leave `Umbraco:CMS:SignalR:ClientShouldSkipNegotiation` off\.$/);
		// 17.4 has no skip-negotiation: without affinity the backplane alone is not enough.
		expect(step(lb('17.4.1', 'redis', 'none', true), 'caches.signalr')!.text).toContain('turn on sticky sessions or (17.5+, 18.0+) skip negotiation');
		expect(step(lb('17.6.1', 'none', 'cookie'), 'caches.signalr')!.text).toMatch(/^Choose a SignalR backplane/);
	});

	test('the Cockpit step: Open Cockpit only on Engage 17, the cookie domain by version before', () => {
		const engage = (umbraco: string, extra: Record<string, unknown> = {}) => step(makePlan({ umbraco, engage: { cmServer: 'admin', ...extra } }), 'engage.cockpit')!.text;
		expect(engage('17.6.1')).toContain('“Open Cockpit” button');
		expect(engage('13.16.4')).not.toContain('Open Cockpit');
		expect(engage('13.16.4')).toContain('`Umbraco:CMS:Security:AuthCookieDomain`');
		expect(engage('13.16.4', { authCookieDomain: '.example.com' })).toBe('Set `Umbraco:CMS:Security:AuthCookieDomain` to `.example.com` on every server.');
		// Engage 17 without a cookie domain opens the Cockpit by button; a domain alone means the cookie.
		expect(engage('17.6.1', { authCookieDomain: '.example.com' })).toContain('`.example.com`');
		expect(engage('17.6.1', { cockpitAccess: 'auth-cookie-domain', authCookieDomain: '.example.com' })).toContain('`.example.com`');
	});

	test('uMarketingSuite gets no Engage steps, keys or affinity: one step says the bundle writes none of its settings', () => {
		const plan = makePlan({ umbraco: '8.18.8', engage: { cmServer: 'admin', product: 'umarketingsuite', pingReachable: false }, servers: patchServer('web-1', { settings: { engageProcessing: true } }) });
		const items = buildChecklist(plan).groups.flatMap((g) => g.items);
		expect(items.filter((i) => i.group === 'engage').map((i) => i.id)).toEqual(['engage.umarketingsuite']);
		expect(items.some((i) => i.id.endsWith('.engage'))).toBe(false);
		expect(texts(plan)).not.toContain('Engage:Analytics');
		const thirteen = makePlan({ umbraco: '13.16.4', engage: { cmServer: 'admin', product: 'umarketingsuite' }, servers: patchServer('admin', { settings: { engageProcessing: true } }) });
		expect(JSON.stringify(bundleFiles(thirteen))).not.toContain('Engage:Analytics');
		// Engage's sticky sessions are Engage's: no affinity example for uMarketingSuite.
		expect(bundleFiles({ ...plan, loadBalancer: { ...plan.loadBalancer, product: 'nginx' } }).some((f) => f.path.startsWith('shared/load-balancer/'))).toBe(false);
		expect(bundleFiles({ ...thirteen, engage: { ...thirteen.engage!, product: 'engage' }, loadBalancer: { ...thirteen.loadBalancer, product: 'nginx' } }).some((f) => f.path.startsWith('shared/load-balancer/'))).toBe(true);
	});

	test('17.4.2+: several flagged servers are named as leader candidates, not "main server only"', () => {
		const plan = makePlan({ umbraco: '17.4.2', files: { strategy: 'central-share' }, upgrades: { unattended: true }, servers: patchServer('web-1', { settings: { upgradeUnattended: true } }) });
		const all = texts(plan);
		expect(step(plan, 'upgrades.steps')!.text).toContain('on `Admin`, `Web 1`: they elect one leader');
		expect(step(plan, 'upgrades.steps')!.rule).toBe('R83');
		expect(all).not.toContain('on `Admin` only');
		expect(step(plan, 'servers.web-1.upgrade')!.text).toContain('leader election');
		expect(step(plan, 'upgrades.steps')!.text).toContain('its own machine name');
		// 17.4.1: still the main server only, and a flagged front-end is told to turn it off (R53).
		const before = makePlan({ umbraco: '17.4.1', upgrades: { unattended: true }, servers: patchServer('web-1', { settings: { upgradeUnattended: true } }) });
		expect(step(before, 'upgrades.steps')!.text).toContain('on `Admin` only');
		expect(step(before, 'servers.web-1.upgrade')).toMatchObject({ rule: 'R53', text: 'Turn the unattended-upgrade switch off on this server: only `Admin`, the main server, may run the migration.' });
		expect(step(before, 'servers.admin.upgrade')!.text).toContain('on here only');
	});

	test('a load-balanced backoffice on App Service gets no classic two-app steps', () => {
		const plan = makePlan({
			umbraco: '17.6.1',
			hosting: 'azure-web-apps',
			files: { strategy: 'azure-web-apps', media: 'blob' },
			servers: [{ id: 'nodes', name: 'Nodes', host: 'nodes.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true, instances: 3 }],
			backoffice: { mode: 'load-balanced', signalR: 'azure-signalr', isolatedCaches: true },
		});
		const ids = buildChecklist(plan).groups.flatMap((g) => g.items.map((i) => i.id));
		expect(ids).not.toContain('infrastructure.azure-admin-single');
		expect(ids).not.toContain('infrastructure.azure-plans');
		expect(ids).toContain('infrastructure.run-from-package');
		expect(buildChecklist(makePlan({ umbraco: '17.6.1', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' } })).groups.flatMap((g) => g.items.map((i) => i.id))).toContain('infrastructure.azure-admin-single');
	});

	test('v9+ settings are placed in the appsettings file the bundle writes', () => {
		const shared = texts(makePlan({ umbraco: '17.4.2', files: { strategy: 'central-share' } }));
		expect(shared).toContain('in the shared `appsettings.Production.json` (or, where it differs per server');
		expect(shared).not.toContain('in `appsettings.json`');
		expect(texts(makePlan({ umbraco: '17.4.2', servers: patchServer('web-1', { settings: { localTemp: 'environment-temp' } }) }))).toContain('in `appsettings.Production.json`.');
	});

	test('v7/v8 on a central share: a server step whose setting the shared files leave out says so (R82)', () => {
		const plan = makePlan({ umbraco: '8.18.8', files: { strategy: 'central-share' }, servers: patchServer('web-2', { settings: { localTemp: 'aspnet-temp', examineFactory: 'synced-temp' } }) });
		const web2 = buildChecklist(plan).groups.flatMap((g) => g.items).filter((i) => i.server === 'web-2');
		const temp = web2.find((i) => i.id === 'servers.web-2.temp');
		const examine = web2.find((i) => i.id === 'servers.web-2.examine')!;
		expect(examine).toMatchObject({ rule: 'R82' });
		expect(examine.text).toMatch(/^Not in the shared files: `Umbraco\.Examine\.LuceneDirectoryFactory = .*SyncTempEnvDirectoryFactory.*` is for this server only, and every server reads the one `Web\.config` on the share\./);
		// web-2's aspnet-temp gets no temp step of its own; the others' EnvironmentTemp is left out too.
		expect(temp).toBeUndefined();
		const web1 = buildChecklist(plan).groups.flatMap((g) => g.items).find((i) => i.id === 'servers.web-1.temp')!;
		expect(web1.rule).toBe('R82');
		const hits = validate(plan).filter((f) => f.ruleId === 'R82');
		expect(hits.length).toBeGreaterThan(1);
	});
});

test('media on a UNC share: the setting from 9.3, a virtual directory before, on a central share too', () => {
	const unc = (umbraco: string, strategy: 'standalone' | 'central-share' = 'standalone') => buildChecklist(makePlan({ umbraco, files: { strategy, media: 'unc', mediaPath: '\\\\fs\\media' } })).groups.flatMap((g) => g.items).find((i) => i.id === 'files.media-storage')?.text;
	expect(unc('10.8.0')).toContain('`Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath`');
	expect(unc('8.18.8')).toContain('`/media` an IIS virtual directory');
	expect(unc('8.18.8')).toContain('`\\\\fs\\media`');
	expect(unc('9.2.0')).toContain('arrived in 9.3');
	expect(unc('13.5.2', 'central-share')).toContain('`Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath`');
	expect(unc('7.15.10', 'central-share')).toContain('IIS virtual directory');
});

test('the role step names the value the generated registrar returns: Primary from 8.10, Master before', () => {
	const role = (umbraco: string) => buildChecklist(makePlan({ umbraco })).groups.flatMap((g) => g.items).find((i) => i.id === 'servers.admin.role')!.text;
	expect(role('8.18.8')).toContain('`Primary`');
	expect(role('8.6.4')).toContain('`Master`');
	expect(role('13.5.2')).toContain('`SchedulingPublisher`');
});
