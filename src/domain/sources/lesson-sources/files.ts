/**
 * Sources first cited by the lessons of this unit, beyond the fact sheet and the 2026 updates.
 * Same shape as the catalogue; docs pages pinned to the revision that was read.
 */
import type { Source } from '../source-catalogue';
import { cmsFile as file, cmsRepo as cms, docsPage as page, learnPage, pinned, repoThread } from '../source-builders';

/** A community package's README at the revision that was read. */
const readme = (id: string, title: string, repo: string, commit: string): Source => ({
	id,
	title,
	repo,
	path: 'README.md',
	url: `https://github.com/${repo}/blob/${commit}/README.md`,
});

export const sources: readonly Source[] = [
	// Media storage
	page('D10-GLOBAL', 'Umbraco 10 docs: global settings (UmbracoMediaPhysicalRootPath, with an Umbraco 9 tab)', '10/umbraco-cms/reference/configuration/globalsettings.md', '01a322eb3b6f734ba4174bd6c915f9defec6c937'),
	page('D17-FSP', 'Umbraco 17 docs: custom file systems (IFileSystem, MediaFileManager, SetMediaFileSystem)', '17/umbraco-cms/extending/filesystemproviders/README.md', 'f334526c5aad58d185d1efd25cdac03d2bb4ef15'),
	page('D13-IMAGING', 'Umbraco 13 docs: imaging settings (image cache folder, HMAC secret key)', '13/umbraco-cms/reference/configuration/imagingsettings.md', '1020205153d1de058d1d0073030ceaf49bf0f54d'),
	page('D13-FSPCONFIG', 'Umbraco 13 docs: FileSystemProviders configuration (stored media paths, MediaFileManager streams)', '13/umbraco-cms/reference/configuration/filesystemproviders.md', '29e3107b7258bd53ee0455a4b68fd499f252c2ed'),
	page('V8-FSP', 'Umbraco 8 docs: custom file systems (SetMediaFileSystem, IMediaFileSystem)', 'Extending/FileSystemProviders/index-v8.md', '92c37053a7b113c5b097616399b40fc707709a88'),
	page('V7-FSP', 'Umbraco 7 docs: custom file systems (FileSystemProviders.config, FileSystemProviderManager)', 'Extending/FileSystemProviders/index-v7.md', '2e7554c25430c8a8db0a4aca3aa0791880719d46'),
	page('V8-BLOB', 'Umbraco 8 docs: Azure Blob Storage for media and the ImageProcessor cache', 'Extending/FileSystemProviders/Azure-Blob-Storage/index-v8.md', '2f5c3f51baef67f3024bd98d6450d2bea1807c71'),
	readme('PKG-FSP-AZURE', 'Community package UmbracoFileSystemProviders.Azure: README (Umbraco 7 and 8)', 'umbraco-community/UmbracoFileSystemProviders.Azure', '0369a77c3d87dfce20a856b038d41fbf89312663'),
	readme('PKG-AWSS3', 'Community package Our.Umbraco.StorageProviders.AWSS3: README', 'adam-werner/Our.Umbraco.StorageProviders.AWSS3', '372be8f9bc2e3c27be35c1a3f4006d30208fdb38'),
	// The generated files' sources: the releases people install, read at their tags or release branches.
	pinned('PKG-AWSS3-SRC', 'Community package Our.Umbraco.StorageProviders.AWSS3 1.3.0: AddAWSS3MediaFileSystem() and UseAWSS3MediaFileSystem() (built for Umbraco 10)', 'adam-werner/Our.Umbraco.StorageProviders.AWSS3', 'src/Our.Umbraco.StorageProviders.AWSS3/DependencyInjection/AWSS3MediaFileSystemExtensions.cs', '088da78aadb060ec5b1473ea42c473ca667a3cc3'),
	repoThread('PKG-AWSS3-IMAGESHARP3', 'adam-werner/Our.Umbraco.StorageProviders.AWSS3', 'issues', 22, 'Our.Umbraco.StorageProviders.AWSS3 issue #22: MissingMethodException in the image provider on Umbraco 13.4 (ImageSharp.Web 3)'),
	pinned('PKG-FSP-AZURE-V7', 'Community package UmbracoFileSystemProviders.Azure 1.x: README for Umbraco 7 (FileSystemProviders.config media provider)', 'umbraco-community/UmbracoFileSystemProviders.Azure', 'README.md', '10af7cf770471519943d98cf33e09026a3a7a575'),
	pinned('PKG-FSP-AZURE-V8', 'Community package UmbracoFileSystemProviders.Azure.Media 2.x: the composer that reads the AzureBlobFileSystem.*:media appSettings (Umbraco 8.1.0+)', 'umbraco-community/UmbracoFileSystemProviders.Azure', 'src/UmbracoFileSystemProviders.Azure.Media/AzureMediaFileSystemComposer.cs', '724bd363e0d08e65b3ed57617e508cf169a5d1a1'),
	pinned('PKG-S3-V7', 'Community package Umbraco.Storage.S3: README for Umbraco 7 (FileSystemProviders.config media provider)', 'ElijahGlover/Umbraco-S3-Provider', 'README.md', '60e3e90c59417366f76174f7366aee3e36db3058'),
	learnPage('MS-IIS-APPPOOL-ENV', 'Microsoft Learn: IIS 10 application pool environment variables (applicationHost.config)', 'iis/configuration/system.applicationHost/applicationPools/add/environmentVariables/'),

	// Temp files and Examine
	page('V7-EXAMINEINDEX', 'Umbraco 7 docs: ExamineIndex.config (index paths under App_Data/TEMP)', 'Reference/Config/ExamineIndex/index.md', '12af7a12197ea26b27505ea8483efc3a5a0b3d57'),
	file('SRC-TEMPPATH13', 'Umbraco source (v10 era): AspNetCoreHostingEnvironment, LocalTempPath and ApplicationId', 'src/Umbraco.Web.Common/AspNetCore/AspNetCoreHostingEnvironment.cs', '9ff663ecdc4a389201d9cec26d241eabda8d094f'),
	file('SRC-NUCACHE', 'Umbraco source (v9 to v14 era): NuCache PublishedSnapshotService, local cache files in TEMP/NuCache', 'src/Umbraco.PublishedCache.NuCache/PublishedSnapshotService.cs', 'e5a9e62d2b9e99e2098b2b80daddab88bdd1e467'),
	file('SRC-REBUILDONSTART', 'Umbraco source (v9): RebuildOnStartupHandler, index rebuild on the first request', 'src/Umbraco.Infrastructure/Examine/RebuildOnStartupHandler.cs', '06f23cd5638b6d82c93789d265695802c84e9210'),

	// Logging
	page('D17-SERILOG', 'Umbraco 17 docs: Serilog settings (MinimumLevel, WriteTo, UmbracoFile sink)', '17/umbraco-cms/reference/configuration/serilog.md', 'fddf579710697881638389a5aa80e6e7bea7293c'),
	file('SRC-LOGCONFIG9', 'Umbraco source (v9): LoggerConfigExtensions, machine name in log events and file names', 'src/Umbraco.Infrastructure/Logging/Serilog/LoggerConfigExtensions.cs', '07d04dafb88af043d4fedafc5cf463aecff49c2f'),
	// Image URL signing
	{ id: 'PR-14181', title: 'Umbraco-CMS PR #14181: HMAC image processing protection (v12)', repo: cms, path: 'pull/14181', url: `https://github.com/${cms}/pull/14181` },
	{ id: 'PR-21976', title: 'Umbraco-CMS PR #21976: an HMAC secret key generated for new installs (17.3)', repo: cms, path: 'pull/21976', url: `https://github.com/${cms}/pull/21976` },
	file('SRC-LOGVIEWER', 'Umbraco source (v10 to v13 era): SerilogJsonLogViewer reads every JSON log file of a day', 'src/Umbraco.Infrastructure/Logging/Viewer/SerilogJsonLogViewer.cs', '7f53887368fb62e4c3b6195494a45695763b1425'),
];
