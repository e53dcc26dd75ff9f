import { describe, expect, test } from 'vitest';
import { makePlan, patchServer } from '../../../helpers/plans';
import { azureSettings, contents, serverPaths, webAppSettings } from './helpers';

const azure = (umbraco: string) =>
	makePlan({ umbraco, hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, servers: patchServer('web-1', { instances: 3 }) });

describe('v7 temp keys by minor [V7-FLEX] [V7-WEBCFG]', () => {
	test.each([
		['7.4.3', 'umbracoContentXMLUseLocalTemp', 'true'],
		['7.5.14', 'umbracoContentXMLUseLocalTemp', 'true'],
		['7.6.0', 'umbracoContentXMLStorage', 'EnvironmentTemp'],
		['7.7.2', 'umbracoContentXMLStorage', 'EnvironmentTemp'],
		['7.7.3', 'umbracoLocalTempStorage', 'EnvironmentTemp'],
		['7.15.10', 'umbracoLocalTempStorage', 'EnvironmentTemp'],
	])('%s on a central share: %s=%s', (umbraco, key, value) => {
		const settings = webAppSettings(makePlan({ umbraco, files: { strategy: 'central-share' } }), 'web-1');
		expect(settings).toEqual({ [key]: value });
	});

	test('AspNetTemp when the plan asks for it (7.7.3+)', () => {
		const plan = makePlan({ umbraco: '7.15.0', servers: patchServer('web-1', { settings: { localTemp: 'aspnet-temp' } }) });
		expect(webAppSettings(plan, 'web-1')).toEqual({ umbracoLocalTempStorage: 'AspNetTemp' });
	});
});

describe('v7 Examine directory factory in ExamineSettings.config [V7-FLEX]', () => {
	test('Azure: synced on the admin app, temp-only on the scaled-out app', () => {
		const plan = azure('7.15.10');
		expect(contents(plan, 'servers/admin/ExamineSettings.config.fragment.xml')).toContain('directoryFactory="Examine.LuceneEngine.Directories.SyncTempEnvDirectoryFactory,Examine"');
		expect(contents(plan, 'servers/web-1/ExamineSettings.config.fragment.xml')).toContain('directoryFactory="Examine.LuceneEngine.Directories.TempEnvDirectoryFactory,Examine"');
		expect(contents(plan, 'servers/web-1/ExamineSettings.config.fragment.xml')).toContain('Examine 0.1.83');
	});

	test('v8 writes the factory to web.config instead', () => {
		expect(serverPaths(azure('8.18.8'), 'web-1')).not.toContain('ExamineSettings.config.fragment.xml');
		expect(webAppSettings(azure('8.18.8'), 'web-1')['Umbraco.Examine.LuceneDirectoryFactory']).toBe('Examine.LuceneEngine.Directories.TempEnvDirectoryFactory, Examine');
	});
});

describe('v8 Azure MainDom by band [V8-AZ] [V8-AZ-860] [V8-AZ-864]', () => {
	test.each([
		// version, admin lock, front-end lock, admin overlap off, front-end overlap off
		['8.5.5', undefined, undefined, true, true],
		['8.6.0', 'SqlMainDomLock', undefined, false, true],
		['8.6.2', 'SqlMainDomLock', undefined, false, true],
		['8.6.4', 'SqlMainDomLock', 'SqlMainDomLock', false, false],
		['8.18.8', 'SqlMainDomLock', 'SqlMainDomLock', false, false],
	])('%s: admin %s, front-end %s, overlap off admin %s / front-end %s', (umbraco, adminLock, webLock, adminOverlap, webOverlap) => {
		const plan = azure(umbraco);
		expect(webAppSettings(plan, 'admin')['Umbraco.Core.MainDom.Lock']).toBe(adminLock);
		expect(webAppSettings(plan, 'web-1')['Umbraco.Core.MainDom.Lock']).toBe(webLock);
		expect(azureSettings(plan, 'admin')['WEBSITE_DISABLE_OVERLAPPED_RECYCLING']).toBe(adminOverlap ? '1' : undefined);
		expect(azureSettings(plan, 'web-1')['WEBSITE_DISABLE_OVERLAPPED_RECYCLING']).toBe(webOverlap ? '1' : undefined);
		expect(webAppSettings(plan, 'web-1')['Umbraco.Core.LocalTempStorage']).toBe('EnvironmentTemp');
	});

	test('8.5 with an explicit SqlMainDomLock: left out, with a comment saying why', () => {
		const plan = makePlan({ umbraco: '8.5.5', servers: patchServer('web-1', { settings: { mainDomLock: 'sql' } }) });
		expect(webAppSettings(plan, 'web-1')['Umbraco.Core.MainDom.Lock']).toBeUndefined();
		expect(contents(plan, 'servers/web-1/web.config.fragment.xml')).toContain('SqlMainDomLock arrived in 8.6');
	});
});

describe('v8 unattended upgrades (8.12+) [D16-UPG8]', () => {
	test('ConfigurationStatus on every server, UpgradeUnattended on the main server only', () => {
		const plan = makePlan({ umbraco: '8.18.8', upgrades: { unattended: true } });
		for (const id of ['admin', 'web-1', 'web-2']) expect(webAppSettings(plan, id)['Umbraco.Core.ConfigurationStatus']).toBe('8.18.8');
		expect(webAppSettings(plan, 'admin')['Umbraco.Core.RuntimeState.UpgradeUnattended']).toBe('true');
		expect(webAppSettings(plan, 'web-1')['Umbraco.Core.RuntimeState.UpgradeUnattended']).toBeUndefined();
	});

	test('before 8.12 nothing is written', () => {
		expect(webAppSettings(makePlan({ umbraco: '8.11.0', upgrades: { unattended: true } }), 'admin')).toEqual({});
	});
});

describe('machineKey and umbracoSettings [V7-IDX] [V8-CFG] [V8-UMBSET]', () => {
	test('the same machineKey placeholder on every server', () => {
		const plan = makePlan({ umbraco: '8.18.8' });
		const keys = ['admin', 'web-1', 'web-2'].map((id) => /<machineKey [^>]*\/>/.exec(contents(plan, `servers/${id}/web.config.fragment.xml`))?.[0]);
		expect(new Set(keys).size).toBe(1);
		expect(keys[0]).toContain('validationKey="GENERATE-ONCE-AND-COPY-TO-EVERY-SERVER"');
	});

	test('password-reset warning when a key is added to an existing v8 site', () => {
		expect(contents(makePlan({ umbraco: '8.18.8', keys: { addedToExistingSite: true } }), 'servers/admin/web.config.fragment.xml')).toContain('resetting all user and member passwords');
	});

	test.each(['7.15.10', '8.18.8'])('%s: umbracoApplicationUrl includes /umbraco', (umbraco) => {
		expect(contents(makePlan({ umbraco }), 'servers/web-1/umbracoSettings.config.fragment.xml')).toContain('<web.routing umbracoApplicationUrl="https://www.example.com/umbraco" />');
	});

	test('keepAlive element from 8.6 only', () => {
		const plan = (umbraco: string) => makePlan({ umbraco, servers: patchServer('admin', { settings: { keepAliveSettings: true } }) });
		expect(contents(plan('8.6.4'), 'servers/admin/umbracoSettings.config.fragment.xml')).toContain('keepAlivePingUrl="{umbracoApplicationUrl}/api/keepalive/ping"');
		expect(contents(plan('8.5.5'), 'servers/admin/umbracoSettings.config.fragment.xml')).not.toContain('keepAlive');
	});

	test('7.2 traditional: distributedCall lists the main server first; umbracoUseSSL for HTTPS-only [V7-TRAD]', () => {
		const plan = makePlan({ umbraco: '7.2.8', servers: patchServer('web-1', { settings: { serverName: 'WEB1' } }) });
		const xml = contents(plan, 'servers/web-2/umbracoSettings.config.fragment.xml');
		expect(xml).toMatch(/<distributedCall enable="true">[\s\S]*<server forceProtocol="https" forcePortnumber="443">admin\.internal<\/server>[\s\S]*<server serverName="WEB1" forceProtocol="https" forcePortnumber="443">web1\.internal/);
		expect(webAppSettings(plan, 'web-2')['umbracoUseSSL']).toBe('true');
		expect(serverPaths(plan, 'admin').filter((p) => p.endsWith('.cs'))).toEqual([]);
	});

	test('7.3+ with distributedCall on: the fragment switches it off [V7-FLEX]', () => {
		expect(contents(makePlan({ umbraco: '7.15.10', legacy: { distributedCall: true } }), 'servers/admin/umbracoSettings.config.fragment.xml')).toContain('<distributedCall enable="false" />');
	});
});
