/**
 * General rules R63–R69: Courier on v7, load-balanced staging, global messenger settings,
 * the shared database, read-only Subscribers on 17, machine names on Azure and HybridCache.
 */
import { isMultiServer, mainServer } from '../../plan/queries';
import type { Plan, ServerSettings } from '../../plan/schema';
import { supportsDatabaseEngine } from '../../versions/catalogue';
import { allBands, bandsWhere, v14PlusBands, v7Bands, v9PlusBands } from '../band-sets';
import { isAzure, serverPath, settingPath } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

const R63: Rule = {
	id: 'R63',
	severity: 'info',
	bands: v7Bands,
	summary: 'Courier deployments must target the Master (admin) server only.',
	why: 'The v7 load-balancing docs require Courier to push to the Master server only, with the same schema on both ends.',
	fix: 'Point Courier at the Master server, never at a Slave or the load-balanced address.',
	sources: ['V7-IDX'],
	certainty: 'documented',
	lesson: 'what-a-farm-needs',
	check({ plan, band }: RuleContext): RuleHit[] {
		const targetId = plan.legacy.courierTarget;
		const target = plan.servers.find((s) => s.id === targetId);
		if (!target) return [];
		const master = mainServer(plan);
		const message =
			target.id === master.id
				? `Courier deploys to ${target.name}, the ${band.roleNames.publisher}: keep it that way, with the same schema on both ends.`
				: `Courier deploys to ${target.name}, but only the ${band.roleNames.publisher} (${master.name}) may receive Courier deployments.`;
		return [{ servers: [target.id], path: 'legacy.courierTarget', message }];
	},
};

const R64: Rule = {
	id: 'R64',
	severity: 'info',
	bands: allBands,
	summary: 'Load balance the staging environment too, test heavily, and check the logs on every server.',
	why: 'Problems that only show on a farm (cache instructions, file locks, sessions) otherwise show up first in production.',
	fix: 'Give staging the same topology as production (at least two front-ends) and read every server\'s logs during tests.',
	sources: ['V7-IDX', 'D17-README'],
	certainty: 'documented',
	lesson: 'what-a-farm-needs',
	check({ plan }: RuleContext): RuleHit[] {
		if (!isMultiServer(plan) || plan.staging.loadBalanced) return [];
		return [{ path: 'staging.loadBalanced', message: 'Staging is not load balanced: test on a load-balanced staging environment and check the logs on every server.' }];
	},
};

type Messenger = NonNullable<ServerSettings['messenger']>;

// Plan fields → `Umbraco:CMS:Global:DatabaseServerMessenger` keys [D13-ADV] [D13-GLOBAL].
const messengerKeys: Record<keyof Messenger, [key: string, unit: string]> = {
	maxProcessingInstructions: ['MaxProcessingInstructionCount', ''],
	retainHours: ['TimeToRetainInstructions', ' h'],
	syncSeconds: ['TimeBetweenSyncOperations', ' s'],
	pruneSeconds: ['TimeBetweenPruneOperations', ' s'],
};

/** `"`TimeBetweenSyncOperations` 2 s"`, or "the defaults". */
function describeMessenger(messenger: Messenger | undefined): string {
	const parts = Object.entries(messengerKeys).flatMap(([field, [key, unit]]) => {
		const value = messenger?.[field as keyof Messenger];
		return value === undefined ? [] : [`\`${key}\` ${value}${unit}`];
	});
	return parts.length ? parts.join(', ') : 'the defaults';
}

const R65: Rule = {
	id: 'R65',
	severity: 'warning',
	bands: v9PlusBands,
	summary: 'Messenger (and registrar) settings should be the same on every server.',
	why: 'These settings are meant to be global; servers that sync, prune or cold-boot on different schedules behave differently under the same load. Use environment-specific appsettings only deliberately.',
	fix: 'Put `Umbraco:CMS:Global:DatabaseServerMessenger` in the shared appsettings.json so every server gets the same values.',
	sources: ['D13-ADV', 'D13-GLOBAL'],
	certainty: 'documented',
	lesson: 'how-load-balancing-works',
	check({ plan }: RuleContext): RuleHit[] {
		const main = mainServer(plan);
		const reference = describeMessenger(main.settings.messenger);
		return plan.servers
			.filter((server) => describeMessenger(server.settings.messenger) !== reference)
			.map((server) => ({
				servers: [server.id],
				path: settingPath(plan, server, 'messenger'),
				message: `${server.name}'s \`Umbraco:CMS:Global:DatabaseServerMessenger\` options (${describeMessenger(server.settings.messenger)}) differ from ${main.name}'s (${reference}).`,
			}));
	},
};

const engineNames: Partial<Record<Plan['database']['engine'], string>> = { sqlite: 'SQLite', 'sql-ce': 'SQL CE' };

const R66: Rule = {
	id: 'R66',
	severity: 'info',
	bands: v9PlusBands,
	summary: 'A farm needs one database server all nodes reach; a single-file SQLite (or SQL CE) database does not suit several servers (DERIVED, not a doc statement).',
	why: 'Every server reads and writes the shared instruction queue, locks and content; a file database lives on one machine. DERIVED from "all web servers can communicate with the database"; no doc sentence forbids SQLite in a farm (UNVERIFIED).',
	fix: 'Use SQL Server or Azure SQL for a load-balanced site.',
	sources: ['D13-README', 'D13-UPG'],
	certainty: 'derived',
	lesson: 'how-load-balancing-works',
	check({ plan, version }: RuleContext): RuleHit[] {
		const name = engineNames[plan.database.engine];
		// An engine the version does not have at all is R77's error.
		if (!name || !isMultiServer(plan) || !supportsDatabaseEngine(version, plan.database.engine)) return [];
		return [{ path: 'database.engine', message: `${name} keeps the database in one file on one machine; use a database server (SQL Server, Azure SQL) that every node reaches.` }];
	},
};

// [D17-ADV]; read-only detection in 17.4: distributed jobs skipped, URL-segment and alias writes
// skipped (`SkipDatabaseWrites()`), last-synced kept in a local file (PRs #22145, #22572). Before
// 17.4 the same design breaks: R79.
const R67: Rule = {
	id: 'R67',
	severity: 'info',
	bands: bandsWhere((band) => band.readOnlyDatabase === 'detected'),
	summary: 'From 17.4, on a read-only database Umbraco skips its background writes and keeps the last-synced marker in a local file.',
	why: 'Umbraco 17.4 and later detect a read-only database: that server runs no distributed jobs, does not persist URL segments or aliases, and writes its last-synced position, otherwise kept in `umbracoLastSynced`, to a local file.',
	fix: 'Nothing to configure; expect distributed jobs to run only on servers with write access.',
	sources: ['D17-ADV', 'SRC-LASTSYNC17', 'PR-22572'],
	certainty: 'documented',
	lesson: 'distributed-jobs',
	check({ plan }: RuleContext): RuleHit[] {
		return plan.servers
			.filter((server) => server.database !== 'read-write')
			.map((server) => ({
				servers: [server.id],
				path: serverPath(plan, server, 'database'),
				message: `${server.name} uses a read-only database: Umbraco ${plan.umbraco} runs no distributed jobs there, skips its URL writes and keeps its last-synced marker in a local file.`,
			}));
	},
};

const R68: Rule = {
	id: 'R68',
	severity: 'warning',
	bands: allBands,
	summary: 'On Azure Web Apps, code must not rely on `Environment.MachineName` staying the same.',
	why: 'Azure moves apps between workers, so the machine name can change at any time; deployment slots also share a machine name.',
	fix: 'Key per-server state on something stable you configure, not on the machine name.',
	sources: ['D17-AZGEN', 'D13-GLOBAL'],
	certainty: 'documented',
	lesson: 'azure-web-apps-scale-out',
	check({ plan }: RuleContext): RuleHit[] {
		if (!isAzure(plan) || !plan.code.reliesOnMachineName) return [];
		const slots = plan.azure.deploymentSlots ? ' Deployment slots also share one machine name.' : '';
		return [{ path: 'code.reliesOnMachineName', message: `Custom code relies on \`Environment.MachineName\`, which Azure changes whenever it moves the app to another worker.${slots}` }];
	},
};

const R69: Rule = {
	id: 'R69',
	severity: 'info',
	bands: v14PlusBands,
	summary: 'v15+: registering an `IDistributedCache` also makes it HybridCache\'s second-level cache for published content.',
	why: 'From v15 the published content cache is built on .NET HybridCache, which uses any registered `IDistributedCache` as its L2 automatically — on every server.',
	fix: 'Size and monitor the distributed cache for content as well as sessions; durations are under `Umbraco:CMS:Cache` (e.g. `Entry:Document:RemoteCacheDuration`, default 1 year).',
	sources: ['D17-SIGNALR', 'D16-CACHE', 'D17-LBBO'],
	certainty: 'documented',
	lesson: 'sessions-and-distributed-cache',
	check({ plan, version }: RuleContext): RuleHit[] {
		if (version[0] < 15 || plan.sessions.store === 'none') return [];
		return [{ path: 'sessions.store', message: `The distributed cache (${plan.sessions.store}) also becomes HybridCache's second-level cache for published content on every server.` }];
	},
};

/** General rules. */
export const generalRules: readonly Rule[] = [R63, R64, R65, R66, R67, R68, R69];
