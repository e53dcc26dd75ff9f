/**
 * The configuration bundle's generated files for a plan: which files exist for which
 * server, in one place. Targets build each file; formats serialise them.
 *
 * Files (paths are bundle-relative):
 *
 * | path | when |
 * | --- | --- |
 * | `servers/<id>/appsettings.<Environment>.json` | v9+, the server needs a setting (not on a central share) |
 * | `servers/<id>/azure-app-settings.json` | Azure Web Apps, the server needs an app setting (portal "Advanced edit" JSON, with `slotSetting`) |
 * | `servers/<id>/.env`, `compose.override.yaml`, `kubernetes.patch.yaml` | v9+ containers: the appsettings entries as environment variables (Compose `env_file`, Compose `environment:`, Kubernetes `env:` with 17.3+ probes) |
 * | `servers/<id>/web.config.fragment.xml` | v7/v8: appSettings, and the machineKey when there is more than one instance (not on a central share) |
 * | `servers/<id>/Web.<environment>.xdt.config` | v7/v8: the same appSettings as an XDT transform (`Web.live.xdt.config` on Umbraco Cloud) |
 * | `servers/<id>/umbracoSettings.config.fragment.xml` | v7/v8: application URL, cookie domain, keepAlive, distributedCall |
 * | `servers/<id>/ExamineSettings.config.fragment.xml` | v7 with a temp Examine directory factory (also when TEMP is replicated) |
 * | `servers/<id>/<Role>ServerRegistrar.cs` | v7/v8 pinned role (`MasterServerRegistrar`, `PrimaryServerRegistrar`, `ReplicaServerRegistrar`, `SlaveServerRegistrar`, `SingleRoleServerRegistrar`) |
 * | `servers/<id>/<Role>ServerRoleAccessor.cs` | v9+ pinned role (`SchedulingPublisherServerRoleAccessor`, `SubscriberServerRoleAccessor`), not on a central share |
 * | `shared/ConfiguredServerRoleComposer.cs` | v9+ on a central share with a pinned role: one build reads each server's `LoadBalancing:ServerRole` |
 * | `shared/ConfiguredServerRegistrar.cs` | v7.3+/v8 on a central share on IIS with a pinned role: one build reads each pool's `LoadBalancing__ServerRole` |
 * | `servers/<id>/DatabaseServerMessengerStartup.cs` / `DatabaseServerMessengerOptionsComposer.cs` | v7/v8 custom messenger options (under `shared/` once, when every server of a central share sets the same) |
 * | `shared/appsettings.<Environment>.json` | v9+ on a central share: the one copy's settings every server has |
 * | `servers/<id>/applicationHost.config.fragment.xml` | IIS: the app pool's recycling when overlapped recycling is off for the server; with a central share also the settings only this server has, as the pool's environment variables (v7/v8: its pinned role) |
 * | `shared/web.config.fragment.xml`, `shared/Web.<environment>.xdt.config`, `shared/umbracoSettings.config.fragment.xml`, `shared/ExamineSettings.config.fragment.xml` | v7/v8 on a central share: the one copy's site files, with what every server has |
 * | `shared/DataProtectionComposer.cs`, `shared/DistributedCacheComposer.cs` | v9+ with more than one instance (examples) |
 * | `shared/LoadBalancedBackofficeComposer.cs`, `shared/SignalRBackplaneComposer.cs` | v17+ load-balanced backoffice |
 * | `shared/AzureBlobMediaComposer.cs` | v9+ with media in Azure Blob storage |
 * | `shared/AwsS3MediaComposer.cs` | 10–11 with media in S3 (community package Our.Umbraco.StorageProviders.AWSS3; nothing on 9 or 12+) |
 * | `shared/FileSystemProviders.config.fragment.xml` | v7 with media in Blob (7.1.9+) or S3 (7.2.1+), community packages; v8 Blob keys go into the web.config files |
 * | `shared/log4net.config.fragment.xml` | v7 with several servers writing one log folder under the same file names (R48) |
 * | `shared/load-balancer/nginx.conf`, `shared/load-balancer/iis-arr.web.config.fragment.xml` | the plan needs sticky sessions |
 */
import type { Plan } from '../plan/schema';
import { compareCodeUnits } from '../code-unit-order';
import { planContext, serverContext, type ServerContext } from './context';
import { isSharedSite, sharedSiteFiles } from './shared-site';
import { applicationHostFile } from './targets/application-host';
import { appSettingsFile } from './targets/appsettings';
import { azureAppSettingsFile } from './targets/azure-app-settings';
import { composeFile } from './targets/compose';
import { loadBalancedBackofficeFile, signalRFile } from './targets/composers';
import { dataProtectionFile } from './targets/data-protection';
import { distributedCacheFile } from './targets/distributed-cache';
import { dotenvFile } from './targets/dotenv-file';
import { examineSettingsFile } from './targets/examine-settings';
import { fileSystemProvidersFile } from './targets/file-system-providers';
import { kubernetesFile } from './targets/kubernetes';
import { loadBalancerFiles } from './targets/load-balancer';
import { log4netFile } from './targets/log4net';
import { awsS3MediaFile, azureBlobMediaFile } from './targets/media-composers';
import { messengerOptionsFile, sharedMessengerOptionsFile } from './targets/messenger-options';
import { configuredRoleEntry, configuredRoleFile, serverRoleFile } from './targets/server-roles';
import { umbracoSettingsFile } from './targets/umbraco-settings';
import { webConfigFile } from './targets/web-config';
import { webConfigTransformFile } from './targets/web-config-transform';
import type { GeneratedFile } from './types';

type PerServer = (ctx: ServerContext) => GeneratedFile | undefined;

/** Files kept in the site folder: one per server, or once under `shared/` when the servers share one copy (shared-site.ts). */
const siteFolder: readonly PerServer[] = [appSettingsFile, webConfigFile, webConfigTransformFile, umbracoSettingsFile, examineSettingsFile];

/**
 * The IIS application pool's fragment (targets/application-host.ts), on its own: a v9+ central
 * share writes it with the server's environment variables instead (shared-site-modern.ts); a
 * v7/v8 share's pool carries the role the shared registrar reads (server-roles.ts).
 */
const appPoolFile: PerServer = (ctx) => {
	if (isSharedSite(ctx.plan) && ctx.band.config === 'appsettings') return undefined;
	const role = configuredRoleEntry(ctx);
	return applicationHostFile(ctx, role ? [role] : []);
};

/** Files set on each machine or compiled per role, whatever the file strategy. */
const perMachine: readonly PerServer[] = [azureAppSettingsFile, appPoolFile, dotenvFile, composeFile, kubernetesFile, serverRoleFile, messengerOptionsFile];

/**
 * Every generated file for a plan, sorted by path. Deterministic, free of timestamps and
 * provenance (the bundle adds those), and total: any schema-valid plan, even a broken
 * design, yields files rather than an error.
 *
 * @example generateFiles(plan).map((f) => f.path) // ['servers/admin/appsettings.Production.json', …]
 */
export function generateFiles(plan: Plan): GeneratedFile[] {
	const ctx = planContext(plan);
	const servers = plan.servers.map((server) => serverContext(ctx, server));
	const oneCopy = isSharedSite(plan);
	const builders = oneCopy ? perMachine : [...siteFolder, ...perMachine];
	const files: GeneratedFile[] = servers.flatMap((sctx) => builders.map((build) => build(sctx)).filter((f): f is GeneratedFile => f !== undefined));
	if (oneCopy) files.push(...sharedSiteFiles(ctx, servers).files);
	for (const file of [configuredRoleFile(ctx, servers), sharedMessengerOptionsFile(ctx, servers), dataProtectionFile(ctx), distributedCacheFile(ctx), loadBalancedBackofficeFile(ctx), signalRFile(ctx), azureBlobMediaFile(ctx), awsS3MediaFile(ctx), fileSystemProvidersFile(ctx), log4netFile(ctx)]) {
		if (file) files.push(file);
	}
	files.push(...loadBalancerFiles(ctx));
	// Code-unit order, not locale order, so every machine sorts the same way.
	return files.sort((a, b) => compareCodeUnits(a.path, b.path));
}
