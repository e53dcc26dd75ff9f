/**
 * The words on each box: Umbraco's official role names for the plan's version, and plain
 * names for load balancers, databases, file strategies, caches, SignalR backplanes and key stores.
 */
import type { Plan, Server } from '../domain/plan/schema';
import { getBand, officialRoleName } from '../domain/versions/catalogue';
import type { BoxInfo } from './types';

const productNames: Record<Plan['loadBalancer']['product'], string> = {
	'iis-arr': 'IIS ARR',
	nginx: 'nginx',
	'azure-front-door': 'Azure Front Door',
	'azure-app-gateway': 'Azure Application Gateway',
	hardware: 'Hardware load balancer',
	other: 'Load balancer',
};

const engineNames: Record<Plan['database']['engine'], string> = {
	'sql-server': 'SQL Server',
	'azure-sql': 'Azure SQL Database',
	sqlite: 'SQLite',
	'sql-ce': 'SQL Server CE',
};

const fileStores: Record<Exclude<Plan['files']['strategy'], 'standalone'>, BoxInfo> = {
	'azure-web-apps': { kind: 'storage', label: 'Azure App Service storage', sublabel: 'shared site files' },
	replication: { kind: 'storage', label: 'DFS replication', sublabel: 'files synced between servers' },
	'central-share': { kind: 'storage', label: 'Central share', sublabel: 'shared site files' },
};

const mediaStores: Record<Exclude<Plan['files']['media'], 'site-folder'>, BoxInfo> = {
	blob: { kind: 'storage', label: 'Blob storage', sublabel: 'media (Azure Blob Storage)' },
	s3: { kind: 'storage', label: 'Amazon S3', sublabel: 'media' },
	unc: { kind: 'storage', label: 'Media share', sublabel: 'media on a file share' },
};

const backplanes: Record<Exclude<Plan['backoffice']['signalR'], 'none'>, string> = {
	'sql-server': 'SQL Server backplane',
	redis: 'Redis backplane',
	'azure-signalr': 'Azure SignalR Service',
};

const keyRings: Record<Exclude<Plan['keys']['store'], 'config'>, string> = {
	'file-share': 'Key ring on a file share',
	'azure-blob': 'Key ring in Azure Blob',
	redis: 'Key ring in Redis',
	database: 'Key ring in the database',
	other: 'Key ring store',
};

/** The load balancer box: product name and public host. */
export function loadBalancerInfo(plan: Plan): BoxInfo {
	return { kind: 'load-balancer', label: productNames[plan.loadBalancer.product], sublabel: plan.loadBalancer.publicHost };
}

/** A server box: display name, then its official role (or "elected role") and instance count. */
export function serverInfo(plan: Plan, server: Server): BoxInfo {
	const role = server.role === 'elected' ? 'elected role' : officialRoleName(getBand(plan.umbraco), server.role);
	const instances = server.instances > 1 ? ` · × ${server.instances} instances` : '';
	return { kind: 'server', label: server.name, sublabel: `${role}${instances}` };
}

/** The shared database box. */
export function databaseInfo(plan: Plan): BoxInfo {
	return { kind: 'database', label: engineNames[plan.database.engine], sublabel: 'Umbraco database' };
}

/** Where site files are shared, or undefined when each server keeps its own (`standalone`). */
export function fileStoreInfo(plan: Plan): BoxInfo | undefined {
	return plan.files.strategy === 'standalone' ? undefined : fileStores[plan.files.strategy];
}

/** A separate media store, or undefined when media live with the site files. */
export function mediaStoreInfo(plan: Plan): BoxInfo | undefined {
	return plan.files.media === 'site-folder' ? undefined : mediaStores[plan.files.media];
}

/**
 * The session / distributed cache store, when the plan needs one: v9+ always uses an
 * `IDistributedCache`; v7/v8 only when the site uses session state or TempData.
 */
export function cacheInfo(plan: Plan): BoxInfo | undefined {
	const { store, used } = plan.sessions;
	const distributed = getBand(plan.umbraco).sessions === 'distributed-cache';
	if (store === 'none' || (!distributed && !used)) return undefined;
	const sublabel = distributed ? 'distributed cache' : 'session state';
	const sql = distributed ? 'SQL Server cache' : 'SQL Server sessions';
	const label = store === 'redis' ? 'Redis' : store === 'sql-server' ? sql : 'Session store';
	return { kind: 'cache', label, sublabel };
}

/** The SignalR backplane of a load-balanced backoffice, when one is chosen. */
export function signalRInfo(plan: Plan): BoxInfo | undefined {
	const { signalR } = plan.backoffice;
	return signalR === 'none' ? undefined : { kind: 'signalr', label: backplanes[signalR], sublabel: 'backoffice SignalR' };
}

/**
 * The shared key store that every server reads, or undefined for `config` (v7/v8: the machine
 * key sits in each server's web.config; v9+: nothing is shared to draw). v9+ keeps an ASP.NET
 * Core Data Protection key ring, v7/v8 a machine key.
 */
export function keyStoreInfo(plan: Plan): BoxInfo | undefined {
	const { store } = plan.keys;
	if (store === 'config') return undefined;
	if (getBand(plan.umbraco).keys === 'machine-key') return { kind: 'keys', label: 'Shared machine key store', sublabel: 'machine key' };
	return { kind: 'keys', label: keyRings[store], sublabel: 'Data Protection keys' };
}

/** The group heading: what is behind the load balancer and how requests stick. */
export function groupInfo(plan: Plan): BoxInfo {
	const sticky = plan.loadBalancer.stickySessions;
	return { kind: 'group', label: 'Behind the load balancer', sublabel: sticky === 'none' ? 'no sticky sessions' : `sticky sessions: ${sticky}` };
}
