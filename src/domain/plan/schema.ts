/**
 * Plan file v1: the whole design of a load-balanced Umbraco deployment, as one JSON
 * document. This Zod schema is the single source of the TypeScript types, the validation
 * and the published JSON Schema (`public/schema/plan-v1.schema.json`).
 *
 * Words are version-neutral (`publisher`, `subscriber`, `temp`); the version catalogue
 * turns them into each version's official names. A plan may describe a broken design:
 * the schema checks shape only, the rules judge the design.
 */
import { applicationUrl, cookieDomainPattern, host, schemaReference, serverId, text, umbracoVersion, urlPath } from './schema-fields';
import { ConnectionStringsSchema, DistributedJobsSchema, PlatformSchema, ScheduledPublishingSchema, WebRoutingSchema } from './schema-options';
import { ServerSchema } from './schema-server';
import { described, opt, withDefault, z } from './zod';

export { isWindowsReservedName } from './schema-fields';
export { ServerSchema, ServerSettingsSchema } from './schema-server';

const flag = (value: boolean, description?: string) => withDefault(z.boolean(), value, description);

const LoadBalancerSchema = z.strictObject({
	publicHost: described(host('www.example.com'), 'Public host name, e.g. "www.example.com"'),
	stickySessions: withDefault(z.enum(['none', 'cookie', 'ip', 'url']), 'none'),
	product: withDefault(z.enum(['iis-arr', 'nginx', 'azure-front-door', 'azure-app-gateway', 'hardware', 'other']), 'other'),
	forwardsInternalHostNames: flag(false, 'Requests reach servers with internal host names (e.g. web1.internal)'),
	httpsOnly: flag(true),
	healthCheckPath: opt(urlPath, 'Path the load balancer probes, e.g. "/umbraco/api/health/ready" (17.3+)'),
});

const FilesSchema = z.strictObject({
	strategy: z.enum(['azure-web-apps', 'replication', 'central-share', 'standalone']),
	media: withDefault(z.enum(['site-folder', 'blob', 's3', 'unc']), 'site-folder', 'Where media files live'),
	mediaPath: opt(text(260), 'UNC or absolute path for media (UmbracoMediaPhysicalRootPath)'),
	replication: withDefault(
		z.strictObject({
			excludesTemp: flag(true),
			excludesUmbracoConfig: flag(true, 'v7: ~/App_Data/umbraco.config is not replicated'),
			excludesLogs: flag(true),
		}),
		{ excludesTemp: true, excludesUmbracoConfig: true, excludesLogs: true }
	),
	share: withDefault(z.strictObject({ windowsNtfs: flag(true), highlyAvailable: flag(true) }), { windowsNtfs: true, highlyAvailable: true }),
});

const BackofficeSchema = z.strictObject({
	mode: withDefault(z.enum(['dedicated', 'load-balanced']), 'dedicated', 'load-balanced = every node behind the LB serves the backoffice (v17+)'),
	signalR: withDefault(z.enum(['none', 'sql-server', 'redis', 'azure-signalr']), 'none', 'SignalR backplane for a load-balanced backoffice'),
	temporaryFileLocation: withDefault(z.enum(['default', 'shared']), 'default', 'Umbraco:CMS:Hosting:TemporaryFileUploadLocation'),
	temporaryFilePath: opt(text(260)),
	isolatedCaches: flag(false, 'LoadBalanceIsolatedCaches() is called'),
	runOnceRecurringJobs: flag(false, 'Custom IRecurringBackgroundJob code meant to run once per cluster'),
	skipNegotiation: opt(z.boolean(), 'Umbraco:CMS:SignalR:ClientShouldSkipNegotiation (17.5+, 18.0+): WebSockets only, so a SQL Server or Redis backplane needs no sticky sessions; never with Azure SignalR Service'),
	adminServesPublic: opt(z.boolean(), 'Dedicated mode: the one admin server also sits behind the load balancer and serves public requests; editors use its own host name'),
});

const EngageSchema = z.strictObject({
	cmServer: described(serverId, 'Id of the content-management (backoffice) server'),
	cmHost: opt(host('umbraco.example.com'), 'Host editors use for the CM backoffice, e.g. "umbraco.example.com"; defaults to the CM server host'),
	cockpitHost: opt(host('www.example.com'), 'Host the Cockpit is used on'),
	authCookieDomain: opt(host('.example.com', cookieDomainPattern), 'Umbraco:CMS:Security:AuthCookieDomain, e.g. ".example.com"'),
	cockpitAccess: opt(z.enum(['open-cockpit', 'auth-cookie-domain']), 'Engage 17: Open Cockpit button (default) or the shared cookie domain'),
	pingReachable: flag(true, 'POST umbraco/engage/pagedata/ping reaches the front-ends'),
	requireHttps: flag(true, 'Engage:Cockpit:Authentication:RequireHttps'),
	product: opt(z.enum(['engage', 'umarketingsuite']), 'Generation of the add-on: Umbraco Engage (13, 16 on; the default) or uMarketingSuite (before Engage, up to 13)'),
});

export const PlanSchema = z
	.strictObject({
		$schema: opt(schemaReference),
		planVersion: described(z.literal(1), 'Plan format version'),
		name: text(120),
		umbraco: described(umbracoVersion, 'Exact Umbraco version, e.g. "13.5.2"'),
		hosting: z.enum(['iis', 'azure-web-apps', 'containers']),
		environment: withDefault(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/, 'expected an ASP.NET Core environment name such as "Production"')), 'Production'),
		umbracoCloud: flag(false),
		servers: z.array(ServerSchema).check(z.minLength(1, 'expected at least one server'), z.maxLength(60)),
		loadBalancer: LoadBalancerSchema,
		database: withDefault(z.strictObject({ engine: withDefault(z.enum(['sql-server', 'azure-sql', 'sqlite', 'sql-ce']), 'sql-server') }), { engine: 'sql-server' }),
		files: FilesSchema,
		keys: withDefault(
			z.strictObject({
				shared: flag(true, 'Machine key (v7/v8) or Data Protection key ring (v9+) is the same on every server'),
				store: withDefault(z.enum(['config', 'file-share', 'azure-blob', 'redis', 'database', 'other']), 'config'),
				addedToExistingSite: flag(false, 'v8: a machine key is being added to a site that had none'),
			}),
			{ shared: true, store: 'config', addedToExistingSite: false }
		),
		sessions: withDefault(
			z.strictObject({
				store: withDefault(z.enum(['none', 'sql-server', 'redis', 'other']), 'sql-server', 'Session state store (v7/v8) or IDistributedCache (v9+)'),
				used: flag(true, 'v7/v8: the site uses session state or TempData'),
			}),
			{ store: 'sql-server', used: true }
		),
		applicationUrl: opt(applicationUrl, 'The URL servers use for themselves, e.g. "https://www.example.com"'),
		logging: withDefault(
			z.strictObject({
				sharedDirectory: flag(false),
				fileNamePerMachine: flag(true),
				centralSink: withDefault(z.enum(['none', 'application-insights', 'elmah-io', 'seq', 'other']), 'none'),
			}),
			{ sharedDirectory: false, fileNamePerMachine: true, centralSink: 'none' }
		),
		backoffice: withDefault(BackofficeSchema, { mode: 'dedicated', signalR: 'none', temporaryFileLocation: 'default', isolatedCaches: false, runOnceRecurringJobs: false }),
		upgrades: withDefault(z.strictObject({ unattended: flag(false) }), { unattended: false }),
		azure: withDefault(z.strictObject({ deploymentSlots: flag(false), separatePlans: flag(true), sameRegion: flag(true) }), { deploymentSlots: false, separatePlans: true, sameRegion: true }),
		engage: opt(EngageSchema),
		legacy: withDefault(z.strictObject({ distributedCall: opt(z.boolean(), 'v7: umbracoSettings.config distributedCall enable="true"'), courierTarget: opt(serverId) }), {}),
		code: withDefault(
			z.strictObject({
				reliesOnMachineName: flag(false, 'Custom code expects Environment.MachineName to stay the same'),
				customRecurringJobs: opt(z.boolean(), 'Custom or package IRecurringBackgroundJobs with the default roles (Single, SchedulingPublisher), e.g. Umbraco Automate'),
				openIdConnectProvider: opt(z.boolean(), 'Umbraco acts as an OpenID Connect provider for other applications'),
			}),
			{ reliesOnMachineName: false }
		),
		staging: withDefault(z.strictObject({ loadBalanced: flag(false) }), { loadBalanced: false }),
		platform: opt(PlatformSchema),
		webRouting: opt(WebRoutingSchema),
		connectionStrings: opt(ConnectionStringsSchema),
		distributedJobs: opt(DistributedJobsSchema),
		scheduledPublishing: opt(ScheduledPublishingSchema),
	})
	.check(
		z.superRefine((plan, ctx) => {
			// References between parts of the plan: ids are folder names and link targets.
			const ids = plan.servers.map((s) => s.id);
			ids.forEach((id, i) => {
				if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['servers', i, 'id'], message: `expected a unique id; "${id}" is used by servers[${ids.indexOf(id)}] too` });
			});
			const refs: [PropertyKey[], string | undefined][] = [
				[['engage', 'cmServer'], plan.engage?.cmServer],
				[['legacy', 'courierTarget'], plan.legacy.courierTarget],
			];
			for (const [path, ref] of refs) {
				if (ref !== undefined && !ids.includes(ref)) ctx.addIssue({ code: 'custom', path, message: `expected the id of a server in "servers"; there is no "${ref}"` });
			}
		})
	);

/** A plan as written in a file (defaults not yet applied). */
export type PlanInput = z.input<typeof PlanSchema>;
/** A validated plan with every default applied. */
export type Plan = z.output<typeof PlanSchema>;
export type Server = Plan['servers'][number];
export type ServerSettings = Server['settings'];
