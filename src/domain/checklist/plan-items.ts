/** Checklist steps that concern the whole farm, by group. Texts name each version's own keys. */
import { runsEngage, usesOpenCockpit } from '../versions/catalogue';
import { frontEndServers, isBackofficeLoadBalanced, isMultiServer, mainServer, sharesLogFolder } from '../plan/queries';
import { upgradeCoordinated, upgradeFlagged } from '../plan/recommend';
import type { Plan } from '../plan/schema';
import type { VersionBand } from '../versions/bands';
import type { VersionTuple } from '../versions/version';
import { atLeast, cloudProvidesSharedServices } from '../generators/context';
import { code, codeList } from './code-span';
import { mediaStorage, oneCopyStep } from './file-items';
import { oneSharedWebConfig } from './server-items';
import type { ChecklistGroupId, ChecklistItem } from './types';

/** One step before ids are given: key within its group, text, why, source keys, and the rule it satisfies. */
export type Step = [key: string, text: string, why: string, sources: string[], rule?: string];

const when = (condition: boolean, ...steps: Step[]): Step[] => (condition ? steps : []);

function infrastructure(plan: Plan, band: VersionBand, version: VersionTuple): Step[] {
	const lb = plan.loadBalancer;
	return [
		['public-host', `Point ${code(lb.publicHost)} at the load balancer and route it to ${codeList(frontEndServers(plan).map((s) => s.name)) || 'the front-end servers'}.`, 'Visitors only ever reach servers behind the load balancer.', ['D13-README']],
		...when(lb.stickySessions !== 'none', ['sticky', `Turn on ${lb.stickySessions}-based session affinity on the load balancer.`, 'Engage and a backoffice behind the load balancer with SignalR need each visitor to stay on one server.', ['E13-LB', 'D17-LBBO'], runsEngage(plan) ? 'R57' : 'R03']),
		...when(band.loadBalancing === 'traditional', ['distributed-call', 'List every server by its unique internal host name in `umbracoSettings.config` `distributedCall`, each with `serverName` or `appId`; the first one is the master.', 'Before 7.3 servers notify each other over HTTP by these names.', ['V7-TRAD'], 'R10']),
		// `umbracoApplicationUrl` arrived in 7.2.7; before it the (now obsolete) setting was `scheduledTasks baseUrl`, from 6.2.5 / 7.1.9 [V7-UMBSET].
		...when(plan.applicationUrl !== undefined && band.family === 'v7' && !atLeast(version, 7, 2, 7), ['application-url', `Umbraco ${code(plan.umbraco)} has no \`umbracoApplicationUrl\` (it arrived in 7.2.7), so the bundle writes none: the setting of this era was \`scheduledTasks baseUrl\` in \`umbracoSettings.config\` (7.1.9+), obsolete from 7.2.7. Set it only if the scheduler cannot detect the base URL.`, 'The scheduler calls the site by its base URL; only 7.2.7 and later read `web.routing umbracoApplicationUrl`.', ['V7-UMBSET']]),
		// A v17+ load-balanced backoffice scales every node out in one app, so the classic two-app steps do not apply (R39 is quiet there) [D17-AZ-LB].
		...when(plan.hosting === 'azure-web-apps' && !plan.umbracoCloud && !(band.backofficeLoadBalancing && isBackofficeLoadBalanced(plan)), ['azure-plans', 'Give the admin app and the public app their own App Service plans, in the same region as the database; deploy to both apps.', 'The admin app scales up only; the public app scales out.', ['D13-AZ', 'D17-AZ-LB'], 'R40'], ['azure-admin-single', 'Keep the admin app at one instance.', 'More than one backoffice instance is unsupported in the classic topology.', ['D13-AZ'], 'R39']),
		...connectionStringSteps(plan, band),
		...when(plan.hosting === 'azure-web-apps' && !plan.umbracoCloud && band.config === 'appsettings', ['run-from-package', 'Do not set `WEBSITE_RUN_FROM_PACKAGE`.', 'Umbraco needs a writable site folder.', ['D17-AZGEN'], 'R41']),
	];
}

/**
 * The connection strings a plan names are read by the generated composers with
 * `GetConnectionString(name)`, i.e. `ConnectionStrings:<name>`, or `ConnectionStrings__<name>` as an
 * environment variable (the double underscore stands for the colon) [MS-ENVCOLON]; a missing one
 * stops the start-up with its name (connection-strings.ts).
 */
function connectionStringSteps(plan: Plan, band: VersionBand): Step[] {
	const names = [...new Set(Object.values(plan.connectionStrings ?? {}))];
	if (band.config !== 'appsettings' || names.length === 0) return [];
	return [['connection-strings', `Set the connection strings this plan names on every server: ${codeList(names.map((name) => `ConnectionStrings:${name}`))} (as environment variables ${codeList(names.map((name) => `ConnectionStrings__${name}`))}).`, 'The generated composers read them by name and stop at start-up when one is missing.', ['MS-ENVCOLON']]];
}

function database(plan: Plan, band: VersionBand): Step[] {
	const readOnly = plan.servers.filter((s) => s.database !== 'read-write');
	return [
		['shared', `Give every server a connection to the one shared ${plan.database.engine === 'azure-sql' ? 'Azure SQL' : 'SQL Server'} database.`, 'The database carries the instruction queue and server registrations every node depends on.', ['D13-README'], 'R66'],
		...when(readOnly.length > 0, ['read-only', `Pin ${codeList(readOnly.map((s) => s.name))} as ${code(band.roleNames.subscriber)}; with \`SqlMainDomLock\` also grant write on \`umbracoLock\` and \`umbracoKeyValue\`.`, 'A read-only login cannot take part in the election or the SQL MainDom lock.', ['V7-ADV', 'D13-ADV'], 'R18']),
	];
}

function files(plan: Plan, band: VersionBand, version: VersionTuple): Step[] {
	return [...strategySteps(plan, band), ...mediaStorage(plan, version)];
}

function strategySteps(plan: Plan, band: VersionBand): Step[] {
	const temp = band.config === 'appsettings' ? '~/umbraco/Data/TEMP' : '~/App_Data/TEMP';
	const logs = band.config === 'appsettings' ? '~/umbraco/Logs' : '~/App_Data/Logs';
	switch (plan.files.strategy) {
		case 'replication':
			return [
				['exclude-temp', `Exclude ${code(temp)} from replication (or serve it from a per-server IIS virtual directory named \`TEMP\`).`, 'Each server keeps its own temporary files and last-synced marker there.', ['V8-FSR', 'D13-FSR'], 'R42'],
				...when(band.family === 'v7', ['exclude-umbraco-config', 'Exclude `~/App_Data/umbraco.config` from replication.', 'Every server writes its own XML cache file.', ['V7-REPL'], 'R43']),
				['exclude-logs', `Consider excluding ${code(logs)} from replication.`, 'Log files are per machine.', ['V7-REPL', 'D13-FSR'], 'R44'],
			];
		case 'central-share':
			return [
				oneCopyStep(plan),
				['share', `Make the share highly available and give ${plan.hosting === 'iis' ? 'the app pool identities' : plan.hosting === 'containers' ? 'the containers’ user' : 'the apps'} full rights on it.`, 'Every server stops working when the share does.', ['V7-SHARED'], 'R46'],
				['local-temp', 'Keep temp files and Examine indexes off the share (see each server’s steps).', 'Indexes and temp files cannot be shared between servers.', ['V7-SHARED', 'D13-FSR'], 'R45'],
			];
		case 'standalone':
			return [['media', `Store media outside the servers (${plan.files.media === 'site-folder' ? 'Blob storage, S3 or a UNC path' : code(plan.files.media)}) and deploy code to every server.`, 'Without replication a file uploaded on one server would be missing on the others.', ['V8-FSR', 'D13-FSR', 'D17-BLOB'], 'R47']];
		default:
			return [['azure-files', 'Deploy the same build to both web apps; never edit views or templates on a live server.', 'Instances of a web app share its file system, but the two apps do not.', ['D13-AZ'], 'R40']];
	}
}

/** Umbraco Cloud's load balancing brings Redis and shared keys: what the steps would otherwise ask for [CLOUD-LB]. */
function cloudSteps(): { keys: Step[]; caches: Step[] } {
	return {
		keys: [['data-protection', 'Nothing to set up for the key ring: Umbraco Cloud shares the Data Protection keys of a load-balanced environment.', 'Cookies and tokens issued by one instance must be readable by all.', ['CLOUD-LB'], 'R26']],
		caches: [['cloud-redis', 'Nothing to register for the SignalR backplane or the distributed cache: Umbraco Cloud provisions Redis for both when load balancing is on.', 'Backoffice notifications and session state must reach every instance.', ['CLOUD-LB']]],
	};
}

function keysAndCaches(plan: Plan, band: VersionBand, version: VersionTuple): { keys: Step[]; caches: Step[] } {
	const own = ownKeysAndCaches(plan, band, version);
	if (!cloudProvidesSharedServices({ plan, band }) || !isMultiServer(plan)) return own;
	// The rest (isolated caches, uploads, run-once jobs) is the code's business on Cloud too.
	const cloud = cloudSteps();
	return { keys: cloud.keys, caches: [...cloud.caches, ...own.caches.filter(([key]) => key !== 'distributed-cache' && key !== 'signalr')] };
}

/** Where `DataProtectionComposer.cs` keeps the key ring for each store (generators/targets/data-protection.ts). */
const keyStoreWords: Readonly<Record<Plan['keys']['store'], string>> = {
	config: '`DataProtectionComposer.cs` keeps it in a folder every server reaches (`PersistKeysToFileSystem`)',
	'file-share': '`DataProtectionComposer.cs` keeps it in a folder on the file share (`PersistKeysToFileSystem`)',
	'azure-blob': '`DataProtectionComposer.cs` keeps it in Azure Blob Storage (`PersistKeysToAzureBlobStorage`)',
	redis: '`DataProtectionComposer.cs` keeps it in Redis (`PersistKeysToStackExchangeRedis`)',
	database: '`DataProtectionComposer.cs` keeps it in the database (`PersistKeysToDbContext`)',
	other: 'replace `PersistKeysToFileSystem` in `DataProtectionComposer.cs` with your key store’s method',
};

function ownKeysAndCaches(plan: Plan, band: VersionBand, version: VersionTuple): { keys: Step[]; caches: Step[] } {
	const keys: Step[] =
		band.keys === 'machine-key'
			? [['machine-key', 'Use one identical `<machineKey>` (validation and decryption keys) in `web.config` on every server.', 'Authentication cookies and view state must decrypt on any server.', ['V7-IDX', 'V8-CFG'], 'R24'], ...when(band.family === 'v8', ['reset-passwords', 'If the site had no machine key before, plan for every user and member to reset their password.', 'Adding a key changes how stored passwords are checked.', ['V8-CFG'], 'R25'])]
			: // One instance keeps its own key ring; the bundle writes DataProtectionComposer.cs only for several.
				when(isMultiServer(plan), ['data-protection', `Share the ASP.NET Core Data Protection key ring on every server: ${keyStoreWords[plan.keys.store]}.`, 'Cookies and tokens issued by one server must be readable by all.', ['D13-README', 'D17-README'], 'R26']);
	const caches: Step[] =
		band.sessions === 'session-state-provider'
			? when(plan.sessions.used, ['session-state', plan.sessions.store === 'sql-server' && isMultiServer(plan) ? 'Keep session state in SQL Server on every server: `<sessionState mode="SQLServer" sqlConnectionString="…">` in `web.config` `system.web` (in each `web.config.fragment.xml`), with the session database created first.' : 'Move session state to a shared store (`SqlSessionStateStore` or another provider).', 'TempData and session data must survive a request landing on another server.', ['V7-IDX', 'V8-CFG'], 'R27'])
			: [['distributed-cache', `Register an \`IDistributedCache\` (${plan.sessions.store === 'redis' ? 'Redis' : 'e.g. \`DistributedSqlServerCache\`'}).`, 'Umbraco uses TempData, which is backed by session state.', ['D13-README'], 'R28'], ...when(version[0] >= 15, ['hybrid-cache', 'Expect the distributed cache to serve as HybridCache’s second level for content.', 'Registering IDistributedCache turns that on automatically.', ['D16-CACHE', 'D17-SIGNALR'], 'R69'])];
	if (isBackofficeLoadBalanced(plan)) {
		caches.push(
			['isolated-caches', 'Call `builder.LoadBalanceIsolatedCaches()` and pin every node as `SchedulingPublisher`.', 'Backoffice nodes must see each other’s repository cache changes.', ['D17-LBBO'], 'R02'],
			signalRStep(plan, band),
			['temp-uploads', plan.hosting === 'azure-web-apps' ? 'Nothing to do for temporary uploads: scaled-out instances share the `umbraco` folder.' : 'Point `Umbraco:CMS:Hosting:TemporaryFileUploadLocation` at storage every node shares.', 'An upload may land on one node and be saved through another.', ['D17-LBBO', 'D17-HOSTING'], 'R05'],
			['run-once-jobs', 'Write run-once background work as `IDistributedBackgroundJob`.', 'Every node is a SchedulingPublisher, so recurring jobs run on all of them.', ['D17-SCHED'], 'R06'],
		);
	}
	return { keys, caches };
}

/**
 * The backplane of a load-balanced backoffice as the bundle writes it: Azure SignalR Service, or a
 * SQL Server / Redis backplane, which without sticky sessions needs 17.5+ (18.0+) skip-negotiation:
 * WebSockets only, so the load balancer must pass them through [PR-22700] [SRC-SIGNALRSET].
 */
function signalRStep(plan: Plan, band: VersionBand): Step {
	const { signalR, skipNegotiation } = plan.backoffice;
	const why = 'Backoffice real-time updates must reach users on every node.';
	// The composer exists where the version has the mode (17+); before, R01/R07 report the mode itself.
	const file = band.backofficeLoadBalancing ? ' (`shared/SignalRBackplaneComposer.cs`)' : '';
	if (signalR === 'none') return ['signalr', `Choose a SignalR backplane (SQL Server, Redis or Azure SignalR Service) and register it on every node${plan.loadBalancer.stickySessions === 'none' ? '; without sticky sessions use Azure SignalR Service, or on 17.5+ (18.0+) a SQL Server or Redis backplane with negotiation skipped' : ''}.`, why, ['D17-LBBO', 'D17-SIGNALR'], plan.loadBalancer.stickySessions === 'none' ? 'R03' : 'R04'];
	if (signalR === 'azure-signalr') return ['signalr', `Use Azure SignalR Service for backoffice notifications${file}${band.skipNegotiationSetting ? `, and leave ${code(band.skipNegotiationSetting)} off` : ''}.`, why, ['D17-LBBO', 'D17-SIGNALR', 'SRC-SIGNALRSET'], plan.loadBalancer.stickySessions === 'none' ? 'R03' : 'R04'];
	const backplane = `Register the ${signalR === 'redis' ? 'Redis' : 'SQL Server'} SignalR backplane${file}`;
	if (plan.loadBalancer.stickySessions !== 'none') return ['signalr', `${backplane}.`, why, ['D17-LBBO', 'D17-SIGNALR'], 'R04'];
	if (skipNegotiation === true && band.skipNegotiationSetting) {
		return ['signalr', `${backplane} with ${code(`${band.skipNegotiationSetting} = true`)} on every node, and let WebSockets through the load balancer (the \`Upgrade\` and \`Connection\` headers): the hubs then accept nothing else.`, 'Without sticky sessions the client must skip negotiation, which makes SignalR WebSockets-only.', ['PR-22700', 'SRC-SIGNALRSET'], 'R03'];
	}
	return ['signalr', `${backplane}, and turn on sticky sessions or (17.5+, 18.0+) skip negotiation: without either, SignalR connections fail across nodes.`, why, ['D17-LBBO', 'D17-SIGNALR', 'PR-22700'], 'R03'];
}

/** Plan-wide steps by group. */
export function planSteps(plan: Plan, band: VersionBand, version: VersionTuple): Partial<Record<ChecklistGroupId, ChecklistItem[]>> {
	const { keys, caches } = keysAndCaches(plan, band, version);
	const groups: Partial<Record<ChecklistGroupId, Step[]>> = {
		infrastructure: infrastructure(plan, band, version),
		database: database(plan, band),
		files: files(plan, band, version),
		keys,
		caches,
		logging: [
			['per-machine', band.family === 'v7' ? `Put \`%property{log4net:HostName}\` in the log4net file appender’s file name${sharesLogFolder(plan) && !plan.logging.fileNamePerMachine && isMultiServer(plan) ? ' (`shared/log4net.config.fragment.xml`)' : ''}.` : 'Keep the machine name in log file names (the default).', 'Servers writing the same file lock each other out.', band.family === 'v7' ? ['V7-LOG'] : ['D12-LOG', 'D16-LOGSET'], band.family === 'v7' ? 'R48' : 'R49'],
			...when(band.family !== 'v7' && isMultiServer(plan), ['central-sink', 'Consider a central Serilog sink so you read one log for the whole farm.', 'Otherwise every server’s files must be checked.', ['V8-LOG', 'D17-README'], 'R50']),
		],
		staging: [['staging', 'Load-balance the staging environment too, test failover, and read the logs of every server after a deployment.', 'Load-balancing problems rarely show on a single server.', ['V7-IDX', 'D17-README'], 'R64']],
		upgrades: upgrades(plan, band),
		engage: !plan.engage ? [] : runsEngage(plan) ? engage(plan, version) : [uMarketingSuiteStep()],
	};
	return Object.fromEntries(
		Object.entries(groups).map(([group, steps]) => [
			group,
			steps.map(([key, text, why, sources, rule]) => ({ id: `${group}.${key}`, group: group as ChecklistGroupId, text, why, sources, ...(rule ? { rule } : {}) })),
		])
	);
}

function upgrades(plan: Plan, band: VersionBand): Step[] {
	if (band.unattendedUpgradeSetting === null) return [['manual', 'Upgrade by hand: upgrade the main server first, then deploy to the others.', 'Unattended upgrades exist from 8.12.', ['D16-UPG8'], 'R55']];
	if (band.family === 'v8') {
		// One shared Web.config serves every server, so "on the main server only" becomes "only the main server running" [V7-SHARED].
		const switchOn = oneSharedWebConfig(plan, band) ? 'turn `Umbraco.Core.RuntimeState.UpgradeUnattended` on in the one shared Web.config and start only the main server' : 'turn `Umbraco.Core.RuntimeState.UpgradeUnattended` on for the main server only';
		return [['v8-steps', `Set \`Umbraco.Core.ConfigurationStatus\` to ${code(plan.umbraco)} on every server; ${switchOn}; request a page there, wait, then browse the others.`, 'Without the new ConfigurationStatus the upgrade does not run.', ['D16-UPG8'], 'R54']];
	}
	const main = code(mainServer(plan).name);
	// From 17.4.2 several flagged servers elect one leader (R83) [PR-22815] [SRC-MIGRATIONCOORD].
	if (upgradeCoordinated(plan, band)) {
		return [['steps', `Deploy the upgrade everywhere with ${code(`${band.unattendedUpgradeSetting} = true`)} on ${codeList(upgradeFlagged(plan).servers.map((s) => s.name))}: they elect one leader that migrates while the others wait, so start them in any order, each with ${band.machineIdentifierSetting ? `its own ${code(band.machineIdentifierSetting)}` : 'its own machine name'}, and keep \`Umbraco:CMS:Unattended:MigrationClaimTimeout\` (2 hours by default) above your longest migration.`, 'From 17.4.2 flagged servers coordinate through a claim in `umbracoKeyValue`; the docs still describe the main-server-first order.', ['PR-22815', 'SRC-MIGRATIONCOORD', 'D18-UPG'], 'R83']];
	}
	return [['steps', `Deploy the upgrade everywhere, set ${code(`${band.unattendedUpgradeSetting} = true`)} on ${main} only, start it, wait for the migration, then start the others.`, 'Only one server may run the migration.', ['D13-UPG', 'D16-UPG'], 'R53']];
}

/**
 * How editors reach the Cockpit on the front-ends: Engage 17's "Open Cockpit" button (a short-lived
 * token) unless the plan keeps the cookie, or the login cookie on a parent domain both hosts share:
 * `AuthCookieDomain` in appsettings (v9+), `<security><authCookieDomain>` in umbracoSettings.config (v8)
 * [E13-LB] [E17-LB] [V8-UMBSET].
 */
function cockpitStep(plan: Plan, version: VersionTuple): Step {
	const engage = plan.engage!;
	const why = 'The Cockpit on the front-ends needs to know the editor logged in to the CM backoffice.';
	if (usesOpenCockpit(plan, version)) return ['cockpit', 'Open the Cockpit with the “Open Cockpit” button in the Engage section of the CM backoffice (Engage 17).', why, ['E17-LB'], 'R60'];
	const key = version[0] === 8 ? '`<security><authCookieDomain>` in `umbracoSettings.config`' : '`Umbraco:CMS:Security:AuthCookieDomain`';
	if (engage.authCookieDomain !== undefined) return ['cockpit', `Set ${key} to ${code(engage.authCookieDomain)} on every server.`, why, ['E13-LB', 'E17-LB'], 'R60'];
	return ['cockpit', `Host the backoffice and the site under one parent domain (e.g. \`umbraco.example.com\` and \`www.example.com\`) and set ${key} to it (\`.example.com\`) on every server: before Engage 17 the Cockpit reads the backoffice login cookie.`, why, ['E13-LB', 'E17-LB'], 'R60'];
}

/** uMarketingSuite (before Engage): Engage's keys and CM/CD steps are not its own, so the bundle writes none [E13-README]. */
function uMarketingSuiteStep(): Step {
	return ['umarketingsuite', 'Configure uMarketingSuite for the farm from its own documentation: its settings are not Engage’s (`Engage:…`), so this bundle writes none of them.', 'The planner checks and generates Umbraco Engage only.', ['E13-README'], 'R78'];
}

function engage(plan: Plan, version: VersionTuple): Step[] {
	return [
		['ping', 'Let POST requests to `umbraco/engage/pagedata/ping` reach the front-end servers.', 'Blocked, every visitor is treated as a bot and nothing is recorded.', ['E13-LB', 'E17-LB'], 'R58'],
		['keys', 'Share machine keys or Data Protection keys between the CM and every CD server.', 'The Cockpit needs the Umbraco login cookie decrypted on the front-ends.', ['E13-LB', 'E17-LB'], 'R59'],
		cockpitStep(plan, version),
	];
}
