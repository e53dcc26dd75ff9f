import { describe, expect, test } from 'vitest';
import { versionBandIds, versionBands } from '../../../../src/domain/versions/bands';
import { applicationUrlSetting, examineFactorySetting, findBand, getBand, localTempSetting } from '../../../../src/domain/versions/catalogue';
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
	test('cover 7.0 onwards without gaps or overlaps, in order', () => {
		expect(versionBands.map((b) => b.id)).toEqual([...versionBandIds]);
		for (const [i, band] of versionBands.entries()) {
			const next = versionBands[i + 1];
			if (next) expect(compareVersions(band.to!, next.from)).toBe(0);
			else expect(band.to).toBeUndefined();
		}
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
		['17.3.9', 'v17.0-17.3', 'flexible'],
		['17.4.2', 'v17.4-17.5', 'flexible'],
		['17.6.0', 'v17.6+', 'flexible'],
		['18.0.0', 'v17.6+', 'flexible'],
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
