import { describe, expect, test } from 'vitest';
import { makePlan, patchServer } from '../../../helpers/plans';
import { appSettings, filesByPath, azureSettings, contents, serverPaths } from './helpers';

const azure = (umbraco: string, slots = false) =>
	makePlan({
		umbraco,
		azure: { deploymentSlots: slots },
		hosting: 'azure-web-apps',
		files: { strategy: 'azure-web-apps', media: 'blob' },
		servers: patchServer('web-1', { instances: 3 }).filter((s) => (s as { id: string }).id !== 'web-2'),
	});

describe('Azure MainDom lock, temp and Examine by v9+ band [D10-AZ] [D13-AZ]', () => {
	test.each([
		['9.2.0', 'SqlMainDomLock'],
		['9.3.1', 'SqlMainDomLock'],
		['9.4.0', 'FileSystemMainDomLock'],
		['9.5.4', 'FileSystemMainDomLock'],
		['13.5.2', 'FileSystemMainDomLock'],
		['17.0.0', 'FileSystemMainDomLock'],
	])('%s: %s on every server', (version, lock) => {
		const plan = azure(version);
		for (const id of ['admin', 'web-1']) {
			expect(appSettings(plan, id)['Umbraco:CMS:Global:MainDomLock']).toBe(lock);
			expect(appSettings(plan, id)['Umbraco:CMS:Hosting:LocalTempStorageLocation']).toBe('EnvironmentTemp');
			expect(azureSettings(plan, id)['UMBRACO__CMS__Global__MainDomLock']).toBe(lock);
		}
	});

	test.each(['9.2.0', '13.5.2', '16.3.0'])('%s: synced index on the admin app, temp-only on the scaled-out public app', (version) => {
		const plan = azure(version);
		expect(appSettings(plan, 'admin')['Umbraco:CMS:Examine:LuceneDirectoryFactory']).toBe('SyncedTempFileSystemDirectoryFactory');
		expect(appSettings(plan, 'web-1')['Umbraco:CMS:Examine:LuceneDirectoryFactory']).toBe('TempFileSystemDirectoryFactory');
		expect(azureSettings(plan, 'web-1')['UMBRACO__CMS__Examine__LuceneDirectoryFactory']).toBe('TempFileSystemDirectoryFactory');
		expect(azureSettings(plan, 'web-1')['ASPNETCORE_ENVIRONMENT']).toBe('Production');
	});

	test('on IIS with DFS (temp excluded) a v13 server gets no lock, temp or Examine keys', () => {
		const settings = appSettings(makePlan(), 'web-1');
		expect(Object.keys(settings)).toEqual(['Umbraco:CMS:WebRouting:UmbracoApplicationUrl']);
		expect(settings['Umbraco:CMS:WebRouting:UmbracoApplicationUrl']).toBe('https://www.example.com/');
	});

	test('9.4 in containers gets FileSystemMainDomLock (the semaphore is Windows-only)', () => {
		expect(appSettings(makePlan({ umbraco: '9.4.3', hosting: 'containers' }), 'web-1')['Umbraco:CMS:Global:MainDomLock']).toBe('FileSystemMainDomLock');
	});

	test('slots with SqlMainDomLock: the discriminator is a slot setting, not an appsettings key [D13-GLOBAL]', () => {
		const plan = { ...azure('13.5.2', true), servers: azure('13.5.2', true).servers.map((s) => ({ ...s, settings: { ...s.settings, mainDomLock: 'sql' as const } })) };
		const file = JSON.parse(contents(plan, 'servers/web-1/azure-app-settings.json')) as { name: string; slotSetting: boolean }[];
		expect(file.find((s) => s.name === 'UMBRACO__CMS__Global__MainDomKeyDiscriminator')?.slotSetting).toBe(true);
		expect(appSettings(plan, 'web-1')['Umbraco:CMS:Global:MainDomKeyDiscriminator']).toBeUndefined();
	});

	test.each(['9.2.0', '8.18.8'])('%s with slots: no discriminator anywhere (it arrived in 9.4)', (umbraco) => {
		const plan = azure(umbraco, true);
		const named = [...filesByPath(plan).values()].filter((f) => /MainDomKeyDiscriminator/i.test(f.contents)).map((f) => f.path);
		expect(named).toEqual([]);
	});
});

describe('keep-alive only up to v13 [PR-15891] [V9-KEEPALIVE]', () => {
	const withKeepAlive = (umbraco: string) => makePlan({ umbraco, servers: patchServer('admin', { settings: { keepAliveSettings: true } }) });
	test.each([
		['9.4.0', false, true],
		['9.5.0', true, true],
		['13.5.2', true, true],
		['14.0.0', false, false],
		['16.3.0', false, false],
		['17.2.0', false, false],
	])('%s: ping URL %s, DisableKeepAliveTask %s', (version, pingUrl, task) => {
		const settings = appSettings(withKeepAlive(version), 'admin');
		expect('Umbraco:CMS:KeepAlive:KeepAlivePingUrl' in settings).toBe(pingUrl);
		expect('Umbraco:CMS:KeepAlive:DisableKeepAliveTask' in settings).toBe(task);
	});
});

describe('per-server keys', () => {
	test('UpgradeUnattended only on the main server [D13-UPG]', () => {
		const plan = makePlan({ upgrades: { unattended: true } });
		expect(appSettings(plan, 'admin')['Umbraco:CMS:Unattended:UpgradeUnattended']).toBe(true);
		expect(appSettings(plan, 'web-1')['Umbraco:CMS:Unattended:UpgradeUnattended']).toBeUndefined();
	});

	test.each(['13.5.2', '16.3.0', '17.6.0'])('%s: Engage IsProcessingServer true on the CM server only [E13-LB] [E17-LB]', (umbraco) => {
		const plan = makePlan({ umbraco, engage: { cmServer: 'admin' }, loadBalancer: { stickySessions: 'cookie' } });
		expect(appSettings(plan, 'admin')['Engage:Analytics:DataProcessing:IsProcessingServer']).toBe(true);
		expect(appSettings(plan, 'web-1')['Engage:Analytics:DataProcessing:IsProcessingServer']).toBe(false);
		expect(appSettings(plan, 'web-2')['Engage:Analytics:DataProcessing:IsProcessingServer']).toBe(false);
	});

	test('Engage keys are not written before 13 (older roots unverified)', () => {
		expect(appSettings(makePlan({ umbraco: '12.3.0', engage: { cmServer: 'admin' } }), 'admin')['Engage:Analytics:DataProcessing:IsProcessingServer']).toBeUndefined();
	});

	test('AuthCookieDomain on every server for the Cockpit cookie; not with Engage 17 Open Cockpit', () => {
		const cookie = makePlan({ engage: { cmServer: 'admin', authCookieDomain: '.example.com' } });
		expect(appSettings(cookie, 'web-2')['Umbraco:CMS:Security:AuthCookieDomain']).toBe('.example.com');
		const open = makePlan({ umbraco: '17.6.0', engage: { cmServer: 'admin', authCookieDomain: '.example.com', cockpitAccess: 'open-cockpit' } });
		expect(appSettings(open, 'web-2')['Umbraco:CMS:Security:AuthCookieDomain']).toBeUndefined();
	});

	test('DisableElectionForSingleServer for a single-role server', () => {
		const plan = makePlan({ servers: patchServer('admin', { role: 'single' }) });
		expect(appSettings(plan, 'admin')['Umbraco:CMS:Global:DisableElectionForSingleServer']).toBe(true);
		expect(serverPaths(plan, 'admin')).not.toContain('SchedulingPublisherServerRoleAccessor.cs');
	});

	test('messenger options as TimeSpans [D13-ADV]', () => {
		const plan = makePlan({ servers: patchServer('web-1', { settings: { messenger: { syncSeconds: 2.5, retainHours: 48, pruneSeconds: 90, maxProcessingInstructions: 500 } } }) });
		expect(appSettings(plan, 'web-1')).toMatchObject({
			'Umbraco:CMS:Global:DatabaseServerMessenger:MaxProcessingInstructionCount': 500,
			'Umbraco:CMS:Global:DatabaseServerMessenger:TimeToRetainInstructions': '2.00:00:00',
			'Umbraco:CMS:Global:DatabaseServerMessenger:TimeBetweenSyncOperations': '00:00:02.5000000',
			'Umbraco:CMS:Global:DatabaseServerMessenger:TimeBetweenPruneOperations': '00:01:30',
		});
	});

	test.each([
		['15.4.0', false],
		['16.0.0', true],
	])('%s with a shared log folder: machine-specific FileNameFormat %s [PR-19074]', (umbraco, written) => {
		const settings = appSettings(makePlan({ umbraco, logging: { sharedDirectory: true } }), 'web-1');
		expect(settings['Umbraco:CMS:Logging:FileNameFormatArguments']).toBe(written ? 'MachineName' : undefined);
	});

	test('v17 load-balanced backoffice: shared temp upload location off Azure [D17-LBBO]', () => {
		const plan = makePlan({ umbraco: '17.6.0', backoffice: { mode: 'load-balanced', signalR: 'sql-server', temporaryFileLocation: 'shared', temporaryFilePath: '\\\\files\\umbraco-temp' } });
		expect(appSettings(plan, 'web-1')['Umbraco:CMS:Hosting:TemporaryFileUploadLocation']).toBe('\\\\files\\umbraco-temp');
	});
});

describe('media outside the servers', () => {
	const unc = (umbraco: string) => makePlan({ umbraco, files: { strategy: 'standalone', media: 'unc', mediaPath: '\\\\files\\media' } });
	// UmbracoMediaPhysicalRootPath: "Available in V9.3+" (UmbracoDocs Reference/Configuration/GlobalSettings/index-v9.md).
	test.each([
		['9.2.0', undefined],
		['9.3.0', '\\\\files\\media'],
		['10.8.0', '\\\\files\\media'],
		['13.5.0', '\\\\files\\media'],
		['17.6.0', '\\\\files\\media'],
	])('UNC media path on %s', (umbraco, expected) => {
		expect(appSettings(unc(umbraco), 'web-1')['Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath']).toBe(expected);
	});

	const blob = (umbraco: string) => makePlan({ umbraco, files: { strategy: 'standalone', media: 'blob' } });
	test.each(['9.0.0', '10.8.0', '13.5.0', '17.6.0'])('blob media settings and composer on %s [D17-BLOB]', (umbraco) => {
		const settings = appSettings(blob(umbraco), 'web-1');
		expect(settings['Umbraco:Storage:AzureBlob:Media:ConnectionString']).toBeTypeOf('string');
		expect(settings['Umbraco:Storage:AzureBlob:Media:ContainerName']).toBeTypeOf('string');
		expect(contents(blob(umbraco), 'shared/AzureBlobMediaComposer.cs')).toContain('builder.AddAzureBlobMediaFileSystem();');
	});

	test('ImageSharp cache package from 11, v9 middleware note [D17-BLOB]', () => {
		expect(contents(blob('10.8.0'), 'shared/AzureBlobMediaComposer.cs')).not.toContain('AddAzureBlobImageSharpCache');
		expect(contents(blob('13.5.0'), 'shared/AzureBlobMediaComposer.cs')).toContain('builder.AddAzureBlobImageSharpCache();');
		expect(contents(blob('9.4.0'), 'shared/AzureBlobMediaComposer.cs')).toContain('u.UseAzureBlobMediaFileSystem();');
	});

	test('no blob composer for v8 or for media on the site', () => {
		expect(contents(blob('8.18.0'), 'shared/AzureBlobMediaComposer.cs')).toBe('');
		expect(contents(makePlan({ umbraco: '13.5.0' }), 'shared/AzureBlobMediaComposer.cs')).toBe('');
	});
});
