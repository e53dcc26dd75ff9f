/** A one-paragraph, screen-reader-friendly summary of a plan's topology for the SVG `<desc>`. */
import { isBackofficeLoadBalanced, isBehindLoadBalancer } from '../domain/plan/queries';
import type { Plan } from '../domain/plan/schema';
import { getBand } from '../domain/versions/catalogue';
import * as info from './box-labels';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const keyPlaces: Record<Exclude<Plan['keys']['store'], 'config'>, string> = {
	'file-share': 'on a file share',
	'azure-blob': 'in Azure Blob Storage',
	redis: 'in Redis',
	database: 'in the database',
	other: 'in a custom store',
};

const storeNames: Record<Plan['sessions']['store'], string> = { redis: 'Redis', 'sql-server': 'SQL Server', other: 'a custom store', none: 'nothing' };

function serversSentence(plan: Plan): string {
	const servers = plan.servers;
	const instances = servers.reduce((n, s) => n + s.instances, 0);
	const inside = servers.filter(isBehindLoadBalancer);
	const outside = servers.filter((s) => !isBehindLoadBalancer(s));
	const total = count(servers.length, 'server', 'servers') + (instances > servers.length ? ` (${instances} instances)` : '');
	const product = plan.loadBalancer.product === 'other' ? '' : ` (${info.loadBalancerInfo(plan).label})`;
	const lb = `the load balancer${product} at ${plan.loadBalancer.publicHost}`;
	const parts = [`${inside.length} behind ${lb}${isBackofficeLoadBalanced(plan) && inside.length > 0 ? ', which also serve the backoffice' : ''}`];
	if (outside.length > 0) {
		const names = outside.map((s) => `${s.name}, ${s.kind === 'backoffice' ? 'the backoffice server editors use directly' : 'a front-end server'}`);
		parts.push(`${outside.length} outside it (${names.join('; ')})`);
	}
	return `${total}: ${parts.join(', and ')}.`;
}

/** Where the shared keys are, or undefined when the diagram draws no key store (`config`, as `keyStoreInfo`). */
function keysPhrase(plan: Plan): string | undefined {
	const { store } = plan.keys;
	if (store === 'config') return undefined;
	const machineKey = getBand(plan.umbraco).keys === 'machine-key';
	return machineKey ? 'the machine key in a shared store' : `Data Protection keys ${keyPlaces[store]}`;
}

function sharedSentence(plan: Plan): string {
	const files = info.fileStoreInfo(plan);
	const media = info.mediaStoreInfo(plan);
	const cache = info.cacheInfo(plan);
	const signalR = info.signalRInfo(plan);
	const keys = keysPhrase(plan);
	const shared = [
		`${info.databaseInfo(plan).label} database`,
		files ? `site files on ${files.label}` : 'site files on each server’s own disk',
		...(media ? [`media in ${media.label}`] : []),
		...(cache ? [`${cache.sublabel ?? 'cache'} in ${storeNames[plan.sessions.store]}`] : []),
		...(signalR ? [`SignalR through ${signalR.label}`] : []),
		...(keys ? [keys] : []),
	];
	return `Shared by the servers: ${shared.join(', ')}.`;
}

/**
 * Summarises the topology in plain sentences: version, servers and where they sit relative
 * to the load balancer and its public host, and the shared database, files, caches and keys.
 * @example describeTopology(plan) // 'Umbraco 13.5.2. 3 servers: 2 behind the load balancer at www.example.com, …'
 */
export function describeTopology(plan: Plan): string {
	return `Umbraco ${plan.umbraco}. ${serversSentence(plan)} ${sharedSentence(plan)}`;
}
