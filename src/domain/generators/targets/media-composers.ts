/**
 * v9+ composers that move media (and the ImageSharp cache) off the servers: Umbraco HQ's Azure
 * Blob provider, and the community AWS S3 provider where it exists (media-providers.ts).
 */
import { connectionStringRead } from '../connection-strings';
import { atLeast, type PlanContext } from '../context';
import { block, type CsNode } from '../formats/csharp';
import { mediaFilePaths, mediaProvider } from '../media-providers';
import { csharpNamespace, packages } from '../options';
import type { GeneratedFile } from '../types';
import { sharedFile } from './composers';

/**
 * `shared/AzureBlobMediaComposer.cs`: media in Azure Blob storage (v9+). AddAzureBlobMediaFileSystem()
 * and AddAzureBlobImageSharpCache() extend IUmbracoBuilder in the Umbraco.Cms.Core.DependencyInjection
 * namespace (umbraco/Umbraco.StorageProviders src/Umbraco.StorageProviders.AzureBlob/DependencyInjection/
 * AzureBlobMediaFileSystemExtensions.cs and src/Umbraco.StorageProviders.AzureBlob.ImageSharp/…), so a
 * composer can call them as the docs' builder chain does [D17-BLOB].
 */
export function azureBlobMediaFile(ctx: PlanContext): GeneratedFile | undefined {
	if (ctx.band.config !== 'appsettings' || mediaProvider(ctx.plan, ctx.version)?.kind !== 'azure-blob') return undefined;
	const v9 = !atLeast(ctx.version, 10);
	// From Umbraco.StorageProviders 11.0.0 the ImageSharp cache is its own package and call [D17-BLOB].
	const imageSharpPackage = atLeast(ctx.version, 11);
	// A connection string the plan names is read here and handed to the options after the package has
	// bound Umbraco:Storage:AzureBlob:Media (AddInternal: BindConfiguration, then the Configure action,
	// umbraco/Umbraco.StorageProviders src/Umbraco.StorageProviders.AzureBlob/DependencyInjection/
	// AzureBlobFileSystemExtensions.cs; the Action<AzureBlobFileSystemOptions> overload exists from 1.x).
	const read = ctx.plan.connectionStrings?.mediaBlob === undefined ? undefined : connectionStringRead(ctx.plan.connectionStrings.mediaBlob, 'mediaStorage');
	const header = [
		`NuGet: ${packages.mediaBlob}${v9 ? ' (Umbraco 9: version 1.1.x)' : ''}${imageSharpPackage ? ` and ${packages.mediaBlobImageSharp}` : ''}.`,
		read
			? `Settings: the connection string ConnectionStrings:${ctx.plan.connectionStrings!.mediaBlob} (read below) and Umbraco:Storage:AzureBlob:Media:ContainerName (see each server's appsettings file).`
			: 'Settings: Umbraco:Storage:AzureBlob:Media:ConnectionString and :ContainerName (see each server\'s appsettings file).',
		'Or call the same methods in the Umbraco builder chain in Program.cs (Startup.cs on older templates), as the docs do.',
		...(v9 ? ['Umbraco 9 only: also call u.UseAzureBlobMediaFileSystem(); inside app.UseUmbraco().WithMiddleware(u => { ... }) in Startup.Configure.'] : []),
		'Copy existing wwwroot/media files to a media folder in the container; Umbraco does not move them.',
	];
	// 10/umbraco-cms/extending/filesystemproviders/azure-blob-storage.md: on 9 and 10 the one call also moves the ImageSharp cache.
	const calls: CsNode[] = [
		...(read ? [...read.statements, `builder.AddAzureBlobMediaFileSystem(options => options.ConnectionString = ${read.expression});`] : ['builder.AddAzureBlobMediaFileSystem();']),
		...(imageSharpPackage ? ['builder.AddAzureBlobImageSharpCache();'] : []),
	];
	return sharedFile(mediaFilePaths.azureBlob, 'Azure Blob media composer (all servers)', 'Add the NuGet packages named in the file and the composer to the web project of every server.', {
		header: ['Media (and the ImageSharp cache) in Azure Blob storage, shared by every server.', ...header],
		usings: [...(read?.usings ?? []), 'Umbraco.Cms.Core.Composing', 'Umbraco.Cms.Core.DependencyInjection'],
		namespace: csharpNamespace,
		fileScoped: !v9,
		members: [block('public sealed class AzureBlobMediaComposer : IComposer', [block('public void Compose(IUmbracoBuilder builder)', calls)])],
	});
}

/**
 * `shared/AwsS3MediaComposer.cs`: media and the ImageSharp cache in an S3 bucket through the COMMUNITY
 * package Our.Umbraco.StorageProviders.AWSS3 (adam-werner/Our.Umbraco.StorageProviders.AWSS3; README.md
 * @372be8f9bc2e3c27be35c1a3f4006d30208fdb38 [PKG-AWSS3], and release 1.3.0 @088da78aadb060ec5b1473ea42c473ca667a3cc3
 * [PKG-AWSS3-SRC]). In src/Our.Umbraco.StorageProviders.AWSS3/DependencyInjection/AWSS3MediaFileSystemExtensions.cs,
 * AddAWSS3MediaFileSystem() extends IUmbracoBuilder and UseAWSS3MediaFileSystem() extends
 * IUmbracoApplicationBuilderContext, both in namespace Our.Umbraco.StorageProviders.AWSS3.DependencyInjection;
 * AddAWSS3FileSystem binds Umbraco:Storage:AWSS3:Media (BucketName required) in …/AWSS3FileSystemExtensions.cs.
 * The package's own AWSS3Composer registers IAmazonS3 from the AWS section (AWSS3Composer.cs).
 */
export function awsS3MediaFile(ctx: PlanContext): GeneratedFile | undefined {
	const provider = mediaProvider(ctx.plan, ctx.version);
	if (provider?.kind !== 'aws-s3') return undefined;
	const header = [
		'Media and the ImageSharp cache in an AWS S3 bucket, shared by every server.',
		`COMMUNITY PACKAGE, not Umbraco HQ: NuGet ${packages.mediaS3} (github.com/adam-werner/Our.Umbraco.StorageProviders.AWSS3). Test it like any dependency.`,
		provider.verified
			? 'It is built against Umbraco 10 (net6.0, Umbraco.Cms.Web.Common 10.0.0, ImageSharp.Web 2).'
			: 'UNVERIFIED on Umbraco 11: the package is built against Umbraco 10 and ImageSharp.Web 2; its dependency range admits 11 (still ImageSharp.Web 2), but no release says it was tested there.',
		'Settings: Umbraco:Storage:AWSS3:Media:BucketName (see each server\'s appsettings file; the media files go under media/, the image cache under cache/).',
		'Credentials and region come from the AWS SDK: an IAM role, environment variables, or an AWS section (Profile, Region) in appsettings.json.',
		'Also call u.UseAWSS3MediaFileSystem(); inside app.UseUmbraco().WithMiddleware(u => { ... }) (Startup.Configure, or Program.cs) so /media is served from the bucket.',
		'Or call AddAWSS3MediaFileSystem() in the Umbraco builder chain after AddComposers(), as the package README does.',
		'Copy existing wwwroot/media files to the media/ folder of the bucket; Umbraco does not move them.',
	];
	return sharedFile(mediaFilePaths.awsS3, 'AWS S3 media composer (community package, all servers)', `Community package, not Umbraco HQ's: add the NuGet package ${packages.mediaS3}, this composer and the \`UseAWSS3MediaFileSystem()\` middleware call named in its header to the web project of every server.`, {
		header,
		usings: ['Our.Umbraco.StorageProviders.AWSS3.DependencyInjection', 'Umbraco.Cms.Core.Composing', 'Umbraco.Cms.Core.DependencyInjection'],
		namespace: csharpNamespace,
		fileScoped: true,
		members: [block('public sealed class AwsS3MediaComposer : IComposer', [block('public void Compose(IUmbracoBuilder builder)', ['builder.AddAWSS3MediaFileSystem();'])])],
	});
}
