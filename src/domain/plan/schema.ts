/**
 * Plan file v1: the whole design of a load-balanced Umbraco deployment, as one JSON
 * document. This Zod schema is the single source of the TypeScript types, the validation
 * and the published JSON Schema (`public/schema/plan-v1.schema.json`).
 *
 * Words are version-neutral (`publisher`, `subscriber`, `temp`); the version catalogue
 * turns them into each version's official names. A plan may describe a broken design:
 * the schema checks shape only, the rules judge the design.
 */
import { z } from 'zod';
import { applicationUrl, cookieDomainPattern, host, schemaReference, serverId, text, umbracoVersion, urlPath } from './schema-fields';
import { ConnectionStringsSchema, DistributedJobsSchema, PlatformSchema, ScheduledPublishingSchema, WebRoutingSchema } from './schema-options';
import { ServerSchema } from './schema-server';

export { isWindowsReservedName } from './schema-fields';
export { ServerSchema, ServerSettingsSchema } from './schema-server';

const LoadBalancerSchema = z.strictObject({
	publicHost: host('www.example.com').describe('Public host name, e.g. "www.example.com"'),
	stickySessions: z.enum(['none', 'cookie', 'ip', 'url']).default('none'),
	product: z.enum(['iis-arr', 'nginx', 'azure-front-door', 'azure-app-gateway', 'hardware', 'other']).default('other'),
	forwardsInternalHostNames: z.boolean().default(false).describe('Requests reach servers with internal host names (e.g. web1.internal)'),
	httpsOnly: z.boolean().default(true),
	healthCheckPath: urlPath.optional().describe('Path the load balancer probes, e.g. "/umbraco/api/health/ready" (17.3+)'),
});

const FilesSchema = z.strictObject({
	strategy: z.enum(['azure-web-apps', 'replication', 'central-share', 'standalone']),
	media: z.enum(['site-folder', 'blob', 's3', 'unc']).default('site-folder').describe('Where media files live'),
	mediaPath: text(260).optional().describe('UNC or absolute path for media (UmbracoMediaPhysicalRootPath)'),
	replication: z
		.strictObject({
			excludesTemp: z.boolean().default(true),
			excludesUmbracoConfig: z.boolean().default(true).describe('v7: ~/App_Data/umbraco.config is not replicated'),
			excludesLogs: z.boolean().default(true),
		})
		.default({ excludesTemp: true, excludesUmbracoConfig: true, excludesLogs: true }),
	share: z
		.strictObject({ windowsNtfs: z.boolean().default(true), highlyAvailable: z.boolean().default(true) })
		.default({ windowsNtfs: true, highlyAvailable: true }),
});

const BackofficeSchema = z.strictObject({
	mode: z.enum(['dedicated', 'load-balanced']).default('dedicated').describe('load-balanced = every node behind the LB serves the backoffice (v17+)'),
	signalR: z.enum(['none', 'sql-server', 'redis', 'azure-signalr']).default('none').describe('SignalR backplane for a load-balanced backoffice'),
	temporaryFileLocation: z.enum(['default', 'shared']).default('default').describe('Umbraco:CMS:Hosting:TemporaryFileUploadLocation'),
	temporaryFilePath: text(260).optional(),
	isolatedCaches: z.boolean().default(false).describe('LoadBalanceIsolatedCaches() is called'),
	runOnceRecurringJobs: z.boolean().default(false).describe('Custom IRecurringBackgroundJob code meant to run once per cluster'),
	skipNegotiation: z.boolean().optional().describe('Umbraco:CMS:SignalR:ClientShouldSkipNegotiation (17.5+, 18.0+): WebSockets only, so a SQL Server or Redis backplane needs no sticky sessions; never with Azure SignalR Service'),
	adminServesPublic: z.boolean().optional().describe('Dedicated mode: the one admin server also sits behind the load balancer and serves public requests; editors use its own host name'),
});

const EngageSchema = z.strictObject({
	cmServer: serverId.describe('Id of the content-management (backoffice) server'),
	cmHost: host('umbraco.example.com').optional().describe('Host editors use for the CM backoffice, e.g. "umbraco.example.com"; defaults to the CM server host'),
	cockpitHost: host('www.example.com').optional().describe('Host the Cockpit is used on'),
	authCookieDomain: host('.example.com', cookieDomainPattern).optional().describe('Umbraco:CMS:Security:AuthCookieDomain, e.g. ".example.com"'),
	cockpitAccess: z.enum(['open-cockpit', 'auth-cookie-domain']).optional().describe('Engage 17: Open Cockpit button (default) or the shared cookie domain'),
	pingReachable: z.boolean().default(true).describe('POST umbraco/engage/pagedata/ping reaches the front-ends'),
	requireHttps: z.boolean().default(true).describe('Engage:Cockpit:Authentication:RequireHttps'),
	product: z.enum(['engage', 'umarketingsuite']).optional().describe('Generation of the add-on: Umbraco Engage (13, 16 on; the default) or uMarketingSuite (before Engage, up to 13)'),
});

export const PlanSchema = z.strictObject({
	$schema: schemaReference.optional(),
	planVersion: z.literal(1).describe('Plan format version'),
	name: text(120),
	umbraco: umbracoVersion.describe('Exact Umbraco version, e.g. "13.5.2"'),
	hosting: z.enum(['iis', 'azure-web-apps', 'containers']),
	environment: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/, 'expected an ASP.NET Core environment name such as "Production"').default('Production'),
	umbracoCloud: z.boolean().default(false),
	servers: z.array(ServerSchema).min(1, 'expected at least one server').max(60),
	loadBalancer: LoadBalancerSchema,
	database: z.strictObject({ engine: z.enum(['sql-server', 'azure-sql', 'sqlite', 'sql-ce']).default('sql-server') }).default({ engine: 'sql-server' }),
	files: FilesSchema,
	keys: z
		.strictObject({
			shared: z.boolean().default(true).describe('Machine key (v7/v8) or Data Protection key ring (v9+) is the same on every server'),
			store: z.enum(['config', 'file-share', 'azure-blob', 'redis', 'database', 'other']).default('config'),
			addedToExistingSite: z.boolean().default(false).describe('v8: a machine key is being added to a site that had none'),
		})
		.default({ shared: true, store: 'config', addedToExistingSite: false }),
	sessions: z
		.strictObject({
			store: z.enum(['none', 'sql-server', 'redis', 'other']).default('sql-server').describe('Session state store (v7/v8) or IDistributedCache (v9+)'),
			used: z.boolean().default(true).describe('v7/v8: the site uses session state or TempData'),
		})
		.default({ store: 'sql-server', used: true }),
	applicationUrl: applicationUrl.optional().describe('The URL servers use for themselves, e.g. "https://www.example.com"'),
	logging: z
		.strictObject({
			sharedDirectory: z.boolean().default(false),
			fileNamePerMachine: z.boolean().default(true),
			centralSink: z.enum(['none', 'application-insights', 'elmah-io', 'seq', 'other']).default('none'),
		})
		.default({ sharedDirectory: false, fileNamePerMachine: true, centralSink: 'none' }),
	backoffice: BackofficeSchema.default({ mode: 'dedicated', signalR: 'none', temporaryFileLocation: 'default', isolatedCaches: false, runOnceRecurringJobs: false }),
	upgrades: z.strictObject({ unattended: z.boolean().default(false) }).default({ unattended: false }),
	azure: z
		.strictObject({ deploymentSlots: z.boolean().default(false), separatePlans: z.boolean().default(true), sameRegion: z.boolean().default(true) })
		.default({ deploymentSlots: false, separatePlans: true, sameRegion: true }),
	engage: EngageSchema.optional(),
	legacy: z
		.strictObject({ distributedCall: z.boolean().optional().describe('v7: umbracoSettings.config distributedCall enable="true"'), courierTarget: serverId.optional() })
		.default({}),
	code: z
		.strictObject({
			reliesOnMachineName: z.boolean().default(false).describe('Custom code expects Environment.MachineName to stay the same'),
			customRecurringJobs: z.boolean().optional().describe('Custom or package IRecurringBackgroundJobs with the default roles (Single, SchedulingPublisher), e.g. Umbraco Automate'),
			openIdConnectProvider: z.boolean().optional().describe('Umbraco acts as an OpenID Connect provider for other applications'),
		})
		.default({ reliesOnMachineName: false }),
	staging: z.strictObject({ loadBalanced: z.boolean().default(false) }).default({ loadBalanced: false }),
	platform: PlatformSchema.optional(),
	webRouting: WebRoutingSchema.optional(),
	connectionStrings: ConnectionStringsSchema.optional(),
	distributedJobs: DistributedJobsSchema.optional(),
	scheduledPublishing: ScheduledPublishingSchema.optional(),
}).superRefine((plan, ctx) => {
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
});

/** A plan as written in a file (defaults not yet applied). */
export type PlanInput = z.input<typeof PlanSchema>;
/** A validated plan with every default applied. */
export type Plan = z.output<typeof PlanSchema>;
export type Server = Plan['servers'][number];
export type ServerSettings = Server['settings'];
