import { describe, expect, test } from 'vitest';
import { versionBandIds, versionBands } from '../../../../src/domain/versions/bands';
import {
	applicationUrlSetting,
	examineFactorySetting,
	findBand,
	getBand,
	latestReleases,
	localTempSetting,
	marketingProductsOf,
	supportsDatabaseEngine,
} from '../../../../src/domain/versions/catalogue';
import { sourceIds } from '../../../../src/domain/sources/source-catalogue';
import { compareVersions, parseVersion } from '../../../../src/domain/versions/version';

describe('parseVersion', () => {
	test.each([
		['13.5.2', [13, 5, 2]],
		['8.6', [8, 6, 0]],
		['17.0.0-rc2', [17, 0, 0]],
		[' 7.15.10 ', [7, 15, 10]],
	])('reads %j', (text, tuple) => expect(parseVersion(text)).toEqual(tuple));

	test.each(['13', 'v13.5.2', '13.5.2.1', 'latest', ''])('rejects %j', (text) => expect(parseVersion(text)).toBeUndefined());
});

describe('versionBands', () => {
	test('cover 7.0 to 19.x without gaps or overlaps, in order', () => {
		expect(versionBands.map((b) => b.id)).toEqual([...versionBandIds]);
		for (const [i, band] of versionBands.entries()) {
			const next = versionBands[i + 1];
			if (next) expect(compareVersions(band.to, next.from)).toBe(0);
			else expect(band.to).toEqual([20, 0, 0]);
		}
		expect(findBand('20.0.0')).toBeUndefined();
		expect(findBand('6.2.5')).toBeUndefined();
		expect(versionBands[0]!.from).toEqual([7, 0, 0]);
	});
});

describe('findBand', () => {
	test.each([
		['7.2.8', 'v7.0-7.2', 'traditional'],
		['7.3.0', 'v7.3+', 'flexible'],
		['7.15.10', 'v7.3+', 'flexible'],
		['8.5.5', 'v8.0-8.5', 'flexible'],
		['8.6.3', 'v8.6.0-8.6.3', 'flexible'],
		['8.6.4', 'v8.6.4-8.9', 'flexible'],
		['8.10.0', 'v8.10-8.11', 'flexible'],
		['8.18.8', 'v8.12+', 'flexible'],
		['9.3.1', 'v9.0-9.3', 'flexible'],
		['9.4.0', 'v9.4-9.5', 'flexible'],
		['13.5.2', 'v10-13', 'flexible'],
		['16.3.0', 'v14-16', 'flexible'],
		['17.2.4', 'v17.0-17.2', 'flexible'],
		['17.3.9', 'v17.3', 'flexible'],
		['17.4.1', 'v17.4.0-17.4.1', 'flexible'],
		['17.4.2', 'v17.4.2-17.4.x', 'flexible'],
		['17.5.3', 'v17.5', 'flexible'],
		['17.6.0', 'v17.6', 'flexible'],
		['17.7.2', 'v17.7', 'flexible'],
		['17.8.1', 'v17.8+', 'flexible'],
		['18.0.0', 'v18.0', 'flexible'],
		['18.1.0-rc', 'v18.1', 'flexible'],
		['18.2.1', 'v18.2', 'flexible'],
		['18.3.1', 'v18.3+', 'flexible'],
		['19.0.0-beta1', 'v19-preview', 'flexible'],
	])('puts %s in %s', (version, id, loadBalancing) => {
		expect(findBand(version)).toMatchObject({ id, loadBalancing });
	});

	test('has no band before 7.0', () => {
		expect(findBand('6.2.5')).toBeUndefined();
		expect(() => getBand('6.2.5')).toThrow(/6\.2\.5/);
	});

	test.each([
		['7.15.10', 'Master', 'Slave', 'Master'],
		['8.6.4', 'Master', 'Replica', 'Master'],
		['8.10.0', 'Master', 'Replica', 'Primary'],
		['13.5.2', 'SchedulingPublisher', 'Subscriber', 'SchedulingPublisher'],
	])('names %s roles %s/%s and pins the publisher as %s', (version, publisher, subscriber, pinned) => {
		const band = getBand(version);
		expect(band.roleNames).toEqual({ publisher, subscriber });
		expect(band.pinnedPublisherValue).toBe(pinned);
	});

	test.each([
		['13.5.2', true],
		['14.0.0', false],
		['8.18.8', true],
	])('knows whether %s has the keep-alive job (%s)', (version, keepAlive) => expect(getBand(version).keepAlive).toBe(keepAlive));
});

describe('localTempSetting', () => {
	test.each([
		['7.5.14', 'umbracoContentXMLUseLocalTemp', 'true'],
		['7.6.0', 'umbracoContentXMLStorage', 'EnvironmentTemp'],
		['7.7.2', 'umbracoContentXMLStorage', 'EnvironmentTemp'],
		['7.7.3', 'umbracoLocalTempStorage', 'EnvironmentTemp'],
		['8.18.8', 'Umbraco.Core.LocalTempStorage', 'EnvironmentTemp'],
		['13.5.2', 'Umbraco:CMS:Hosting:LocalTempStorageLocation', 'EnvironmentTemp'],
	])('%s uses %s = %s', (version, key, value) => {
		expect(localTempSetting(parseVersion(version)!)).toMatchObject({ key, value });
	});
});

describe('examineFactorySetting', () => {
	test.each([
		['7.15.10', 'temp', 'ExamineSettings.config', 'Examine.LuceneEngine.Directories.TempEnvDirectoryFactory,Examine'],
		['8.18.8', 'synced-temp', 'web.config', 'Examine.LuceneEngine.Directories.SyncTempEnvDirectoryFactory, Examine'],
		['13.5.2', 'temp', 'appsettings.json', 'TempFileSystemDirectoryFactory'],
		['17.6.0', 'synced-temp', 'appsettings.json', 'SyncedTempFileSystemDirectoryFactory'],
	] as const)('%s %s → %s %s', (version, kind, file, value) => {
		expect(examineFactorySetting(parseVersion(version)!, kind)).toMatchObject({ file, value });
	});
});

describe('applicationUrlSetting', () => {
	test('adds the backoffice path before v9 and not after', () => {
		expect(applicationUrlSetting(getBand('8.18.8'), 'https://www.example.com/').value).toBe('https://www.example.com/umbraco');
		expect(applicationUrlSetting(getBand('13.5.2'), 'https://www.example.com').value).toBe('https://www.example.com/');
	});
});

describe('bands from 17 on', () => {
	const band = (version: string) => getBand(version);

	test('only 19 is a preview, and it is the newest band, ending before 20', () => {
		expect(versionBands.filter((b) => b.preview).map((b) => b.id)).toEqual(['v19-preview']);
		expect(band('19.0.0-beta1')).toMatchObject({ preview: true, family: 'v17' });
		expect(band('19.9.9').to).toEqual([20, 0, 0]);
		expect(band('18.3.1').preview).toBe(false);
	});

	// [version, detection (simulation), ApplicationUrlDetection setting, 17.8 replacement rules]
	test.each([
		['17.3.0', 'first-request', null, 'unrestricted'],
		['17.4.0', 'none-by-default', 'Umbraco:CMS:WebRouting:ApplicationUrlDetection', 'unrestricted'],
		['17.5.1', 'none-by-default', 'Umbraco:CMS:WebRouting:ApplicationUrlDetection', 'unrestricted'],
		['17.6.0', 'machine-name-fallback', 'Umbraco:CMS:WebRouting:ApplicationUrlDetection', 'unrestricted'],
		['17.8.0', 'machine-name-fallback', 'Umbraco:CMS:WebRouting:ApplicationUrlDetection', 'prefer-public-https'],
		['18.0.0', 'none-by-default', 'Umbraco:CMS:WebRouting:ApplicationUrlDetection', 'unrestricted'],
		['18.1.0', 'machine-name-fallback', 'Umbraco:CMS:WebRouting:ApplicationUrlDetection', 'unrestricted'],
		['18.3.0', 'machine-name-fallback', 'Umbraco:CMS:WebRouting:ApplicationUrlDetection', 'prefer-public-https'],
		['13.5.2', 'first-request', null, 'unrestricted'],
	])('%s: detection %s, setting %s, replacement %s', (version, detection, setting, replacement) => {
		expect(band(version)).toMatchObject({ applicationUrlDetection: detection, applicationUrlDetectionSetting: setting, detectedUrlReplacement: replacement });
	});

	// [version, skip negotiation, machine identifier, timeouts, instructions without MainDom, boot election]
	test.each([
		['17.4.2', false, false, false, 'lost', false],
		['17.5.0', true, false, false, 'lost', false],
		['17.6.0', true, true, true, 'lost', false],
		['17.7.0', true, true, true, 'written', false],
		['17.8.1', true, true, true, 'written', true],
		['18.0.0', true, false, false, 'lost', false],
		['18.1.0', true, true, true, 'lost', false],
		['18.2.0', true, true, true, 'written', false],
		['18.3.1', true, true, true, 'written', true],
		['13.16.4', false, false, false, 'lost', false],
		['8.18.8', false, false, false, 'unknown', false],
	] as const)('%s: skip %s, machine id %s, timeouts %s, instructions %s, boot election %s', (version, skip, machineId, timeouts, instructions, boot) => {
		const b = band(version);
		expect(b.skipNegotiationSetting !== null).toBe(skip);
		expect(b.machineIdentifierSetting !== null).toBe(machineId);
		expect(b.syncTimeoutSetting !== null && b.touchTimeoutSetting !== null).toBe(timeouts);
		expect(b.instructionsWithoutMainDom).toBe(instructions);
		expect(b.bootElection).toBe(boot);
	});

	test('names the settings as the docs and source do', () => {
		expect(band('17.8.1')).toMatchObject({
			skipNegotiationSetting: 'Umbraco:CMS:SignalR:ClientShouldSkipNegotiation',
			machineIdentifierSetting: 'Umbraco:CMS:Hosting:MachineIdentifier',
			machineIdentity: 'configured-then-azure-instance-then-machine-name',
			syncTimeoutSetting: 'Umbraco:CMS:Global:DatabaseServerMessenger:SyncTimeout',
			touchTimeoutSetting: 'Umbraco:CMS:Global:DatabaseServerRegistrar:TouchTimeout',
			migrationClaimTimeoutSetting: 'Umbraco:CMS:Unattended:MigrationClaimTimeout',
			healthProbes: { live: '/umbraco/api/health/live', ready: '/umbraco/api/health/ready' },
			scheduledPublishing: { period: 'Umbraco:CMS:ScheduledPublishing:Period', alignToClock: 'Umbraco:CMS:ScheduledPublishing:AlignToClock', alignToClockDefault: false },
			distributedJobsSettings: 'Umbraco:CMS:DistributedJobs',
			hostingDebugSetting: 'Umbraco:CMS:Hosting:Debug',
		});
		expect(band('19.0.0-beta1').scheduledPublishing?.alignToClockDefault).toBe(true);
	});

	// [version, upgrade timing, probes, read-only database, URL-table writes, Umbraco Cloud load balancing]
	test.each([
		['17.2.0', 'at-boot', false, 'fails-at-boot', 'every-refreshing-node', false],
		['17.3.0', 'after-start', true, 'throws-in-jobs', 'every-refreshing-node', false],
		['17.4.1', 'after-start', true, 'detected', 'every-refreshing-node', false],
		['17.4.2', 'after-start-coordinated', true, 'detected', 'originating-server', true],
		['18.0.0', 'after-start-coordinated', true, 'detected', 'originating-server', true],
		['16.3.0', 'at-boot', false, 'pinned-subscriber', null, false],
		['8.18.8', 'first-request', false, 'pinned-subscriber', null, false],
		['8.11.0', 'none', false, 'pinned-subscriber', null, false],
	] as const)('%s: upgrades %s, probes %s, read-only %s, URL tables %s, Cloud LB %s', (version, timing, probes, readOnly, urlTables, cloud) => {
		const b = band(version);
		expect(b.unattendedUpgradeTiming).toBe(timing);
		expect(b.healthProbes !== null).toBe(probes);
		expect(b.readOnlyDatabase).toBe(readOnly);
		expect(b.urlTableWrites).toBe(urlTables);
		expect(b.umbracoCloudLoadBalancing).toBe(cloud);
	});

	test('every band names sources the catalogue knows', () => {
		for (const b of versionBands) for (const id of b.sources) expect(sourceIds, `${b.id}: ${id}`).toContain(id);
	});
});

describe('latestReleases', () => {
	test('are the newest 13, 17 and 18, each in a released band', () => {
		expect(latestReleases).toEqual({ v13: '13.16.4', v17: '17.8.1', v18: '18.3.1' });
		for (const version of Object.values(latestReleases)) expect(getBand(version).preview).toBe(false);
	});
});

describe('supportsDatabaseEngine', () => {
	test.each([
		['7.15.10', 'sql-ce', true],
		['9.5.0', 'sql-ce', true],
		['10.0.0', 'sql-ce', false],
		['9.5.0', 'sqlite', false],
		['10.0.0', 'sqlite', true],
		['18.3.1', 'sqlite', true],
		['7.2.8', 'sql-server', true],
		['19.0.0', 'azure-sql', true],
	] as const)('%s %s: %s', (version, engine, supported) => {
		expect(supportsDatabaseEngine(parseVersion(version)!, engine)).toBe(supported);
	});
});

describe('marketingProductsOf', () => {
	test.each([
		['7.15.10', []],
		['8.18.8', ['umarketingsuite']],
		['12.4.0', ['umarketingsuite']],
		['13.16.4', ['umarketingsuite', 'engage']],
		['14.3.0', []],
		['15.4.1', []],
		['16.3.0', ['engage']],
		['18.3.1', ['engage']],
	] as const)('%s has %j', (version, products) => {
		expect(marketingProductsOf(parseVersion(version)!)).toEqual(products);
	});
});
