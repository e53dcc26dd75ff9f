/**
 * The builder's palette: the parts a person can add to a design, each a pure edit of the
 * draft, and the canvas part a finding's JSON path belongs to. Canvas part ids are the
 * diagram's box ids (`src/layout/to-elk-graph.ts` `nodeIds`, `serverNodeId`), plus `keys`.
 */
import { findBand } from '../versions/catalogue';
import type { PlanDraft } from './draft';
import * as edit from './edit';
import type { KeyStore } from './edit';

/** Ids of the canvas parts that are not servers. */
export const canvasPartIds = {
	loadBalancer: 'load-balancer',
	database: 'database',
	files: 'files',
	media: 'media',
	cache: 'cache',
	signalR: 'signalr',
	keys: 'keys',
} as const;

/** The canvas part id of a server, e.g. `server:web-1`. */
export const serverPartId = (serverId: string): string => `server:${serverId}`;

/** The server id of a canvas part id, or undefined when the part is not a server. */
export const serverIdOfPart = (partId: string): string | undefined => (partId.startsWith('server:') ? partId.slice('server:'.length) : undefined);

/** The palette's sections. */
export type PartGroup = 'servers' | 'traffic' | 'data' | 'files' | 'services' | 'engage';

/** What adding a part gives: the new draft, and the canvas part to select (when it is drawn). */
export interface PartAdded {
	readonly draft: PlanDraft;
	readonly select?: string;
}

/** One entry of the palette. */
export interface PalettePart {
	/** Stable kebab-case id of the palette entry (not a canvas part id). */
	readonly id: string;
	/** Button text, imperative. */
	readonly label: string;
	readonly group: PartGroup;
	/** One sentence: what the part is for. */
	readonly description: string;
	add(draft: PlanDraft): PartAdded;
}

const selecting = (draft: PlanDraft, select: string | undefined): PartAdded => (select === undefined ? { draft } : { draft, select });

const addServerPart = (kind: edit.ServerKind) => (draft: PlanDraft) => {
	const added = edit.addServer(draft, kind);
	return selecting(added.draft, added.id && serverPartId(added.id));
};

/** Where the key ring goes: a machine key in web.config (v7/v8), else shared storage that suits the hosting. */
function suitableKeyStore(draft: PlanDraft): KeyStore {
	if (findBand(draft.umbraco)?.keys === 'machine-key') return 'config';
	return draft.hosting === 'azure-web-apps' ? 'azure-blob' : draft.hosting === 'containers' ? 'redis' : 'file-share';
}

const exampleMediaPath = '//fileserver/umbraco-media';

const part = (id: string, label: string, group: PartGroup, description: string, add: (draft: PlanDraft) => PartAdded): PalettePart => ({ id, label, group, description, add });

const files = (id: string, label: string, strategy: edit.FileStrategy, description: string): PalettePart =>
	part(id, label, 'files', description, (d) => selecting(edit.setFileStrategy(d, strategy), strategy === 'standalone' ? undefined : canvasPartIds.files));

const media = (id: string, label: string, store: 'blob' | 's3', description: string): PalettePart =>
	part(id, label, 'files', description, (d) => ({ draft: edit.setMediaStore(d, store), select: canvasPartIds.media }));

const cache = (id: string, label: string, store: edit.SessionStore, description: string): PalettePart =>
	part(id, label, 'services', description, (d) => ({ draft: edit.setSessionStore(d, store), select: canvasPartIds.cache }));

const signalR = (id: string, label: string, backplane: edit.SignalRBackplane, description: string): PalettePart =>
	part(id, label, 'services', description, (d) => ({ draft: edit.setSignalR(d, backplane), select: canvasPartIds.signalR }));

/** The palette, in the order it is shown. */
export const paletteParts: readonly PalettePart[] = [
	part('backoffice-server', 'Add backoffice server', 'servers', 'A server editors use, outside the load balancer unless the backoffice is load balanced (v17).', addServerPart('backoffice')),
	part('frontend-server', 'Add front-end server', 'servers', 'A server that serves the public site from behind the load balancer.', addServerPart('frontend')),
	part('load-balancer', 'Add load balancer', 'traffic', 'Spreads visitors over the front-ends; set its public host name next.', (d) => ({ draft: edit.addLoadBalancer(d), select: canvasPartIds.loadBalancer })),
	part('database', 'Add database', 'data', 'The one database every server shares: SQL Server, or Azure SQL on Azure.', (d) => {
		const engine = d.hosting === 'azure-web-apps' ? 'azure-sql' : 'sql-server';
		return { draft: d.database?.engine === undefined ? edit.setDatabaseEngine(d, engine) : d, select: canvasPartIds.database };
	}),
	files('files-central-share', 'Add central file share', 'central-share', 'Every server runs the site from one shared folder (SMB/UNC).'),
	files('files-replication', 'Add file replication', 'replication', 'Each server has its own copy of the site, kept in step by replication such as DFS.'),
	files('files-azure-web-apps', 'Use Azure Web Apps storage', 'azure-web-apps', 'The instances of an Azure web app share its file system.'),
	files('files-standalone', 'Keep files on each server', 'standalone', 'Each server has its own files, deployed to all of them; media must then live in shared storage.'),
	media('media-blob', 'Add blob media storage', 'blob', 'Media files in Azure Blob storage, shared by every server.'),
	media('media-s3', 'Add S3 media storage', 's3', 'Media files in an S3 bucket, shared by every server.'),
	part('media-unc', 'Add UNC media share', 'files', 'Media files on a network share every server reaches; set its path next.', (d) => {
		const next = edit.setMediaStore(d, 'unc');
		const withPath = next.files?.mediaPath === undefined ? edit.setAt(next, ['files', 'mediaPath'], exampleMediaPath) : next;
		return { draft: withPath, select: canvasPartIds.media };
	}),
	cache('cache-redis', 'Add Redis cache', 'redis', 'Session state (v7/v8) or the IDistributedCache (v9+) in Redis.'),
	cache('cache-sql-server', 'Add SQL Server session/cache store', 'sql-server', 'Session state or the IDistributedCache in SQL Server.'),
	signalR('signalr-redis', 'Add SignalR backplane (Redis)', 'redis', 'Carries backoffice notifications between the nodes of a load-balanced backoffice (v17).'),
	signalR('signalr-sql-server', 'Add SignalR backplane (SQL Server)', 'sql-server', 'A SQL Server backplane for the backoffice SignalR hubs of a load-balanced backoffice (v17).'),
	signalR('signalr-azure', 'Add Azure SignalR Service', 'azure-signalr', 'Azure SignalR Service holds the backoffice connections, so no sticky sessions are needed (v17).'),
	part('key-store', 'Add Data Protection key store', 'services', 'One machine key (v7/v8) or Data Protection key ring (v9+) that every server shares.', (d) => ({
		draft: edit.setKeyStore(d, suitableKeyStore(d)),
		select: canvasPartIds.keys,
	})),
	part('engage-cm', 'Add Umbraco Engage CM server', 'engage', 'Umbraco Engage with its content-management server (a backoffice server is added if there is none).', (d) => {
		const added = edit.addEngage(d);
		return selecting(added.draft, added.id && serverPartId(added.id));
	}),
];

/** The server of a `servers[2]…` path, by the draft's order. */
function serverOfPath(draft: PlanDraft, path: string): string | undefined {
	const match = /^servers\[(\d+)\]/.exec(path);
	const id = match ? draft.servers[Number(match[1])]?.id : undefined;
	return id === undefined ? undefined : serverPartId(id);
}

const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/**
 * The canvas part a finding's path points at: `servers[2].settings.mainDomLock` → the part
 * of that server, `loadBalancer.*` → `load-balancer`, `files.media*` → `media`, `files.*` →
 * `files`, `database.*` → `database`, `sessions.*` → `cache`, `backoffice.signalR` →
 * `signalr`, `keys.*` → `keys`, `engage.*` → the Engage CM server, `legacy.courierTarget`
 * → the Courier target; anything else (plan-wide paths) → undefined.
 */
export function partOfPath(draft: PlanDraft, path: string): string | undefined {
	if (under(path, 'servers')) return serverOfPath(draft, path);
	if (under(path, 'loadBalancer')) return canvasPartIds.loadBalancer;
	if (path.startsWith('files.media')) return canvasPartIds.media;
	if (under(path, 'files')) return canvasPartIds.files;
	if (under(path, 'database')) return canvasPartIds.database;
	if (under(path, 'sessions')) return canvasPartIds.cache;
	if (under(path, 'backoffice.signalR')) return canvasPartIds.signalR;
	if (under(path, 'keys')) return canvasPartIds.keys;
	const referenced = under(path, 'engage') ? draft.engage?.cmServer : path === 'legacy.courierTarget' ? draft.legacy?.courierTarget : undefined;
	return referenced !== undefined && draft.servers.some((s) => s.id === referenced) ? serverPartId(referenced) : undefined;
}

/** Alias of `partOfPath`. */
export const partIdOfPath = partOfPath;
