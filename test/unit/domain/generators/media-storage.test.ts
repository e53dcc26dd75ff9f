/**
 * Issue 8 item 3, media off the servers: S3 through the community Our.Umbraco.StorageProviders.AWSS3
 * (10, and 11 marked unverified; nothing on 9 or 12+), and v7/v8 Blob and S3 through community
 * packages. Generated files are parsed (JSON.parse, the XML element reader, the Compose env-file
 * reader) and asserted by key; the checklist step names only files the bundle has.
 */
import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../../../src/domain/checklist/build-checklist';
import type { Plan } from '../../../../src/domain/plan/schema';
import { makePlan } from '../../../helpers/plans';
import { appSettings, contents, filesByPath, webAppSettings } from './helpers';
import { readDotenv, readXdtAdds } from './native-readers';
import { xmlElements } from './xml-elements';

const servers = ['admin', 'web-1', 'web-2'];
const plan = (umbraco: string, media: 'blob' | 's3', hosting: 'iis' | 'containers' = 'iis') => makePlan({ umbraco, hosting, files: { strategy: 'standalone', media } });
const mediaStep = (p: Plan) => buildChecklist(p).groups.flatMap((g) => g.items).find((i) => i.id === 'files.media-storage');
const paths = (p: Plan) => [...filesByPath(p).keys()];

/** Bundle paths named in a checklist text (code spans starting with shared/ or servers/). */
const namedPaths = (text: string) => [...text.matchAll(/`((?:shared|servers)\/[^`]+)`/g)].map((m) => m[1]!);

describe('S3 media on 10 and 11: Our.Umbraco.StorageProviders.AWSS3 (community) [PKG-AWSS3] [PKG-AWSS3-SRC]', () => {
	test.each(['10.0.0', '10.8.0', '11.5.0'])('%s: BucketName in every server\'s appsettings, and one shared composer', (umbraco) => {
		const p = plan(umbraco, 's3');
		for (const id of servers) {
			const json = JSON.parse(contents(p, `servers/${id}/appsettings.Production.json`)) as { Umbraco: { Storage: { AWSS3: { Media: Record<string, unknown> } } } };
			expect(json.Umbraco.Storage.AWSS3.Media).toEqual({ BucketName: 'CHANGE-ME-MEDIA-BUCKET' });
			expect(appSettings(p, id)).not.toHaveProperty(['Umbraco:Storage:AzureBlob:Media:ConnectionString']);
		}
		const composer = filesByPath(p).get('shared/AwsS3MediaComposer.cs')!;
		expect(composer.serverIds).toEqual([]);
		expect(composer.contents).toContain('using Our.Umbraco.StorageProviders.AWSS3.DependencyInjection;');
		expect(composer.contents).toMatch(/public sealed class AwsS3MediaComposer : IComposer\s*\{\s*public void Compose\(IUmbracoBuilder builder\)\s*\{\s*builder\.AddAWSS3MediaFileSystem\(\);\s*\}\s*\}/);
		expect(composer.contents).toContain('u.UseAWSS3MediaFileSystem();');
		expect(composer.contents).toContain('COMMUNITY PACKAGE, not Umbraco HQ');
		expect(composer.apply).toMatch(/^Community package, not Umbraco HQ's/);
		expect(composer.contents.includes('UNVERIFIED')).toBe(umbraco.startsWith('11.'));
		expect(paths(p)).not.toContain('shared/AzureBlobMediaComposer.cs');
	});

	test('containers: the bucket reaches the container as an environment variable', () => {
		const env = readDotenv(contents(plan('10.8.0', 's3', 'containers'), 'servers/web-1/.env'));
		expect(env.get('UMBRACO__Storage__AWSS3__Media__BucketName')).toBe('CHANGE-ME-MEDIA-BUCKET');
	});

	test.each([
		['9.5.4', 'starts at Umbraco 10'],
		['12.3.10', 'from Umbraco 12'],
		['13.5.2', 'from Umbraco 12'],
		['17.8.1', 'from Umbraco 12'],
	])('%s: nothing generated, and the checklist says why (%s)', (umbraco, why) => {
		const p = plan(umbraco, 's3');
		expect(paths(p).filter((path) => /S3|FileSystemProviders/.test(path))).toEqual([]);
		for (const id of servers) expect(Object.keys(appSettings(p, id)).filter((k) => k.startsWith('Umbraco:Storage'))).toEqual([]);
		const step = mediaStep(p)!;
		expect(step.text).toContain('No S3 configuration is generated');
		expect(step.text).toContain(why);
		expect(step.text).toContain('Options:');
	});

	test('10.8: the checklist step names the composer the bundle has', () => {
		const p = plan('10.8.0', 's3');
		const step = mediaStep(p)!;
		expect(namedPaths(step.text)).toEqual(['shared/AwsS3MediaComposer.cs']);
		expect(step.text).toContain('not Umbraco HQ');
		expect(step.sources).toEqual(['PKG-AWSS3', 'PKG-AWSS3-SRC']);
	});
});

describe('v7 media in Blob or S3: FileSystemProviders.config through community packages [PKG-FSP-AZURE-V7] [PKG-S3-V7]', () => {
	const provider = (p: Plan) => xmlElements(contents(p, 'shared/FileSystemProviders.config.fragment.xml'), 'Provider');
	const parameters = (p: Plan) => Object.fromEntries(xmlElements(contents(p, 'shared/FileSystemProviders.config.fragment.xml'), 'add').map((e) => [e.attrs.key, e.attrs.value]));

	test.each(['7.1.9', '7.15.10'])('%s Blob: the media provider of UmbracoFileSystemProviders.Azure with its six parameters', (umbraco) => {
		const p = plan(umbraco, 'blob');
		expect(provider(p)).toEqual([{ path: 'FileSystemProviders/Provider', attrs: { alias: 'media', type: 'Our.Umbraco.FileSystemProviders.Azure.AzureBlobFileSystem, Our.Umbraco.FileSystemProviders.Azure' } }]);
		expect(parameters(p)).toEqual({
			containerName: 'umbraco-media',
			rootUrl: 'https://CHANGE-ME-STORAGE-ACCOUNT.blob.core.windows.net/',
			connectionString: 'CHANGE-ME-CONNECTION-STRING',
			maxDays: '365',
			useDefaultRoute: 'true',
			usePrivateContainer: 'false',
		});
		const file = filesByPath(p).get('shared/FileSystemProviders.config.fragment.xml')!;
		expect(file.serverIds).toEqual([]);
		expect(file.contents).toContain('COMMUNITY package UmbracoFileSystemProviders.Azure (not Umbraco HQ)');
		expect(file.apply).toMatch(/^Community package, not Umbraco HQ's/);
		expect(namedPaths(mediaStep(p)!.text)).toEqual(['shared/FileSystemProviders.config.fragment.xml']);
	});

	test.each(['7.2.1', '7.15.10'])('%s S3: the media provider of Umbraco.Storage.S3 with bucket, host name, prefix and region', (umbraco) => {
		const p = plan(umbraco, 's3');
		expect(provider(p)).toEqual([{ path: 'FileSystemProviders/Provider', attrs: { alias: 'media', type: 'Umbraco.Storage.S3.BucketFileSystem, Umbraco.Storage.S3' } }]);
		expect(parameters(p)).toEqual({ bucketName: 'CHANGE-ME-MEDIA-BUCKET', bucketHostName: '', bucketKeyPrefix: 'media', region: 'CHANGE-ME-AWS-REGION' });
		expect(contents(p, 'shared/FileSystemProviders.config.fragment.xml')).toContain('COMMUNITY package Umbraco.Storage.S3');
	});

	test.each([
		['7.1.8', 'blob', '7.1.9 and later'],
		['7.2.0', 's3', 'built against Umbraco 7.2.1'],
	] as const)('%s %s: below the package, nothing generated and the checklist says so', (umbraco, media, why) => {
		const p = plan(umbraco, media);
		expect(paths(p)).not.toContain('shared/FileSystemProviders.config.fragment.xml');
		expect(mediaStep(p)!.text).toContain(why);
	});

	test('v7 never writes the v8 appSettings keys', () => {
		expect(Object.keys(webAppSettings(plan('7.15.10', 'blob'), 'web-1')).filter((k) => k.startsWith('AzureBlobFileSystem'))).toEqual([]);
	});
});

describe('v8 Blob media: AzureBlobFileSystem.*:media appSettings (UmbracoFileSystemProviders.Azure.Media, community) [PKG-FSP-AZURE-V8] [V8-BLOB]', () => {
	const expected = {
		'AzureBlobFileSystem.ContainerName:media': 'umbraco-media',
		'AzureBlobFileSystem.RootUrl:media': 'https://CHANGE-ME-STORAGE-ACCOUNT.blob.core.windows.net/',
		'AzureBlobFileSystem.ConnectionString:media': 'CHANGE-ME-CONNECTION-STRING',
		'AzureBlobFileSystem.MaxDays:media': '365',
		'AzureBlobFileSystem.UseDefaultRoute:media': 'true',
		'AzureBlobFileSystem.UsePrivateContainer:media': 'false',
	};
	const blobKeys = (settings: Record<string, string>) => Object.fromEntries(Object.entries(settings).filter(([k]) => k.startsWith('AzureBlobFileSystem.')));

	test.each(['8.1.0', '8.18.8'])('%s: all six keys in every server\'s web.config fragment and transform', (umbraco) => {
		const p = plan(umbraco, 'blob');
		for (const id of servers) {
			expect(blobKeys(webAppSettings(p, id))).toEqual(expected);
			const adds = readXdtAdds(contents(p, `servers/${id}/Web.Production.xdt.config`)).filter((a) => a.key.startsWith('AzureBlobFileSystem.'));
			expect(Object.fromEntries(adds.map((a) => [a.key, a.value]))).toEqual(expected);
			expect(filesByPath(p).get(`servers/${id}/web.config.fragment.xml`)!.apply).toContain('community package UmbracoFileSystemProviders.Azure.Media');
		}
		expect(paths(p)).not.toContain('shared/FileSystemProviders.config.fragment.xml');
		expect(mediaStep(p)!.text).toContain('AzureBlobFileSystem.*:media');
	});

	test('8.0.1: nothing generated (the package needs 8.1.0) and the checklist says so', () => {
		const p = plan('8.0.1', 'blob');
		expect(blobKeys(webAppSettings(p, 'web-1'))).toEqual({});
		expect(mediaStep(p)!.text).toContain('needs Umbraco 8.1.0 or later');
	});

	test('v8 S3: nothing generated, and the checklist names the options', () => {
		const p = plan('8.18.8', 's3');
		expect(Object.keys(webAppSettings(p, 'web-1')).filter((k) => /Bucket|AWS/.test(k))).toEqual([]);
		expect(paths(p)).not.toContain('shared/FileSystemProviders.config.fragment.xml');
		expect(mediaStep(p)!.text).toContain('No S3 configuration is generated for Umbraco 8');
	});
});

describe('every media choice: the checklist names only files the bundle has', () => {
	const versions = ['7.0.3', '7.1.9', '7.15.10', '8.0.1', '8.18.8', '9.0.1', '9.5.4', '10.8.0', '11.5.0', '12.3.10', '13.5.2', '16.4.0', '17.8.1'];
	test.each(versions.flatMap((v) => (['blob', 's3'] as const).map((m) => [v, m] as const)))('%s %s', (umbraco, media) => {
		const p = plan(umbraco, media);
		const step = mediaStep(p)!;
		expect(step.text.length).toBeGreaterThan(0);
		for (const named of namedPaths(step.text)) expect(paths(p)).toContain(named);
	});

	test('site-folder media gets no media step; UNC media names the share (checklist.test.ts has the versions)', () => {
		expect(mediaStep(makePlan({}))).toBeUndefined();
		expect(mediaStep(makePlan({ files: { strategy: 'standalone', media: 'unc', mediaPath: '//files/media' } }))?.text).toContain('`//files/media`');
	});
});
