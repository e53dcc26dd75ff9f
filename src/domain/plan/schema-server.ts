/** Plan file v1: one server of the plan and the settings it states explicitly. */
import { host, serverId, text } from './schema-fields';
import { described, opt, withDefault, z } from './zod';

const positive = () => z.number().check(z.positive());

/** Explicit settings a server has (or will have). Left out = the generator picks the right value. */
export const ServerSettingsSchema = described(
	z.strictObject({
		mainDomLock: opt(z.enum(['default', 'semaphore', 'file-system', 'sql']), 'MainDom lock: default, semaphore (MainDomSemaphoreLock), file-system (FileSystemMainDomLock), sql (SqlMainDomLock)'),
		mainDomKeyDiscriminator: opt(text(100), 'Umbraco:CMS:Global:MainDomKeyDiscriminator (Azure slots with SqlMainDomLock); "{instance}" becomes 1, 2, … on a scaled-out server'),
		customMainDomLock: opt(z.boolean(), 'A custom IMainDomLock is registered in code (e.g. for a read-only replica database); mainDomLock is then not used'),
		machineIdentifier: opt(text(255), 'Umbraco:CMS:Hosting:MachineIdentifier (17.6+, 18.1+): stable per instance; "{instance}" becomes 1, 2, … on a scaled-out server'),
		localTemp: opt(z.enum(['default', 'environment-temp', 'aspnet-temp']), 'Where Umbraco keeps its temporary files'),
		examineFactory: opt(z.enum(['default', 'synced-temp', 'temp']), 'Examine index placement: site folder, local temp synced back, local temp only'),
		disableOverlappedRecycling: opt(z.boolean(), 'Overlapped recycling is off: Azure app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1, or the IIS application pool\'s "Disable Overlapped Recycle"'),
		lockTablesWritable: opt(z.boolean(), 'A read-only database login can still write umbracoLock and umbracoKeyValue'),
		upgradeUnattended: opt(z.boolean(), 'Unattended upgrade switch is on for this server'),
		configurationStatus: opt(text(20), 'v8: web.config Umbraco.Core.ConfigurationStatus'),
		engageProcessing: opt(z.boolean(), 'Engage:Analytics:DataProcessing:IsProcessingServer'),
		keepAliveSettings: opt(z.boolean(), 'The server configures keep-alive settings (removed in v14)'),
		disableKeepAlive: opt(z.boolean(), 'The keep-alive task is switched off (v8.6+ disableKeepAliveTask, v9–13 Umbraco:CMS:KeepAlive:DisableKeepAliveTask)'),
		hostingDebug: opt(z.boolean(), 'Umbraco:CMS:Hosting:Debug is true on this server'),
		umbracoUseSsl: opt(z.boolean(), 'v7 web.config appSetting umbracoUseSSL'),
		serverName: opt(text(100), 'v7 < 7.3 distributedCall server@serverName (the machine name)'),
		appId: opt(text(200), 'v7 < 7.3 distributedCall server@appId'),
		runFromPackage: opt(z.boolean(), 'Azure WEBSITE_RUN_FROM_PACKAGE is set'),
		messenger: opt(
			z.strictObject({
				syncSeconds: opt(positive()),
				retainHours: opt(positive()),
				maxProcessingInstructions: opt(z.number().check(z.int(), z.positive())),
				pruneSeconds: opt(positive()),
			}),
			'Custom DatabaseServerMessenger options on this server'
		),
	}),
	'Explicit settings; anything left out is generated with the recommended value'
);

export const ServerSchema = z.strictObject({
	id: described(serverId, 'Stable id, used for folder names in the bundle'),
	name: described(text(100), 'Display name'),
	host: described(host('web1.internal'), 'Internal host name, e.g. "web1.internal"'),
	kind: described(z.enum(['backoffice', 'frontend']), 'backoffice = admin server editors use; frontend = serves the public site'),
	role: withDefault(z.enum(['elected', 'publisher', 'subscriber', 'single']), 'elected', 'How the server role is decided: elected (default), pinned publisher, pinned subscriber, single (election off)'),
	behindLoadBalancer: opt(z.boolean(), 'Defaults to true for front-ends, false for the backoffice server'),
	instances: withDefault(z.number().check(z.int(), z.gte(1), z.lte(100)), 1, 'Instances of this server (Azure scale-out, container replicas)'),
	database: withDefault(z.enum(['read-write', 'read-only-login', 'read-only-replica']), 'read-write', 'Database access of this server'),
	settings: withDefault(ServerSettingsSchema, {}),
});
