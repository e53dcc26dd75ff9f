/**
 * Edits of a scenario document (scenario file v1 as written) made from the visual simulator:
 * an action injected at second `t` forks the run (every event after `t` is dropped, as in
 * RaftScope), servers join or leave at `t`. Pure: a document in, a new document out; the
 * caller validates the result like any other scenario.
 */
import type { EventKind, RecycleMainDom } from '../scenario/scenario-types';

/** A scenario document as the simulator keeps it: scenario file v1 with its fields as written. */
export interface ScenarioDocument {
	readonly umbraco: string;
	readonly settings?: Readonly<Record<string, number | boolean>>;
	readonly servers: readonly Readonly<Record<string, unknown>>[];
	readonly events?: readonly Readonly<Record<string, unknown>>[];
	readonly until: number;
}

/** An action the page injects for one server. */
export type InjectedAction =
	| { readonly do: Exclude<EventKind, 'publish' | 'edit' | 'dbFailure' | 'dbHang' | 'recycle'> }
	| { readonly do: 'recycle'; readonly mainDom?: RecycleMainDom }
	| { readonly do: 'publish' | 'edit'; readonly instructions: number }
	| { readonly do: 'dbFailure' | 'dbHang'; readonly seconds: number };

/** The scenario event of an injected action at second `t`. */
function injectedEvent(t: number, server: string, action: InjectedAction): Readonly<Record<string, unknown>> {
	switch (action.do) {
		case 'dbFailure':
		case 'dbHang':
			return { at: t, server, do: action.do, until: t + action.seconds };
		case 'publish':
		case 'edit':
			return { at: t, server, do: action.do, instructions: action.instructions };
		case 'recycle':
			return action.mainDom === undefined ? { at: t, server, do: 'recycle' } : { at: t, server, do: 'recycle', mainDom: action.mainDom };
		default:
			return { at: t, server, do: action.do };
	}
}

/** Seconds an injection near the end adds, so what it causes can still be watched. */
export const injectionRunway = 300;

/** Tells whether a value looks like a scenario document (a plain object with a servers list). */
export function isScenarioDocument(value: unknown): value is ScenarioDocument {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as { servers?: unknown }).servers);
}

/** The document's events up to and including second `t`: the past a fork keeps. */
function pastEvents(document: ScenarioDocument, t: number): Readonly<Record<string, unknown>>[] {
	return (document.events ?? []).filter((event) => typeof event['at'] !== 'number' || event['at'] <= t);
}

function withRunway(document: ScenarioDocument, until: number): number {
	return Math.max(document.until, until + injectionRunway);
}

/** Forks the run at second `t` with one action on `server`; later events are dropped. */
export function injectAction(document: ScenarioDocument, t: number, server: string, action: InjectedAction): ScenarioDocument {
	const event = injectedEvent(t, server, action);
	const end = action.do === 'dbFailure' || action.do === 'dbHang' ? t + action.seconds : t;
	return { ...document, events: [...pastEvents(document, t), event], until: withRunway(document, end) };
}

/** The first id of the form `<prefix><n>` that no server uses yet. */
export function freeServerId(document: ScenarioDocument, prefix = 'web'): string {
	const taken = new Set(document.servers.map((server) => String(server['id'])));
	let n = document.servers.length + 1;
	while (taken.has(`${prefix}${n}`)) n += 1;
	return `${prefix}${n}`;
}

/** Forks the run at second `t` with a new server whose first process starts then. */
export function addServer(document: ScenarioDocument, t: number, id = freeServerId(document)): ScenarioDocument {
	return { ...document, servers: [...document.servers, { id, start: t }], events: pastEvents(document, t), until: withRunway(document, t) };
}

/**
 * Takes a server out at second `t`. One that has not started by then leaves the scenario with
 * its events; one that has is stopped gracefully, as when a node is taken out of a farm: its
 * `umbracoServer` row stays until another server's touch finds it stale.
 */
export function removeServer(document: ScenarioDocument, t: number, id: string): ScenarioDocument {
	const server = document.servers.find((candidate) => candidate['id'] === id);
	if (!server) return document;
	const started = typeof server['start'] === 'number' && server['start'] <= t;
	if (started) return injectAction(document, t, id, { do: 'stop' });
	return {
		...document,
		servers: document.servers.filter((candidate) => candidate !== server),
		events: pastEvents(document, t).filter((event) => event['server'] !== id),
	};
}
