/**
 * Load-balancer sticky-session examples (nginx, IIS ARR) for plans that need affinity:
 * stickiness chosen in the plan, Engage [E13-LB] [E17-LB], or a v17 load-balanced backoffice
 * whose SignalR backplane is not Azure SignalR Service [D17-LBBO] [D17-SIGNALR].
 * These are generic examples (the facts do not cover load-balancer syntax).
 */
import { isBehindLoadBalancer } from '../../plan/queries';
import { runsEngage } from '../../versions/catalogue';
import type { Server } from '../../plan/schema';
import type { PlanContext } from '../context';
import { regexLiteral } from '../formats/escape';
import { comment, el, serializeXml, type XmlNode } from '../formats/xml';
import { exampleNames } from '../options';
import type { GeneratedFile } from '../types';
import { nginxConfig } from './nginx-config';

export type Affinity = 'cookie' | 'ip' | 'url';

/** The affinity the plan needs, or undefined when it needs none. */
export function neededAffinity(ctx: PlanContext): Affinity | undefined {
	const { plan } = ctx;
	const sticky = plan.loadBalancer.stickySessions;
	// 17.5+ (18.0+): a SQL Server or Redis backplane with ClientShouldSkipNegotiation needs no affinity
	// (WebSockets only, no /negotiate round trip to another node) [PR-22700].
	const statelessBackplane = ctx.band.skipNegotiationSetting !== null && plan.backoffice.skipNegotiation === true && plan.backoffice.signalR !== 'none';
	const required =
		sticky !== 'none' ||
		(runsEngage(plan) && ctx.multiServer) ||
		(ctx.backofficeLoadBalanced && plan.backoffice.signalR !== 'azure-signalr' && !statelessBackplane);
	if (!required) return undefined;
	return sticky === 'none' ? 'cookie' : sticky;
}

/** Servers the load balancer sends traffic to: every node in backoffice-LB mode, else those behind it. */
export function upstreamServers(ctx: PlanContext): Server[] {
	return ctx.plan.servers.filter((s) => ctx.backofficeLoadBalanced || isBehindLoadBalancer(s));
}

function arrAffinity(affinity: Affinity): XmlNode {
	// Cookie: ARR client affinity; IP or URL: request hashing on the client address or the URL.
	if (affinity === 'cookie') return el('affinity', { useCookie: 'true', cookieName: exampleNames.arrCookie });
	return el('loadBalancing', affinity === 'ip' ? { algorithm: 'RequestHash', hashServerVariable: 'REMOTE_ADDR' } : { algorithm: 'RequestHash' });
}

function arrConfig(ctx: PlanContext, affinity: Affinity, servers: readonly Server[]): string {
	const { plan } = ctx;
	const scheme = plan.loadBalancer.httpsOnly ? 'https' : 'http';
	const farm = el('webFarm', { name: exampleNames.farm, enabled: 'true' }, [
		...servers.map((s) => el('server', { address: s.host, enabled: 'true' })),
		el('applicationRequestRouting', {}, [arrAffinity(affinity)]),
	]);
	const rule = el('rule', { name: `${exampleNames.farm} routing`, stopProcessing: 'true' }, [
		el('match', { url: '.*' }),
		el('conditions', {}, [el('add', { input: '{HTTP_HOST}', pattern: `^${regexLiteral(plan.loadBalancer.publicHost)}$` })]),
		el('action', { type: 'Rewrite', url: `${scheme}://${exampleNames.farm}/{R:0}` }),
	]);
	return serializeXml([
		comment('EXAMPLE: IIS Application Request Routing server farm with session affinity, for the ARR server (not the Umbraco servers).'),
		comment('These sections live in applicationHost.config; IIS Manager > Server Farms writes the same settings.'),
		// Engage's bot-detection ping must reach the front-ends [E13-LB] [E17-LB].
		...(runsEngage(plan) ? [comment('Engage: no rule may block POST /umbraco/engage/pagedata/ping to the servers.')] : []),
		el('configuration', {}, [el('webFarms', {}, [farm]), el('system.webServer', {}, [el('rewrite', {}, [el('globalRules', {}, [rule])])])]),
	]);
}

/**
 * 17.5+ (18.0+) load-balanced backoffice with a SQL Server or Redis backplane that skips negotiation:
 * no affinity, but the hubs accept WebSockets only, so the proxy must pass the upgrade [PR-22700].
 */
function websocketsOnly(ctx: PlanContext): boolean {
	const { backoffice } = ctx.plan;
	return ctx.backofficeLoadBalanced && ctx.band.skipNegotiationSetting !== null && backoffice.skipNegotiation === true && (backoffice.signalR === 'sql-server' || backoffice.signalR === 'redis');
}

/** nginx without affinity for a WebSockets-only backoffice (nginx, or a product the plan leaves open). */
function websocketFiles(ctx: PlanContext, servers: readonly Server[]): GeneratedFile[] {
	const product = ctx.plan.loadBalancer.product;
	if (!websocketsOnly(ctx) || servers.length === 0 || !(product === 'nginx' || product === 'hardware' || product === 'other')) return [];
	return [
		{
			path: 'shared/load-balancer/nginx.conf',
			language: 'nginx',
			contents: nginxConfig(ctx, undefined, servers),
			serverIds: [],
			title: 'nginx upstream without affinity, passing WebSockets (example)',
			apply: 'Include in the http block of the nginx load balancer and set the certificate paths; the backoffice skips SignalR negotiation, so it needs WebSockets but no sticky sessions.',
		},
	];
}

/** `shared/load-balancer/nginx.conf` and/or `shared/load-balancer/iis-arr.web.config.fragment.xml`. */
export function loadBalancerFiles(ctx: PlanContext): GeneratedFile[] {
	// Umbraco Cloud brings its own load balancer, with sticky sessions on [CLOUD-LB].
	if (ctx.plan.umbracoCloud) return [];
	const affinity = neededAffinity(ctx);
	const servers = upstreamServers(ctx);
	if (affinity === undefined) return websocketFiles(ctx, servers);
	if (servers.length === 0) return [];
	const product = ctx.plan.loadBalancer.product;
	// Azure's own load balancers set affinity in the portal; hardware/other get both examples.
	const nginx = product === 'nginx' || product === 'hardware' || product === 'other';
	const arr = product === 'iis-arr' || product === 'hardware' || product === 'other';
	const files: GeneratedFile[] = [];
	const why = 'the plan needs sticky sessions';
	if (arr) {
		files.push({
			path: 'shared/load-balancer/iis-arr.web.config.fragment.xml',
			language: 'xml',
			contents: arrConfig(ctx, affinity, servers),
			serverIds: [],
			title: `IIS ARR server farm with ${affinity} affinity (example)`,
			apply: `On the ARR server, create the farm in IIS Manager (or merge these sections into applicationHost.config); ${why}.`,
		});
	}
	if (nginx) {
		files.push({
			path: 'shared/load-balancer/nginx.conf',
			language: 'nginx',
			contents: nginxConfig(ctx, affinity, servers),
			serverIds: [],
			title: `nginx upstream with ${affinity} affinity (example)`,
			apply: `Include in the http block of the nginx load balancer and set the certificate paths; ${why}.`,
		});
		// Cookie affinity proper needs NGINX Plus's `sticky` directive; offered as a separate, marked file.
		if (affinity === 'cookie') {
			files.push({
				path: 'shared/load-balancer/nginx-plus.conf',
				language: 'nginx',
				contents: nginxConfig(ctx, affinity, servers, true),
				serverIds: [],
				title: 'NGINX Plus variant with cookie affinity (example, commercial nginx only)',
				apply: 'Only on NGINX Plus: use instead of nginx.conf for cookie-based affinity; open-source nginx rejects the sticky directive.',
			});
		}
	}
	return files;
}
