/**
 * Builder edits of the parts of a draft that are not servers: the load balancer, file and
 * media storage, the database, the session store, the SignalR backplane, the key store and
 * Umbraco Engage. Each returns a new draft, never throws, and changes only what it names.
 * A choice the person makes (an engine, a store) is written even when it equals the
 * schema's default, so the document says what was chosen.
 */
import type { PlanDraft } from './draft';
import { addServer } from './edit-servers';
import type { PlanInput } from './schema';
import { setAt } from './set-at';

type Files = PlanInput['files'];
/** `files.strategy`: how the site files reach every server. */
export type FileStrategy = Files['strategy'];
/** `files.media`: where media files live. */
export type MediaStore = NonNullable<Files['media']>;
/** `database.engine`. */
export type DatabaseEngine = NonNullable<NonNullable<PlanInput['database']>['engine']>;
/** `sessions.store`: session state (v7/v8) or IDistributedCache (v9+). */
export type SessionStore = NonNullable<NonNullable<PlanInput['sessions']>['store']>;
/** `backoffice.signalR`: the backplane of a load-balanced backoffice. */
export type SignalRBackplane = NonNullable<NonNullable<PlanInput['backoffice']>['signalR']>;
/** `keys.store`: where the machine key or Data Protection key ring is kept. */
export type KeyStore = NonNullable<NonNullable<PlanInput['keys']>['store']>;
/** `loadBalancer.stickySessions`: session affinity. */
export type StickySessions = NonNullable<PlanInput['loadBalancer']['stickySessions']>;

/** The public host a new load balancer gets until the person types theirs. */
export const examplePublicHost = 'www.example.com';

/** Adds a load balancer for `www.example.com` when the draft has none. */
export function addLoadBalancer(draft: PlanDraft): PlanDraft {
	return draft.loadBalancer ? draft : setAt(draft, ['loadBalancer'], { publicHost: examplePublicHost });
}

/** Removes the load balancer (a plan file needs one again before it is complete). */
export function removeLoadBalancer(draft: PlanDraft): PlanDraft {
	return setAt(draft, ['loadBalancer'], undefined);
}

/** Sets the load balancer's session affinity; a draft without a load balancer is left as it is. */
export function setStickySessions(draft: PlanDraft, value: StickySessions): PlanDraft {
	return draft.loadBalancer ? setAt(draft, ['loadBalancer', 'stickySessions'], value) : draft;
}

/** Chooses how the site files reach every server, creating `files` when the draft has none. */
export function setFileStrategy(draft: PlanDraft, strategy: FileStrategy): PlanDraft {
	return draft.files ? setAt(draft, ['files', 'strategy'], strategy) : setAt(draft, ['files'], { strategy });
}

/**
 * Chooses where media lives. A media path only means something for a UNC share, so it is
 * dropped with any other choice. A draft without `files` gets them, with the strategy
 * media in shared storage usually goes with: Azure Web Apps storage on Azure, else
 * standalone servers.
 */
export function setMediaStore(draft: PlanDraft, media: MediaStore): PlanDraft {
	if (!draft.files) {
		const strategy: FileStrategy = draft.hosting === 'azure-web-apps' ? 'azure-web-apps' : 'standalone';
		return setAt(draft, ['files'], { strategy, media });
	}
	const next = setAt(draft, ['files', 'media'], media);
	return media === 'unc' ? next : setAt(next, ['files', 'mediaPath'], undefined);
}

/** Chooses the database engine (written explicitly). */
export function setDatabaseEngine(draft: PlanDraft, engine: DatabaseEngine): PlanDraft {
	return setAt(draft, ['database', 'engine'], engine);
}

/** Chooses the session store (v7/v8) or IDistributedCache (v9+). */
export function setSessionStore(draft: PlanDraft, store: SessionStore): PlanDraft {
	return setAt(draft, ['sessions', 'store'], store);
}

/** Chooses the backoffice SignalR backplane. */
export function setSignalR(draft: PlanDraft, signalR: SignalRBackplane): PlanDraft {
	return setAt(draft, ['backoffice', 'signalR'], signalR);
}

/**
 * Chooses where the machine key (v7/v8) or Data Protection key ring (v9+) is kept. A store
 * is shared by every server, so a `shared: false` goes (back to the default, shared).
 */
export function setKeyStore(draft: PlanDraft, store: KeyStore): PlanDraft {
	const next = setAt(draft, ['keys', 'store'], store);
	return next.keys?.shared === false ? setAt(next, ['keys', 'shared'], undefined) : next;
}

/**
 * Adds Umbraco Engage with a CM server: the Engage CM server already set, else the first
 * backoffice server, else a new backoffice server. `id` is the CM server's id (undefined,
 * with the draft unchanged, when a server would be needed but the draft is full).
 */
export function addEngage(draft: PlanDraft): { draft: PlanDraft; id: string | undefined } {
	const current = draft.engage?.cmServer;
	if (current !== undefined && draft.servers.some((s) => s.id === current)) return { draft, id: current };
	let next = draft;
	let id = draft.servers.find((s) => s.kind === 'backoffice')?.id;
	if (id === undefined) ({ draft: next, id } = addServer(draft, 'backoffice'));
	if (id === undefined) return { draft, id: undefined };
	return { draft: setAt(next, next.engage ? ['engage', 'cmServer'] : ['engage'], next.engage ? id : { cmServer: id }), id };
}

/** Removes Umbraco Engage. */
export function removeEngage(draft: PlanDraft): PlanDraft {
	return setAt(draft, ['engage'], undefined);
}
