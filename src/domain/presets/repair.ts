/**
 * Designs to repair: schema-valid plans that are wrong on purpose, for workshops. Each
 * breaks a few rules that a lesson teaches; the builder's findings and fixes repair them.
 */
import type { Preset } from './types';

const onShare = (id: string, name: string, host: string, kind: 'backoffice' | 'frontend') =>
	// Explicit "default" placement: temp files and indexes stay in the site folder, i.e. on the share.
	({ id, name, host, kind, settings: { localTemp: 'default', examineFactory: 'default' } }) as const;

export const repairV13ElectionSharedTemp: Preset = {
	id: 'repair-v13-election-shared-temp',
	title: 'To repair: Umbraco 13 farm left to election, temp files on the central share',
	description:
		'An admin server and two front-ends run from one SMB share, with no server roles pinned and no application URL while the load balancer forwards internal host names. Every server keeps its temp files and Examine indexes in the site folder, which is the share they all write to, and the admin server recycles overlapped, which on 13.x can silently stop its cache instructions.',
	purpose: 'repair',
	plan: {
		planVersion: 1,
		name: 'Umbraco 13 farm to repair',
		umbraco: '13.5.2',
		hosting: 'iis',
		servers: [
			onShare('admin', 'Admin', 'admin.corp.local', 'backoffice'),
			onShare('web-1', 'Web 1', 'web1.corp.local', 'frontend'),
			onShare('web-2', 'Web 2', 'web2.corp.local', 'frontend'),
		],
		loadBalancer: { publicHost: 'www.example.com', product: 'iis-arr', forwardsInternalHostNames: true },
		files: { strategy: 'central-share', media: 'unc', mediaPath: '//fileserver/umbraco-media' },
		keys: { shared: true, store: 'file-share' },
		sessions: { store: 'sql-server' },
		logging: { centralSink: 'seq' },
		staging: { loadBalanced: true },
	},
};

export const repairV8AzureMainDom: Preset = {
	id: 'repair-v8-azure-maindom',
	title: 'To repair: Umbraco 8.6.2 on Azure without MainDom settings or a machine key',
	description:
		'An admin web app and a public app scaled out to two instances on Umbraco 8.6.2, with neither SqlMainDomLock on the Master nor overlapped recycling switched off on the replicas. The apps do not share a machine key, and the version is below the 8.6.4 the docs ask for.',
	purpose: 'repair',
	plan: {
		planVersion: 1,
		name: 'Umbraco 8.6 on Azure to repair',
		umbraco: '8.6.2',
		hosting: 'azure-web-apps',
		servers: [
			{ id: 'admin', name: 'Admin app', host: 'example-admin.azurewebsites.net', kind: 'backoffice', role: 'publisher', settings: { mainDomLock: 'default' } },
			{
				id: 'public',
				name: 'Public app',
				host: 'example-public.azurewebsites.net',
				kind: 'frontend',
				role: 'subscriber',
				instances: 2,
				settings: { disableOverlappedRecycling: false },
			},
		],
		loadBalancer: { publicHost: 'www.example.com', product: 'azure-front-door' },
		database: { engine: 'azure-sql' },
		files: { strategy: 'azure-web-apps', media: 'blob' },
		keys: { shared: false, store: 'config' },
		sessions: { store: 'sql-server', used: true },
		applicationUrl: 'https://www.example.com',
		logging: { centralSink: 'application-insights' },
		staging: { loadBalanced: true },
	},
};

const node = (n: number) => ({ id: `node-${n}`, name: `Node ${n}`, host: `node${n}.corp.local`, kind: 'backoffice', behindLoadBalancer: true }) as const;

export const repairV17BackofficeNoBackplane: Preset = {
	id: 'repair-v17-lb-backoffice-no-backplane',
	title: 'To repair: Umbraco 17 load-balanced backoffice without a SignalR backplane or sticky sessions',
	description:
		'Three nodes behind nginx all serve the backoffice, but they are left to election, the isolated caches are not load balanced, and temporary uploads stay on each node. Without sticky sessions and without a SignalR backplane, editors on one node miss what happens on the others.',
	purpose: 'repair',
	plan: {
		planVersion: 1,
		name: 'Umbraco 17 load-balanced backoffice to repair',
		umbraco: '17.8.1',
		hosting: 'iis',
		servers: [node(1), node(2), node(3)],
		loadBalancer: { publicHost: 'www.example.com', product: 'nginx' },
		files: { strategy: 'central-share', media: 'unc', mediaPath: '//fileserver/umbraco-media' },
		keys: { shared: true, store: 'redis' },
		sessions: { store: 'redis' },
		applicationUrl: 'https://www.example.com',
		backoffice: { mode: 'load-balanced' },
		logging: { centralSink: 'seq' },
		staging: { loadBalanced: true },
	},
};

/** The designs to repair, in the order they are taught. */
export const repairPresets: readonly Preset[] = [repairV13ElectionSharedTemp, repairV8AzureMainDom, repairV17BackofficeNoBackplane];
