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
import { findBand } from '../versions/catalogue';

// Device names Windows reserves in every folder, with or without an extension: a bundle
// folder named `con` or `nul.json` cannot be unpacked there.
const windowsReserved = /^(?:con|prn|aux|nul|com[1-9\u00B9\u00B2\u00B3]|lpt[1-9\u00B9\u00B2\u00B3]|conin\$|conout\$)(?:\..*)?$/i;

/**
 * Tells whether Windows reserves `name` as a device (`con`, `nul`, `com1`, `lpt1`, … in
 * any case, also with an extension such as `con.txt`), so no file or folder can have it.
 *
 * @example isWindowsReservedName('Nul.json') // true
 */
export function isWindowsReservedName(name: string): boolean {
	return windowsReserved.test(name);
}

const serverId = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected lower-case letters, digits and dashes (at most 40), e.g. "web-1"')
	// Ids are bundle folder names; the lookahead keeps the rule in the published JSON Schema too.
	.regex(/^(?!(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$)/, 'expected an id Windows can use as a folder name: "con", "prn", "aux", "nul", "com1"–"com9" and "lpt1"–"lpt9" are reserved');

// Control characters (C0, DEL, C1 with NEL), line and paragraph separators and the bidi
// embedding, override and isolate controls. Names, hosts and paths have no use for them,
// and each one can end a line or reorder text in some output (Markdown, C# or nginx comments).
const noControls = /^[^\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/;
const noControlsMessage = 'expected text without control characters (tabs, line breaks, NUL and the like)';
// Half a surrogate pair cannot be written as UTF-8: it would come back as U+FFFD.
const wellFormed = (value: string) => !/\p{Cs}/u.test(value);
const wellFormedMessage = 'expected text without unpaired surrogate characters';

/** Free text of at most `max` characters: names, paths, ids from other systems. */
const text = (max: number) =>
	z
		.string()
		.min(1, 'expected a non-empty string')
		.max(max, `expected at most ${max} characters`)
		.regex(noControls, noControlsMessage)
		.refine(wellFormed, wellFormedMessage);

// RFC 1123 host names: dot-separated labels of letters, digits and inner dashes, each at
// most 63 characters. IPv4 addresses have this shape too; IPv6 literals come in brackets.
// Nothing else, so a host never carries meaning into a config file (nginx `$var`, `~regex`).
const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const hostNamePattern = new RegExp(`^(?:${label}(?:\\.${label})*|\\[[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*\\])$`);
const cookieDomainPattern = new RegExp(`^\\.?${label}(?:\\.${label})*$`);

/** A host name or IP address (no port: the generators add ports where a format needs one). */
const host = (example: string, pattern = hostNamePattern) =>
	z
		.string()
		.min(1, 'expected a non-empty string')
		.max(253, 'expected at most 253 characters')
		.regex(pattern, `expected a host name such as "${example}": letters, digits and dashes in dot-separated labels, or an IP address, without a port`);

/** `$schema`: kept in plan.json and share links (so in every permalink), hence bounded and plain. */
const schemaReference = z
	.string()
	.max(200, 'expected at most 200 characters')
	.regex(noControls, noControlsMessage)
	.regex(/^(?:https?:\/\/\S+|(?![A-Za-z][A-Za-z0-9+.-]*:)\S+)$/, 'expected the URL or relative path of the plan schema, e.g. "https://lbacademy.invalid/schema/plan-v1.schema.json"')
	.refine(wellFormed, wellFormedMessage);

function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) && hostNamePattern.test(url.hostname);
	} catch {
		return false;
	}
}

// Checked as written rather than with z.url(), which quietly strips tabs and line breaks:
// the plan and the file it came from must say the same thing.
const applicationUrl = z
	.string()
	.max(2000, 'expected a URL of at most 2000 characters')
	.regex(noControls, noControlsMessage)
	.regex(/^https?:\/\/\S+$/, 'expected an absolute http or https URL without spaces, e.g. "https://www.example.com"')
	.refine(wellFormed, wellFormedMessage)
	.refine(isHttpUrl, 'expected an http or https URL whose host is a host name, e.g. "https://www.example.com"')
	.meta({ format: 'uri' });

const umbracoVersion = z
	.string()
	.max(40, 'expected a version such as "13.5.2" (at most 40 characters)')
	.regex(/^\d{1,2}\.\d{1,3}(\.\d{1,4})?(-[0-9A-Za-z.-]+)?$/, 'expected a version such as "13.5.2"')
	.refine((v) => findBand(v) !== undefined, 'expected an Umbraco version from 7.0 on, e.g. "13.5.2"');

/** Explicit settings a server has (or will have). Left out = the generator picks the right value. */
export const ServerSettingsSchema = z
	.strictObject({
		mainDomLock: z.enum(['default', 'semaphore', 'file-system', 'sql']).optional().describe('MainDom lock: default, semaphore (MainDomSemaphoreLock), file-system (FileSystemMainDomLock), sql (SqlMainDomLock)'),
		mainDomKeyDiscriminator: text(100).optional().describe('Umbraco:CMS:Global:MainDomKeyDiscriminator (Azure slots with SqlMainDomLock)'),
		localTemp: z.enum(['default', 'environment-temp', 'aspnet-temp']).optional().describe('Where Umbraco keeps its temporary files'),
		examineFactory: z.enum(['default', 'synced-temp', 'temp']).optional().describe('Examine index placement: site folder, local temp synced back, local temp only'),
		disableOverlappedRecycling: z.boolean().optional().describe('Azure app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1 (v8 on Azure)'),
		lockTablesWritable: z.boolean().optional().describe('A read-only database login can still write umbracoLock and umbracoKeyValue'),
		upgradeUnattended: z.boolean().optional().describe('Unattended upgrade switch is on for this server'),
		configurationStatus: text(20).optional().describe('v8: web.config Umbraco.Core.ConfigurationStatus'),
		engageProcessing: z.boolean().optional().describe('Engage:Analytics:DataProcessing:IsProcessingServer'),
		keepAliveSettings: z.boolean().optional().describe('The server configures keep-alive settings (removed in v14)'),
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

const LoadBalancerSchema = z.strictObject({
	publicHost: host('www.example.com').describe('Public host name, e.g. "www.example.com"'),
	stickySessions: z.enum(['none', 'cookie', 'ip', 'url']).default('none'),
	product: z.enum(['iis-arr', 'nginx', 'azure-front-door', 'azure-app-gateway', 'hardware', 'other']).default('other'),
	forwardsInternalHostNames: z.boolean().default(false).describe('Requests reach servers with internal host names (e.g. web1.internal)'),
	httpsOnly: z.boolean().default(true),
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
});

const EngageSchema = z.strictObject({
	cmServer: serverId.describe('Id of the content-management (backoffice) server'),
	cmHost: host('umbraco.example.com').optional().describe('Host editors use for the CM backoffice, e.g. "umbraco.example.com"; defaults to the CM server host'),
	cockpitHost: host('www.example.com').optional().describe('Host the Cockpit is used on'),
	authCookieDomain: host('.example.com', cookieDomainPattern).optional().describe('Umbraco:CMS:Security:AuthCookieDomain, e.g. ".example.com"'),
	cockpitAccess: z.enum(['open-cockpit', 'auth-cookie-domain']).optional().describe('Engage 17: Open Cockpit button (default) or the shared cookie domain'),
	pingReachable: z.boolean().default(true).describe('POST umbraco/engage/pagedata/ping reaches the front-ends'),
	requireHttps: z.boolean().default(true).describe('Engage:Cockpit:Authentication:RequireHttps'),
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
		.strictObject({ reliesOnMachineName: z.boolean().default(false).describe('Custom code expects Environment.MachineName to stay the same') })
		.default({ reliesOnMachineName: false }),
	staging: z.strictObject({ loadBalanced: z.boolean().default(false) }).default({ loadBalanced: false }),
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
