/** Plan file v1: one server of the plan and the settings it states explicitly. */
import { z } from 'zod';
import { host, serverId, text } from './schema-fields';

/** Explicit settings a server has (or will have). Left out = the generator picks the right value. */
export const ServerSettingsSchema = z
	.strictObject({
		mainDomLock: z.enum(['default', 'semaphore', 'file-system', 'sql']).optional().describe('MainDom lock: default, semaphore (MainDomSemaphoreLock), file-system (FileSystemMainDomLock), sql (SqlMainDomLock)'),
		mainDomKeyDiscriminator: text(100).optional().describe('Umbraco:CMS:Global:MainDomKeyDiscriminator (Azure slots with SqlMainDomLock); "{instance}" becomes 1, 2, … on a scaled-out server'),
		customMainDomLock: z.boolean().optional().describe('A custom IMainDomLock is registered in code (e.g. for a read-only replica database); mainDomLock is then not used'),
		machineIdentifier: text(255).optional().describe('Umbraco:CMS:Hosting:MachineIdentifier (17.6+, 18.1+): stable per instance; "{instance}" becomes 1, 2, … on a scaled-out server'),
		localTemp: z.enum(['default', 'environment-temp', 'aspnet-temp']).optional().describe('Where Umbraco keeps its temporary files'),
		examineFactory: z.enum(['default', 'synced-temp', 'temp']).optional().describe('Examine index placement: site folder, local temp synced back, local temp only'),
		disableOverlappedRecycling: z.boolean().optional().describe('Overlapped recycling is off: Azure app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1, or the IIS application pool\'s "Disable Overlapped Recycle"'),
		lockTablesWritable: z.boolean().optional().describe('A read-only database login can still write umbracoLock and umbracoKeyValue'),
		upgradeUnattended: z.boolean().optional().describe('Unattended upgrade switch is on for this server'),
		configurationStatus: text(20).optional().describe('v8: web.config Umbraco.Core.ConfigurationStatus'),
		engageProcessing: z.boolean().optional().describe('Engage:Analytics:DataProcessing:IsProcessingServer'),
		keepAliveSettings: z.boolean().optional().describe('The server configures keep-alive settings (removed in v14)'),
		disableKeepAlive: z.boolean().optional().describe('The keep-alive task is switched off (v8.6+ disableKeepAliveTask, v9–13 Umbraco:CMS:KeepAlive:DisableKeepAliveTask)'),
		hostingDebug: z.boolean().optional().describe('Umbraco:CMS:Hosting:Debug is true on this server'),
		umbracoUseSsl: z.boolean().optional().describe('v7 web.config appSetting umbracoUseSSL'),
		serverName: text(100).optional().describe('v7 < 7.3 distributedCall server@serverName (the machine name)'),
		appId: text(200).optional().describe('v7 < 7.3 distributedCall server@appId'),
		runFromPackage: z.boolean().optional().describe('Azure WEBSITE_RUN_FROM_PACKAGE is set'),
		messenger: z
			.strictObject({
				syncSeconds: z.number().positive().optional(),
				retainHours: z.number().positive().optional(),
				maxProcessingInstructions: z.number().int().positive().optional(),
				pruneSeconds: z.number().positive().optional(),
			})
			.optional()
			.describe('Custom DatabaseServerMessenger options on this server'),
	})
	.describe('Explicit settings; anything left out is generated with the recommended value');

export const ServerSchema = z.strictObject({
	id: serverId.describe('Stable id, used for folder names in the bundle'),
	name: text(100).describe('Display name'),
	host: host('web1.internal').describe('Internal host name, e.g. "web1.internal"'),
	kind: z.enum(['backoffice', 'frontend']).describe('backoffice = admin server editors use; frontend = serves the public site'),
	role: z.enum(['elected', 'publisher', 'subscriber', 'single']).default('elected').describe('How the server role is decided: elected (default), pinned publisher, pinned subscriber, single (election off)'),
	behindLoadBalancer: z.boolean().optional().describe('Defaults to true for front-ends, false for the backoffice server'),
	instances: z.number().int().min(1).max(100).default(1).describe('Instances of this server (Azure scale-out, container replicas)'),
	database: z.enum(['read-write', 'read-only-login', 'read-only-replica']).default('read-write').describe('Database access of this server'),
	settings: ServerSettingsSchema.default({}),
});
