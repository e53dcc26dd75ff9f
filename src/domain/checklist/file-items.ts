/** Checklist steps about where the files live: one shared copy on a central share, and media off the servers. */
import { mediaFilePaths, mediaProvider } from '../generators/media-providers';
import { packages } from '../generators/options';
import { sharedSite } from '../generators/shared-site';
import { leftOutSentence } from '../generators/shared-site-legacy';
import type { Plan } from '../plan/schema';
import type { VersionTuple } from '../versions/version';
import { code, codeList } from './code-span';
import type { Step } from './plan-items';

/** Where media goes when it leaves the servers: the generated file to apply, or why nothing is generated (media-providers.ts). */
export function mediaStorage(plan: Plan, version: VersionTuple): Step[] {
	const provider = mediaProvider(plan, version);
	if (!provider) return uncMedia(plan, version);
	const why = 'Every server must read and write the same media files.';
	const community = (name: string) => `the community package ${code(name)} (not Umbraco HQ’s)`;
	switch (provider.kind) {
		case 'azure-blob': {
			const named = plan.connectionStrings?.mediaBlob;
			const settings = named === undefined ? '`Umbraco:Storage:AzureBlob:Media:ConnectionString` and `:ContainerName`' : `the connection string ${code(`ConnectionStrings:${named}`)} (the composer reads it) and \`Umbraco:Storage:AzureBlob:Media:ContainerName\``;
			return [['media-storage', `Keep media in Azure Blob storage: install ${code(packages.mediaBlob)}, add ${code(mediaFilePaths.azureBlob)} and set ${settings}.`, why, ['D17-BLOB']]];
		}
		case 'aws-s3':
			return [['media-storage', `Keep media in S3 through ${community(packages.mediaS3)}: add ${code(mediaFilePaths.awsS3)}, call \`UseAWSS3MediaFileSystem()\` in the Umbraco middleware and set \`Umbraco:Storage:AWSS3:Media:BucketName\`.${provider.verified ? '' : ' It is built for Umbraco 10: test it on this version before production.'}`, why, ['PKG-AWSS3', 'PKG-AWSS3-SRC']]];
		case 'fsp-azure-v7':
			return [['media-storage', `Keep media in Azure Blob storage through ${community(packages.mediaBlobV7)}: replace the \`media\` provider of \`~/Config/FileSystemProviders.config\` on every server with ${code(mediaFilePaths.fileSystemProviders)}.`, why, ['PKG-FSP-AZURE-V7', 'V7-FSP']]];
		case 's3-v7':
			return [['media-storage', `Keep media in S3 through ${community(packages.mediaS3V7)}: replace the \`media\` provider of \`~/Config/FileSystemProviders.config\` on every server with ${code(mediaFilePaths.fileSystemProviders)}, and follow its README for the virtual path provider.`, why, ['PKG-S3-V7', 'V7-FSP']]];
		case 'fsp-azure-v8':
			return [['media-storage', `Keep media in Azure Blob storage through ${community(packages.mediaBlobV8)}: set the six \`AzureBlobFileSystem.*:media\` appSettings of this bundle’s web.config files, and point ImageProcessor’s \`CloudImageService\` in \`~/config/imageprocessor/security.config\` at the container.`, why, ['PKG-FSP-AZURE-V8', 'V8-BLOB']]];
		default:
			return [['media-storage', provider.why, why, [...provider.sources]]];
	}
}

/**
 * Media on a UNC share outside a central share: from 9.3 the bundle writes
 * `Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath` (appsettings.ts) [D10-GLOBAL] [D13-FSR]; earlier versions
 * have no such setting, so the share is mapped where IIS serves `/media` (a virtual directory: our advice).
 */
function uncMedia(plan: Plan, version: VersionTuple): Step[] {
	const { media, mediaPath } = plan.files;
	if (media !== 'unc' || mediaPath === undefined) return [];
	const why = 'Every server must read and write the same media files.';
	if (version[0] > 9 || (version[0] === 9 && version[1] >= 3)) {
		return [['media-storage', `Keep media on the UNC share ${code(mediaPath)}: each server's appsettings set \`Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath\` to it; give every application pool identity read and write rights there.`, why, ['D10-GLOBAL', 'D13-FSR']]];
	}
	return [['media-storage', `Keep media on the UNC share ${code(mediaPath)}: Umbraco ${code(plan.umbraco)} has no media-path setting (it arrived in 9.3), so on every server make \`/media\` an IIS virtual directory pointing at the share, with rights for the application pool identity.`, why, ['D10-GLOBAL']]];
}

/** A central share is one copy of the site: its files are applied once, and what servers differ on cannot live there [V7-SHARED] [D13-FSR]. */
export function oneCopyStep(plan: Plan): Step {
	const { files, leftOut } = sharedSite(plan);
	const site = files.filter((f) => f.serverIds.length === 0).map((f) => f.path);
	const perMachine = files.filter((f) => f.serverIds.length > 0).map((f) => f.path);
	const apply = site.length > 0 ? `Apply ${codeList(site)} once, to the one copy of the site on the share; no server gets a copy of its own.` : 'Every server runs the one copy of the site on the share; no server gets a copy of its own.';
	const machines = perMachine.length > 0 ? ` Settings that differ per server go into each machine’s application pool instead: ${codeList(perMachine)}.` : '';
	return ['one-copy', `${apply}${machines}${leftOut.length > 0 ? ` ${leftOutSentence(leftOut)}` : ''}`, 'Every server reads the same site files from the share, so a file or setting there cannot differ per server.', ['V7-SHARED', 'D13-FSR', ...(perMachine.length > 0 ? ['MS-IIS-APPPOOL-ENV'] : [])]];
}

