/**
 * Which package puts a plan's media in Azure Blob storage or an S3 bucket on its Umbraco
 * version, or why the bundle generates nothing there. One answer for the generators and the
 * checklist, so the files and the steps that name them cannot disagree.
 *
 * Only Umbraco.StorageProviders.AzureBlob (v9+) is Umbraco HQ's; every other provider here is a
 * community package, and the files and checklist say so.
 */
import type { Plan } from '../plan/schema';
import type { VersionTuple } from '../versions/version';
import { atLeast } from './context';

export type MediaProvider =
	/** Umbraco HQ's Umbraco.StorageProviders.AzureBlob, v9+ [D17-BLOB]. */
	| { readonly kind: 'azure-blob' }
	/** Community UmbracoFileSystemProviders.Azure 1.x in ~/Config/FileSystemProviders.config, 7.1.9+ [PKG-FSP-AZURE-V7]. */
	| { readonly kind: 'fsp-azure-v7' }
	/** Community UmbracoFileSystemProviders.Azure.Media 2.x/3.x via web.config appSettings, 8.1.0+ [PKG-FSP-AZURE-V8]. */
	| { readonly kind: 'fsp-azure-v8' }
	/** Community Umbraco.Storage.S3 in ~/Config/FileSystemProviders.config, 7.2.1+ [PKG-S3-V7]. */
	| { readonly kind: 's3-v7' }
	/** Community Our.Umbraco.StorageProviders.AWSS3, built for Umbraco 10; 11 only through its open dependency range [PKG-AWSS3-SRC]. */
	| { readonly kind: 'aws-s3'; readonly verified: boolean }
	/** Nothing is generated; `why` is one Markdown sentence for the checklist, naming the options, and `sources` its source keys. */
	| { readonly kind: 'none'; readonly why: string; readonly sources: readonly string[] };

/** Bundle paths of the shared media files (the checklist names them from here). */
export const mediaFilePaths = {
	azureBlob: 'shared/AzureBlobMediaComposer.cs',
	awsS3: 'shared/AwsS3MediaComposer.cs',
	fileSystemProviders: 'shared/FileSystemProviders.config.fragment.xml',
} as const;

const s3Options = 'Options: media in Azure Blob storage or on a UNC share, or a community S3 provider built for this version, configured from its own README.';

function s3Provider(version: VersionTuple): MediaProvider {
	const [major] = version;
	// Umbraco.Storage.S3 (master README and packages.config: Umbraco 7, UmbracoCms.Core 7.2.1).
	if (major === 7) return atLeast(version, 7, 2, 1) ? { kind: 's3-v7' } : { kind: 'none', why: `The community Umbraco.Storage.S3 provider is built against Umbraco 7.2.1, so no S3 configuration is generated for this version. ${s3Options}`, sources: ['PKG-S3-V7'] };
	// Its Umbraco 8 branch (v8-dev) was never merged or documented in the main README.
	if (major === 8) return { kind: 'none', why: `No S3 configuration is generated for Umbraco 8: the community Umbraco.Storage.S3 provider documents only Umbraco 7 (its Umbraco 8 work sits on an unmerged branch), and Umbraco's docs name no S3 provider. ${s3Options}`, sources: ['PKG-S3-V7', 'V8-FSP'] };
	// Our.Umbraco.StorageProviders.AWSS3 1.x: net6.0, Umbraco.Cms.Web.Common 10.0.0, SixLabors.ImageSharp.Web.Providers.AWS 2.x.
	if (major === 9) return { kind: 'none', why: `No S3 configuration is generated for Umbraco 9: the community package Our.Umbraco.StorageProviders.AWSS3 starts at Umbraco 10. ${s3Options}`, sources: ['PKG-AWSS3-SRC'] };
	if (major === 10) return { kind: 'aws-s3', verified: true };
	// Umbraco 11 still runs ImageSharp.Web 2, which the package is built on; nobody states it was tested there.
	if (major === 11) return { kind: 'aws-s3', verified: false };
	// From 12 Umbraco runs ImageSharp.Web 3 (Umbraco-CMS PR #14180): the package's image provider fails with
	// MissingMethodException (its issue #22, on 13.4.0), and no release targets a later Umbraco.
	return { kind: 'none', why: `No S3 configuration is generated for Umbraco ${major}: the community package Our.Umbraco.StorageProviders.AWSS3 is built for Umbraco 10 and ImageSharp.Web 2, and from Umbraco 12 (ImageSharp.Web 3) its image provider fails. ${s3Options}`, sources: ['PKG-AWSS3-SRC', 'PKG-AWSS3-IMAGESHARP3', 'D17-FSP'] };
}

function blobProvider(version: VersionTuple): MediaProvider {
	const [major] = version;
	if (major >= 9) return { kind: 'azure-blob' };
	if (major === 8) return atLeast(version, 8, 1) ? { kind: 'fsp-azure-v8' } : { kind: 'none', why: 'No Blob configuration is generated for Umbraco 8.0: the community package UmbracoFileSystemProviders.Azure.Media needs Umbraco 8.1.0 or later. Upgrade to 8.1+, or keep media on a UNC share or replicated site folder until then.', sources: ['PKG-FSP-AZURE-V8'] };
	return atLeast(version, 7, 1, 9) ? { kind: 'fsp-azure-v7' } : { kind: 'none', why: 'No Blob configuration is generated for this version: the community package UmbracoFileSystemProviders.Azure supports Umbraco 7.1.9 and later. Upgrade first, or keep media on a UNC share or replicated site folder.', sources: ['PKG-FSP-AZURE-V7'] };
}

/** The media provider for the plan, or undefined when media is not in Blob or S3 storage. */
export function mediaProvider(plan: Pick<Plan, 'files'>, version: VersionTuple): MediaProvider | undefined {
	if (plan.files.media === 'blob') return blobProvider(version);
	if (plan.files.media === 's3') return s3Provider(version);
	return undefined;
}
