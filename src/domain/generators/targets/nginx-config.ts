/** nginx example: an upstream of the Umbraco servers (sticky, or WebSockets without affinity) and the proxying server block. */
import type { Server } from '../../plan/schema';
import { runsEngage } from '../../versions/catalogue';
import type { PlanContext } from '../context';
import { directive, nginxBlock, nginxComment, serializeNginx, type NginxNode } from '../formats/nginx';
import { exampleNames, placeholders } from '../options';
import { containerPort } from './compose';
import type { Affinity } from './load-balancer';

/**
 * Open-source nginx has no `sticky` directive: nginx.org's ngx_http_upstream_module page lists
 * `sticky` as part of the commercial subscription (NGINX Plus), so `nginx -t` rejects it on a
 * distribution nginx (e.g. 1.22). Cookie affinity therefore becomes ip_hash in the open-source file,
 * and `sticky cookie` only appears in the separately named NGINX Plus variant.
 */
function affinityDirectives(affinity: Affinity | undefined, plus: boolean): NginxNode[] {
	if (affinity === undefined) return [nginxComment('No affinity: with ClientShouldSkipNegotiation the backoffice connects by WebSockets alone, so any node can answer (round robin).')];
	if (affinity === 'ip') return [directive('ip_hash')];
	if (affinity === 'url') return [nginxComment('URL-based affinity: the same URL always reaches the same server.'), directive('hash', '$request_uri', 'consistent')];
	if (plus) {
		return [nginxComment('NGINX Plus only (commercial): cookie affinity set by the load balancer.'), directive('sticky', 'cookie', exampleNames.stickyCookie, 'path=/')];
	}
	return [
		nginxComment('Open-source nginx has no cookie affinity; ip_hash keeps each client address on one server.'),
		nginxComment('Clients behind one proxy or NAT share a server. NGINX Plus users: see nginx-plus.conf.'),
		directive('ip_hash'),
	];
}

function proxyLocation(ctx: PlanContext, scheme: string): NginxNode {
	const websockets: NginxNode[] = ctx.backofficeLoadBalanced
		? // The backoffice's SignalR connections upgrade to WebSockets [D17-SIGNALR].
			[
				nginxComment('WebSockets for the backoffice SignalR connection.'),
				directive('proxy_http_version', '1.1'),
				directive('proxy_set_header', 'Upgrade', '$http_upgrade'),
				directive('proxy_set_header', 'Connection', '$connection_upgrade'),
			]
		: [];
	// Engage's bot-detection ping must reach the front-ends or every visitor counts as a bot [E13-LB] [E17-LB].
	const engage = runsEngage(ctx.plan) ? [nginxComment('Engage: never block POST /umbraco/engage/pagedata/ping on its way to the servers.')] : [];
	return nginxBlock('location', ['/'], [
		...engage,
		directive('proxy_pass', `${scheme}://${exampleNames.farm}`),
		directive('proxy_set_header', 'Host', '$host'),
		// Umbraco must see the original scheme and client address [D17-README].
		directive('proxy_set_header', 'X-Forwarded-For', '$proxy_add_x_forwarded_for'),
		directive('proxy_set_header', 'X-Forwarded-Proto', '$scheme'),
		...websockets,
	]);
}

/**
 * In Kubernetes a Service name resolves to one virtual IP, so ip_hash or hash behind it sees a single
 * server; a headless Service (`clusterIP: None`) resolves to the pods' own addresses, which nginx takes
 * as one server each when it starts (kubernetes.io, Service, "Headless Services") [K8S-HEADLESS].
 */
function kubernetesNote(ctx: PlanContext, affinity: Affinity | undefined, servers: readonly Server[]): NginxNode[] {
	if (ctx.plan.hosting !== 'containers' || affinity === undefined || !servers.some((s) => s.instances > 1)) return [];
	return [
		nginxComment('Kubernetes: a Service name is one virtual IP, so the affinity above would see one server. Point each server line at a headless Service'),
		nginxComment('(clusterIP: None), whose name resolves to every pod, or use your ingress controller\'s session affinity instead of this file.'),
	];
}

/** The nginx text for the plan's upstream servers and affinity (none: round robin); `plus` writes the NGINX Plus variant. */
export function nginxConfig(ctx: PlanContext, affinity: Affinity | undefined, servers: readonly Server[], plus = false): string {
	const { loadBalancer } = ctx.plan;
	const https = loadBalancer.httpsOnly;
	const port = https ? '443' : '80';
	// Containers serve plain HTTP on 8080 behind the proxy, which ends TLS (UmbracoDocs 17
	// running-umbraco-in-docker.md, health-probes.md): the port the Compose healthcheck and the
	// Kubernetes probes of the same bundle use.
	const containers = ctx.plan.hosting === 'containers';
	const upstreamPort = containers ? String(containerPort) : port;
	const upstream = nginxBlock('upstream', [exampleNames.farm], [
		...affinityDirectives(affinity, plus),
		...kubernetesNote(ctx, affinity, servers),
		...servers.flatMap((s) => [
			nginxComment(`${s.name}${s.instances > 1 ? ` (${s.instances} instances)` : ''}`),
			// compose.ts runs such instances as services of their own when a value differs per instance.
			...(containers && s.instances > 1
				? [nginxComment(`In Compose, if its instances run as separate services (${s.id}-1 to ${s.id}-${s.instances}), list each here or give them the network alias ${s.host}.`)]
				: []),
			directive('server', `${s.host}:${upstreamPort}`),
		]),
	]);
	const tls = https ? [directive('ssl_certificate', placeholders.certificate), directive('ssl_certificate_key', placeholders.certificateKey)] : [];
	const server = nginxBlock('server', [], [
		directive('listen', ...(https ? [port, 'ssl'] : [port])),
		directive('server_name', loadBalancer.publicHost),
		...tls,
		proxyLocation(ctx, https && !containers ? 'https' : 'http'),
	]);
	const map = ctx.backofficeLoadBalanced
		? [nginxBlock('map', ['$http_upgrade', '$connection_upgrade'], [directive('default', 'upgrade'), directive('""', 'close')])]
		: [];
	return serializeNginx([
		nginxComment(`EXAMPLE${plus ? ' (NGINX Plus, commercial)' : ''}: ${affinity === undefined ? 'WebSockets without affinity' : 'sticky sessions'} for the Umbraco servers. Include inside the http block.`),
		...map,
		upstream,
		server,
	]);
}
