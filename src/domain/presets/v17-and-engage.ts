/** Presets for the v17 load-balanced backoffice and for Umbraco Engage CM/CD setups. */
import type { PlanInput } from '../plan/schema';
import type { Preset } from './types';

const node = (n: number, host: string) =>
	({ id: `node-${n}`, name: `Node ${n}`, host, kind: 'backoffice', role: 'publisher', behindLoadBalancer: true }) as const;

export const v17StickyRedis: Preset = {
	id: 'v17-lb-backoffice-sticky-redis',
	title: 'Umbraco 17: load-balanced backoffice, sticky sessions, Redis backplane',
	description:
		'Three nodes behind the load balancer, each serving both the site and the backoffice as SchedulingPublisher. Cookie affinity plus a Redis SignalR backplane, isolated-cache versioning and a shared temporary-upload folder.',
	plan: {
		planVersion: 1,
		name: 'Umbraco 17 load-balanced backoffice (sticky)',
		umbraco: '17.8.1',
		hosting: 'iis',
		servers: [node(1, 'node1.corp.local'), node(2, 'node2.corp.local'), node(3, 'node3.corp.local')],
		loadBalancer: { publicHost: 'www.example.com', stickySessions: 'cookie', product: 'iis-arr' },
		files: { strategy: 'central-share', media: 'unc', mediaPath: '//fileserver/umbraco-media' },
		keys: { shared: true, store: 'redis' },
		sessions: { store: 'redis' },
		applicationUrl: 'https://www.example.com',
		backoffice: {
			mode: 'load-balanced',
			signalR: 'redis',
			temporaryFileLocation: 'shared',
			temporaryFilePath: '//fileserver/umbraco-temp-uploads',
			isolatedCaches: true,
		},
		logging: { centralSink: 'seq' },
		staging: { loadBalanced: true },
	},
};

export const v17StatelessAzure: Preset = {
	id: 'v17-stateless-azure-signalr',
	title: 'Umbraco 17: stateless load-balanced backoffice with Azure SignalR Service',
	description:
		'One Azure web app scaled out to three instances with no session affinity. Azure SignalR Service carries backoffice notifications and the SQL Server distributed cache holds session state, so any instance can answer any request.',
	plan: {
		planVersion: 1,
		name: 'Umbraco 17 stateless on Azure',
		umbraco: '17.8.1',
		hosting: 'azure-web-apps',
		servers: [{ ...node(1, 'example.azurewebsites.net'), name: 'Web app', instances: 3 }],
		loadBalancer: { publicHost: 'www.example.com', stickySessions: 'none', product: 'azure-front-door' },
		database: { engine: 'azure-sql' },
		files: { strategy: 'azure-web-apps', media: 'blob' },
		keys: { shared: true, store: 'azure-blob' },
		sessions: { store: 'sql-server' },
		applicationUrl: 'https://www.example.com',
		backoffice: { mode: 'load-balanced', signalR: 'azure-signalr', isolatedCaches: true },
		logging: { centralSink: 'application-insights' },
		staging: { loadBalanced: true },
	},
};

const engageBase = {
	hosting: 'iis',
	servers: [
		{ id: 'cm', name: 'CM server', host: 'cms.example.com', kind: 'backoffice', role: 'publisher' },
		{ id: 'cd-1', name: 'CD 1', host: 'cd1.corp.local', kind: 'frontend', role: 'subscriber' },
		{ id: 'cd-2', name: 'CD 2', host: 'cd2.corp.local', kind: 'frontend', role: 'subscriber' },
	],
	loadBalancer: { publicHost: 'www.example.com', stickySessions: 'cookie', product: 'nginx' },
	files: { strategy: 'replication', media: 'blob' },
	keys: { shared: true, store: 'database' },
	sessions: { store: 'sql-server' },
	applicationUrl: 'https://www.example.com',
	logging: { centralSink: 'application-insights' },
	staging: { loadBalanced: true },
} satisfies Omit<PlanInput, 'planVersion' | 'name' | 'umbraco'>;

export const engageV13: Preset = {
	id: 'engage-v13',
	title: 'Umbraco Engage 13: CM and two CD servers',
	description:
		'Engage on Umbraco 13 with the backoffice on cms.example.com and the site on www.example.com. Only the CM server processes analytics, the ping path reaches the CD servers, affinity is cookie-based and the auth cookie is shared on .example.com for the Cockpit.',
	plan: {
		planVersion: 1,
		name: 'Engage 13 CM/CD',
		umbraco: '13.5.2',
		...engageBase,
		// Before 17.7 the CM server must not overlap recycles (R72).
		servers: engageBase.servers.map((s) => (s.id === 'cm' ? { ...s, settings: { disableOverlappedRecycling: true } } : s)),
		engage: { cmServer: 'cm', cockpitHost: 'www.example.com', authCookieDomain: '.example.com', pingReachable: true, requireHttps: true },
	},
};

export const engageV17: Preset = {
	id: 'engage-v17',
	title: 'Umbraco Engage 17: CM and two CD servers with Open Cockpit',
	description:
		'The same CM/CD shape on Umbraco 17: editors open the Cockpit from the Engage section with a short-lived token, which relies on the shared Data Protection keys; HTTPS stays required.',
	plan: {
		planVersion: 1,
		name: 'Engage 17 CM/CD',
		umbraco: '17.8.1',
		...engageBase,
		engage: { cmServer: 'cm', cockpitHost: 'www.example.com', cockpitAccess: 'open-cockpit', pingReachable: true, requireHttps: true },
	},
};
