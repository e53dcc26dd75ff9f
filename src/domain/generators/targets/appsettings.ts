/**
 * v9+ `appsettings.<Environment>.json` fragments: only the keys a server needs, every one
 * from the fact sheet. The same entries feed every environment-variable form (App Service
 * app settings, `.env`, Compose, Kubernetes: `environment.ts`). A value that differs per
 * instance (`{instance}`) stays out of the shared file; the instructions say where it goes.
 */
import { sharesLogFolder } from '../../plan/queries';
import { applicationUrlSetting, examineFactorySetting, localTempSetting, mainDomLockValues, runsEngage, usesOpenCockpit } from '../../versions/catalogue';
import { atLeast, timeSpan, toInt, type ServerContext } from '../context';
import { nestEntries, serializeJson, type ConfigEntry } from '../formats/json';
import type { GeneratedFile } from '../types';
import { markdownCode } from '../formats/markdown';
import { environmentVariableName, exampleNames, placeholders } from '../options';
import { perInstanceNote, splitPerInstance } from '../instances';
import { mediaProvider } from '../media-providers';
import { configuredRoleEntry } from './server-roles';

/** An entry as the environment variable that sets it [D17-AZ-LB]. */
export const asVariable = ({ key, value }: ConfigEntry): { name: string; value: string } => ({ name: environmentVariableName(key), value: String(value) });

const global = 'Umbraco:CMS:Global';

/** `MainDomKeyDiscriminator` exists from 9.4 (Umbraco-CMS PR #12037; UmbracoDocs issue #3894) [D13-GLOBAL]. */
const hasDiscriminator = (ctx: ServerContext): boolean => ctx.band.config === 'appsettings' && atLeast(ctx.version, 9, 4);

/** Whether the MainDom discriminator belongs in slot-specific Azure app settings instead [D13-GLOBAL]. */
export function needsSlotDiscriminator(ctx: ServerContext): boolean {
	return hasDiscriminator(ctx) && ctx.onAzure && ctx.plan.azure.deploymentSlots && ctx.settings.mainDomLock === 'sql';
}

function globalEntries(ctx: ServerContext): ConfigEntry[] {
	const { server, settings, plan, version } = ctx;
	const out: ConfigEntry[] = [];
	// Only a non-default lock is written; 9.0–9.3 Azure → Sql, 9.4+ Azure → FileSystem [D10-AZ] [D13-AZ] [D13-GLOBAL].
	if (settings.mainDomLock !== 'default') out.push({ key: `${global}:MainDomLock`, value: mainDomLockValues[settings.mainDomLock] });
	if (server.settings.mainDomKeyDiscriminator !== undefined && hasDiscriminator(ctx) && !needsSlotDiscriminator(ctx)) {
		out.push({ key: `${global}:MainDomKeyDiscriminator`, value: server.settings.mainDomKeyDiscriminator }); // [D13-GLOBAL]
	}
	if (server.role === 'single') out.push({ key: `${global}:DisableElectionForSingleServer`, value: true }); // [D13-GLOBAL]
	// Media on a UNC share. The v9 global settings page marks UmbracoMediaPhysicalRootPath "Available in V9.3+"
	// (umbraco/UmbracoDocs Reference/Configuration/GlobalSettings/index-v9.md); later pages keep it [D13-FSR] [D13-GLOBAL].
	if (plan.files.media === 'unc' && plan.files.mediaPath !== undefined && atLeast(version, 9, 3)) {
		out.push({ key: `${global}:UmbracoMediaPhysicalRootPath`, value: plan.files.mediaPath });
	}
	const m = server.settings.messenger;
	if (m) {
		// [D13-ADV] [D13-GLOBAL]: TimeSpan strings, instruction count an int.
		const at = `${global}:DatabaseServerMessenger`;
		if (m.maxProcessingInstructions !== undefined) out.push({ key: `${at}:MaxProcessingInstructionCount`, value: toInt(m.maxProcessingInstructions) });
		if (m.retainHours !== undefined) out.push({ key: `${at}:TimeToRetainInstructions`, value: timeSpan(m.retainHours * 3600) });
		if (m.syncSeconds !== undefined) out.push({ key: `${at}:TimeBetweenSyncOperations`, value: timeSpan(m.syncSeconds) });
		if (m.pruneSeconds !== undefined) out.push({ key: `${at}:TimeBetweenPruneOperations`, value: timeSpan(m.pruneSeconds) });
	}
	return out;
}

function hostingEntries(ctx: ServerContext): ConfigEntry[] {
	const { settings, plan, version } = ctx;
	const out: ConfigEntry[] = [];
	// AspNetTemp does not exist from v9 on, so only EnvironmentTemp is ever written [D17-HOSTING].
	if (settings.localTemp === 'environment-temp') {
		const temp = localTempSetting(version);
		out.push({ key: temp.key, value: temp.value });
	}
	// Backoffice LB: temp uploads on storage every node reaches; Azure scale-out shares the folder already [D17-LBBO] [D17-HOSTING].
	const { temporaryFileLocation, temporaryFilePath } = plan.backoffice;
	if (ctx.backofficeLoadBalanced && !ctx.onAzure && temporaryFileLocation === 'shared' && temporaryFilePath !== undefined) {
		out.push({ key: 'Umbraco:CMS:Hosting:TemporaryFileUploadLocation', value: temporaryFilePath });
	}
	const examine = settings.examineFactory === 'default' ? undefined : examineFactorySetting(version, settings.examineFactory);
	if (examine) out.push({ key: examine.key, value: examine.value }); // [V9-EXAMINE] [D13-AZ]
	// A stable identity where the host name changes on restart (Docker, Kubernetes); 17.6+ / 18.1+, as the plan states it [D17-HOSTING-2026] [PR-23233].
	const machineId = ctx.server.settings.machineIdentifier;
	if (ctx.band.machineIdentifierSetting !== null && machineId !== undefined) out.push({ key: ctx.band.machineIdentifierSetting, value: machineId });
	return out;
}

function routingAndLogging(ctx: ServerContext): ConfigEntry[] {
	const { plan, band, server, version } = ctx;
	const out: ConfigEntry[] = [];
	// Umbraco Cloud sets and overwrites UmbracoApplicationUrl itself (R23) [D16-WEBROUTING].
	if (plan.applicationUrl !== undefined && !plan.umbracoCloud) {
		const url = applicationUrlSetting(band, plan.applicationUrl); // scheme + host only [D16-WEBROUTING]
		out.push({ key: url.key, value: url.value });
	}
	// Keep-alive exists only up to 13 [PR-15891]; KeepAlivePingUrl is ignored before 9.5.0 [V9-KEEPALIVE].
	// R52: switched off where the plan says so (e.g. the host keeps the site alive) [V8-KEEPALIVE] [V9-KEEPALIVE]; from 14 nothing at all [PR-15891].
	if (band.keepAlive && server.settings.disableKeepAlive === true) {
		out.push({ key: 'Umbraco:CMS:KeepAlive:DisableKeepAliveTask', value: true });
	} else if (band.keepAlive && server.settings.keepAliveSettings === true) {
		out.push({ key: 'Umbraco:CMS:KeepAlive:DisableKeepAliveTask', value: false });
		if (atLeast(version, 9, 5)) out.push({ key: 'Umbraco:CMS:KeepAlive:KeepAlivePingUrl', value: '~/api/keepalive/ping' });
	}
	// 16+: make log file names per machine explicit when logs share a folder or the plan lost the machine name [PR-19074] [D16-LOGSET].
	if (atLeast(version, 16) && (sharesLogFolder(plan) || !plan.logging.fileNamePerMachine)) {
		out.push({ key: 'Umbraco:CMS:Logging:FileNameFormat', value: 'UmbracoTraceLog.{0}..json' });
		out.push({ key: 'Umbraco:CMS:Logging:FileNameFormatArguments', value: 'MachineName' });
	}
	return out;
}

function securityUpgradeEngage(ctx: ServerContext): ConfigEntry[] {
	const { plan, settings, version } = ctx;
	const out: ConfigEntry[] = [];
	const engage = plan.engage;
	// Cockpit by shared cookie: every server issues and renews the same cookie, so all get the domain [E13-LB] [E17-LB] [D17-SECURITY].
	if (engage?.authCookieDomain !== undefined && !usesOpenCockpit(plan, version)) out.push({ key: 'Umbraco:CMS:Security:AuthCookieDomain', value: engage.authCookieDomain });
	// Main server only [D13-UPG] [D16-UPG].
	if (settings.upgradeUnattended && ctx.band.unattendedUpgradeSetting) out.push({ key: ctx.band.unattendedUpgradeSetting, value: true });
	// Engage keys are documented for Engage 13, 16 and 17 only (older uMarketingSuite roots are UNVERIFIED) [E13-LB] [E17-CFG].
	if (engage && runsEngage(plan) && settings.engageProcessing !== undefined) {
		out.push({ key: 'Engage:Analytics:DataProcessing:IsProcessingServer', value: settings.engageProcessing });
		if (atLeast(version, 17) && !engage.requireHttps) out.push({ key: 'Engage:Cockpit:Authentication:RequireHttps', value: false }); // [E17-LB]
	}
	return out;
}

/**
 * Media in Azure Blob storage through Umbraco.StorageProviders.AzureBlob: the connection string and
 * container under Umbraco:Storage:AzureBlob:Media (umbraco/UmbracoDocs
 * 10/umbraco-cms/extending/filesystemproviders/azure-blob-storage.md, same keys in 17/… [D17-BLOB]).
 * The package reads that section in AddAzureBlobMediaFileSystem() (umbraco/Umbraco.StorageProviders
 * src/Umbraco.StorageProviders.AzureBlob/DependencyInjection/AzureBlobMediaFileSystemExtensions.cs).
 * Media in S3 through the community package Our.Umbraco.StorageProviders.AWSS3 (10, and 11 unverified):
 * only the bucket name is required, under Umbraco:Storage:AWSS3:Media (its README.md
 * @372be8f9bc2e3c27be35c1a3f4006d30208fdb38 [PKG-AWSS3]; AWSS3FileSystemOptions.BucketName is [Required] and
 * bound from `Umbraco:Storage:AWSS3:{name}` in AWSS3FileSystemExtensions.cs @088da78a [PKG-AWSS3-SRC]).
 */
function storageEntries(ctx: ServerContext): ConfigEntry[] {
	const kind = mediaProvider(ctx.plan, ctx.version)?.kind;
	if (kind === 'aws-s3') return [{ key: 'Umbraco:Storage:AWSS3:Media:BucketName', value: placeholders.mediaBucket }];
	if (kind !== 'azure-blob') return [];
	const at = 'Umbraco:Storage:AzureBlob:Media';
	// A named connection string is read by the composer (media-composers.ts), so the section keeps only the container.
	return [
		...(ctx.plan.connectionStrings?.mediaBlob === undefined ? [{ key: `${at}:ConnectionString`, value: placeholders.connectionString }] : []),
		{ key: `${at}:ContainerName`, value: exampleNames.mediaContainer },
	];
}

const detectionValues = { none: 'None', 'first-request': 'FirstRequest', 'every-request': 'EveryRequest' } as const;

/**
 * What the plan states for 17.4–18.3, where the band has the key: URL detection (17.4+)
 * [D17-WEBROUTING]; skipping SignalR negotiation on every node of a load-balanced
 * backoffice with a SQL Server or Redis backplane (17.5+, never with Azure SignalR Service,
 * `SignalRSettings.cs`) [PR-22700]; `Hosting:Debug` false on every such node (R70) [ISSUE-21568];
 * the scheduled-publishing period and clock alignment (17.6+, 18.1+) [PR-23127]; the
 * distributed-jobs timings (17+; `MaximumExecutionTime` is honoured from 17.1, Umbraco-CMS #21100)
 * [D17-DISTJOBS]. Values are TimeSpan strings, as those settings are typed.
 */
function v17Entries(ctx: ServerContext): ConfigEntry[] {
	const { plan, band, version } = ctx;
	const out: ConfigEntry[] = [];
	const detection = plan.webRouting?.applicationUrlDetection;
	if (band.applicationUrlDetectionSetting && detection !== undefined) out.push({ key: band.applicationUrlDetectionSetting, value: detectionValues[detection] });
	if (ctx.backofficeLoadBalanced) {
		const backplane = plan.backoffice.signalR === 'sql-server' || plan.backoffice.signalR === 'redis';
		if (band.skipNegotiationSetting && plan.backoffice.skipNegotiation === true && backplane) out.push({ key: band.skipNegotiationSetting, value: true });
		if (band.hostingDebugSetting) out.push({ key: band.hostingDebugSetting, value: false });
	}
	const publishing = plan.scheduledPublishing;
	if (band.scheduledPublishing && publishing) {
		if (publishing.periodSeconds !== undefined) out.push({ key: band.scheduledPublishing.period, value: timeSpan(publishing.periodSeconds) });
		if (publishing.alignToClock !== undefined) out.push({ key: band.scheduledPublishing.alignToClock, value: publishing.alignToClock });
	}
	const jobs = plan.distributedJobs;
	if (band.distributedJobsSettings && jobs) {
		const at = band.distributedJobsSettings;
		if (jobs.periodSeconds !== undefined) out.push({ key: `${at}:Period`, value: timeSpan(jobs.periodSeconds) });
		if (jobs.delaySeconds !== undefined) out.push({ key: `${at}:Delay`, value: timeSpan(jobs.delaySeconds) });
		if (jobs.maximumExecutionSeconds !== undefined && atLeast(version, 17, 1)) out.push({ key: `${at}:MaximumExecutionTime`, value: timeSpan(jobs.maximumExecutionSeconds) });
	}
	return out;
}

/** The appsettings entries of one server (v9+), in file order. */
export function appSettingsEntries(ctx: ServerContext): ConfigEntry[] {
	if (ctx.band.config !== 'appsettings') return [];
	const role = configuredRoleEntry(ctx); // one shared build on a central share (server-roles.ts)
	return [...globalEntries(ctx), ...hostingEntries(ctx), ...routingAndLogging(ctx), ...securityUpgradeEngage(ctx), ...storageEntries(ctx), ...v17Entries(ctx), ...(role ? [role] : [])];
}

/** `servers/<id>/appsettings.<Environment>.json`, when the server needs any setting. */
export function appSettingsFile(ctx: ServerContext): GeneratedFile | undefined {
	const entries = appSettingsEntries(ctx);
	if (entries.length === 0) return undefined;
	const name = `appsettings.${ctx.plan.environment}.json`;
	// Every instance of the server runs the same files; values that differ per instance go to its environment.
	const { shared, perInstance } = splitPerInstance(entries, ctx.server.instances);
	return {
		path: `servers/${ctx.server.id}/${name}`,
		language: 'json',
		contents: serializeJson(nestEntries(shared)),
		serverIds: [ctx.server.id],
		title: `${name} fragment for ${ctx.label}`,
		apply: `Merge into ${name} of the site deployed to ${markdownCode(ctx.label)} (ASPNETCORE_ENVIRONMENT=${ctx.plan.environment}); keys here override appsettings.json.${perInstanceNote(perInstance.map(asVariable), ctx.server.instances, 'The file')}`,
	};
}
