/** Presets with a dedicated backoffice server: v7 to v16, on premises, Azure and containers. */
import type { Preset } from './types';

const admin = (host: string) => ({ id: 'admin', name: 'Admin', host, kind: 'backoffice', role: 'publisher' }) as const;
/** The v13 publisher: overlapped recycling off, so a restart never leaves it without MainDom (R72). */
const v13Admin = (host: string) => ({ ...admin(host), settings: { disableOverlappedRecycling: true } }) as const;
const web = (n: number, host: string) => ({ id: `web-${n}`, name: `Web ${n}`, host, kind: 'frontend', role: 'subscriber' }) as const;

export const v7IisDfs: Preset = {
	id: 'v7-iis-dfs',
	title: 'Umbraco 7 on IIS with DFS replication',
	description:
		'Umbraco 7.15 with flexible load balancing: one admin server outside the load balancer and two front-ends, site files kept in step by DFS. TEMP and umbraco.config stay out of replication; roles are pinned Master/Slave.',
	plan: {
		planVersion: 1,
		name: 'Umbraco 7 on IIS with DFS',
		umbraco: '7.15.10',
		hosting: 'iis',
		servers: [admin('admin.corp.local'), web(1, 'web1.corp.local'), web(2, 'web2.corp.local')],
		loadBalancer: { publicHost: 'www.example.com', product: 'hardware' },
		files: { strategy: 'replication', media: 'site-folder', replication: { excludesTemp: true, excludesUmbracoConfig: true, excludesLogs: true } },
		keys: { shared: true, store: 'config' },
		sessions: { store: 'sql-server', used: true },
		applicationUrl: 'https://www.example.com',
		logging: { sharedDirectory: false, fileNamePerMachine: true },
		staging: { loadBalanced: true },
	},
};

export const v8Azure: Preset = {
	id: 'v8-azure',
	title: 'Umbraco 8.18 on Azure Web Apps',
	description:
		'Two web apps on one Azure SQL database: a single-instance admin app and a public app scaled out to three instances. SqlMainDomLock on both, local temp storage, synced index on the admin app and temp-only indexes on the public app.',
	plan: {
		planVersion: 1,
		name: 'Umbraco 8 on Azure Web Apps',
		umbraco: '8.18.8',
		hosting: 'azure-web-apps',
		servers: [admin('example-admin.azurewebsites.net'), { ...web(1, 'example-public.azurewebsites.net'), name: 'Public app', instances: 3 }],
		loadBalancer: { publicHost: 'www.example.com', product: 'azure-front-door' },
		database: { engine: 'azure-sql' },
		files: { strategy: 'azure-web-apps', media: 'blob' },
		keys: { shared: true, store: 'config' },
		sessions: { store: 'sql-server', used: true },
		applicationUrl: 'https://www.example.com',
		logging: { centralSink: 'application-insights' },
		staging: { loadBalanced: true },
	},
};

export const v13CentralShare: Preset = {
	id: 'v13-central-share',
	title: 'Umbraco 13: dedicated backoffice and three front-ends on a central share',
	description:
		'An on-premises farm whose IIS sites all point at one highly available SMB share. Temporary files and Examine indexes stay on each machine; media lives on the share through UmbracoMediaPhysicalRootPath. The admin server’s application pool does not overlap recycles.',
	plan: {
		planVersion: 1,
		name: 'Umbraco 13 central share',
		umbraco: '13.5.2',
		hosting: 'iis',
		servers: [v13Admin('cms.corp.local'), web(1, 'web1.corp.local'), web(2, 'web2.corp.local'), web(3, 'web3.corp.local')],
		loadBalancer: { publicHost: 'www.example.com', product: 'iis-arr' },
		files: { strategy: 'central-share', media: 'unc', mediaPath: '//fileserver/umbraco-media' },
		keys: { shared: true, store: 'file-share' },
		sessions: { store: 'sql-server' },
		applicationUrl: 'https://www.example.com',
		logging: { centralSink: 'seq' },
		staging: { loadBalanced: true },
	},
};

export const v13Azure: Preset = {
	id: 'v13-azure',
	title: 'Umbraco 13 on Azure Web Apps',
	description:
		'Separate App Service plans for the admin app and the public app (scaled out to four instances), one Azure SQL database and Blob storage for media and Data Protection keys.',
	plan: {
		planVersion: 1,
		name: 'Umbraco 13 on Azure',
		umbraco: '13.5.2',
		hosting: 'azure-web-apps',
		servers: [v13Admin('example-admin.azurewebsites.net'), { ...web(1, 'example-public.azurewebsites.net'), name: 'Public app', instances: 4 }],
		loadBalancer: { publicHost: 'www.example.com', product: 'azure-front-door' },
		database: { engine: 'azure-sql' },
		files: { strategy: 'azure-web-apps', media: 'blob' },
		keys: { shared: true, store: 'azure-blob' },
		sessions: { store: 'sql-server' },
		applicationUrl: 'https://www.example.com',
		logging: { centralSink: 'application-insights' },
		azure: { deploymentSlots: false, separatePlans: true, sameRegion: true },
		staging: { loadBalanced: true },
	},
};

export const v16Containers: Preset = {
	id: 'v16-containers',
	title: 'Umbraco 16 in containers',
	description:
		'A backoffice container and a front-end deployment of three replicas behind nginx. Files are standalone (each image carries the site), media is in Blob storage, and Redis holds both the distributed cache and the Data Protection keys.',
	plan: {
		planVersion: 1,
		name: 'Umbraco 16 containers',
		umbraco: '16.3.0',
		hosting: 'containers',
		servers: [admin('umbraco-admin'), { ...web(1, 'umbraco-web'), name: 'Web deployment', instances: 3 }],
		loadBalancer: { publicHost: 'www.example.com', product: 'nginx' },
		files: { strategy: 'standalone', media: 'blob' },
		keys: { shared: true, store: 'redis' },
		sessions: { store: 'redis' },
		applicationUrl: 'https://www.example.com',
		logging: { centralSink: 'seq' },
		staging: { loadBalanced: true },
	},
};
