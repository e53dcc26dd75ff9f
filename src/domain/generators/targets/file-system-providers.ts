/**
 * v7/v8 media in Azure Blob storage or S3 through COMMUNITY packages (not Umbraco HQ's):
 *
 * - v7 Blob: UmbracoFileSystemProviders.Azure 1.x replaces the `media` provider of
 *   `~/Config/FileSystemProviders.config` (Umbraco 7.1.9+). Parameter names and the provider type from
 *   umbraco-community/UmbracoFileSystemProviders.Azure README.md @10af7cf770471519943d98cf33e09026a3a7a575
 *   (branch main-version-1) and its 6-parameter AzureBlobFileSystem constructor
 *   (src/UmbracoFileSystemProviders.Azure/AzureBlobFileSystem.cs, same commit) [PKG-FSP-AZURE-V7].
 * - v7 S3: Umbraco.Storage.S3 replaces the same provider (ElijahGlover/Umbraco-S3-Provider README.md
 *   @60e3e90c59417366f76174f7366aee3e36db3058; 4-parameter BucketFileSystem constructor in
 *   Umbraco.Storage.S3/Umbraco.Storage.S3/BucketFileSystem.cs; packages.config: UmbracoCms.Core 7.2.1) [PKG-S3-V7].
 * - v8 Blob: UmbracoFileSystemProviders.Azure.Media 2.x/3.x reads six appSettings `AzureBlobFileSystem.*:media`
 *   and throws at boot when one is missing (AzureMediaFileSystemComposer.cs and Constants.cs @724bd363e0d08e65b3ed57617e508cf169a5d1a1,
 *   branch main-version-2; README there: 8.1.0+) [PKG-FSP-AZURE-V8] [V8-BLOB]. They go into the web.config fragment.
 *
 * Each file here is the same on every server, so it is written once under `shared/`.
 */
import type { PlanContext } from '../context';
import type { AppSetting } from '../legacy-server-settings';
import { comment, el, serializeXml, type XmlNode } from '../formats/xml';
import { mediaFilePaths, mediaProvider } from '../media-providers';
import { exampleNames, packages, placeholders } from '../options';
import type { GeneratedFile } from '../types';

const azureType = 'Our.Umbraco.FileSystemProviders.Azure.AzureBlobFileSystem, Our.Umbraco.FileSystemProviders.Azure';
const s3Type = 'Umbraco.Storage.S3.BucketFileSystem, Umbraco.Storage.S3';

/** Blob parameters: with useDefaultRoute the /media URL prefix stays whatever the container is called. */
const blobParameters: readonly AppSetting[] = [
	['containerName', exampleNames.mediaContainer],
	['rootUrl', placeholders.blobRootUrl],
	['connectionString', placeholders.connectionString],
	['maxDays', '365'],
	['useDefaultRoute', 'true'],
	['usePrivateContainer', 'false'],
];

/** S3 parameters: an empty bucketHostName keeps URLs on the site's own /media (the README's virtual path provider setup). */
const s3Parameters: readonly AppSetting[] = [
	['bucketName', placeholders.mediaBucket],
	['bucketHostName', ''],
	['bucketKeyPrefix', 'media'],
	['region', placeholders.awsRegion],
];

/**
 * The v8 blob appSettings (`AzureBlobFileSystem.<Name>:media`), all six required by the package's composer
 * [PKG-FSP-AZURE-V8]; empty for every other plan.
 */
export function v8BlobAppSettings(ctx: Pick<PlanContext, 'plan' | 'version'>): AppSetting[] {
	if (mediaProvider(ctx.plan, ctx.version)?.kind !== 'fsp-azure-v8') return [];
	const names = ['ContainerName', 'RootUrl', 'ConnectionString', 'MaxDays', 'UseDefaultRoute', 'UsePrivateContainer'];
	return names.map((name, i): AppSetting => [`AzureBlobFileSystem.${name}:media`, blobParameters[i]![1]]);
}

function providerFile(packageName: string, type: string, parameters: readonly AppSetting[], notes: readonly string[]): XmlNode[] {
	return [
		comment(`FileSystemProviders.config fragment: media through the COMMUNITY package ${packageName} (not Umbraco HQ). Replace the existing media Provider element of ~/Config/FileSystemProviders.config with this one; the file is the same on every server.`),
		...notes.map(comment),
		el('FileSystemProviders', {}, [el('Provider', { alias: 'media', type }, [el('Parameters', {}, parameters.map(([key, value]) => el('add', { key, value })))])]),
	];
}

/** `shared/FileSystemProviders.config.fragment.xml` (v7 with media in Blob or S3 through a community package). */
export function fileSystemProvidersFile(ctx: PlanContext): GeneratedFile | undefined {
	const kind = mediaProvider(ctx.plan, ctx.version)?.kind;
	if (kind !== 'fsp-azure-v7' && kind !== 's3-v7') return undefined;
	const blob = kind === 'fsp-azure-v7';
	const packageName = blob ? packages.mediaBlobV7 : packages.mediaS3V7;
	const nodes = blob
		? providerFile(packageName, azureType, blobParameters, [
				'Umbraco 7.1.9+, package version 1.x. Its NuGet install also adds the StaticFileHandler its virtual path provider needs for /media (root Web.config and ~/Media/Web.config): keep those.',
				'Copy existing ~/media files into the container; Umbraco does not move them.',
			])
		: providerFile(packageName, s3Type, s3Parameters, [
				'Credentials: an IAM role on the server, or AWSAccessKey and AWSSecretKey appSettings in Web.config (the package README).',
				'On Umbraco later than 7.3.5 the README also requires its virtual path provider (FileSystemVirtualPathProvider.ConfigureMedia() in Global.asax OnApplicationStarting) and the StaticFileHandler for /media; follow it.',
				'Copy existing ~/media files into the bucket under the media/ prefix; Umbraco does not move them.',
			]);
	return {
		path: mediaFilePaths.fileSystemProviders,
		language: 'xml',
		contents: serializeXml(nodes),
		serverIds: [],
		title: `FileSystemProviders.config media provider (community package ${packageName}, all servers)`,
		apply: `Community package, not Umbraco HQ's: install ${packageName} from NuGet, then replace the \`media\` Provider element of \`~/Config/FileSystemProviders.config\` with this one on every server (the same file everywhere) and fill in the CHANGE-ME values.`,
	};
}
