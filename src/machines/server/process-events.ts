/** Events of a server process: from the cluster, from other processes, and to the cluster. */
import type { AnyActorRef } from 'xstate';

/** Scenario actions the cluster routes to a process. */
export type ProcessCommand =
	| { readonly type: 'server.request'; readonly at: number }
	| { readonly type: 'server.publish'; readonly at: number; readonly instructions: number }
	| { readonly type: 'server.edit'; readonly at: number; readonly instructions: number }
	| { readonly type: 'server.stop'; readonly at: number }
	| { readonly type: 'server.crash'; readonly at: number }
	| { readonly type: 'server.dbHang'; readonly at: number; readonly until: number };

/** MainDom hand-over between two processes of one server (an overlapping restart) [§5]. */
export type MainDomEvent =
	| { readonly type: 'mainDom.releaseRequested'; readonly at: number; readonly contender: AnyActorRef }
	/** `lastSynced`: the local last-synced file as the releasing process leaves it. */
	| { readonly type: 'mainDom.granted'; readonly at: number; readonly lastSynced: number | null };

/** What a process tells the cluster about itself. */
export interface ProcessPhaseEvent {
	readonly type: 'process.phase';
	readonly serverId: string;
	readonly incarnation: number;
	readonly order: number;
	readonly at: number;
	readonly phase: 'serving' | 'bootFailed' | 'ended';
	/** On `ended`: the process's last-synced id, which its local file keeps. */
	readonly lastSynced: number | null;
}

/** What a v17 process tells the distributed job hosts. */
export type HostEvent =
	| { readonly type: 'host.started'; readonly at: number; readonly serverId: string; readonly order: number; readonly incarnation: number }
	| { readonly type: 'host.stopped'; readonly serverId: string; readonly incarnation: number };
