/**
 * Plan → ELK graph (pure). Visitors on top, then the load balancer, which fans out to one
 * compound node holding every server behind it; servers outside the load balancer (the
 * classic dedicated backoffice) stand beside it with an "Editors" box above; the shared
 * database, file storage, cache, SignalR backplane and key store sit on the bottom layer.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import { isBackofficeLoadBalanced, isBehindLoadBalancer } from '../domain/plan/queries';
import { canvasPartIds, serverPartId } from '../domain/plan/parts';
import type { Plan, Server } from '../domain/plan/schema';
import * as info from './box-labels';
import { BOX_SIZES, bottomLayerOptions, groupOptions, layeredDown } from './options';
import type { BoxInfo } from './types';

/** An ELK node that carries its box text through the layout run (ELK keeps unknown fields). */
export interface DiagramElkNode extends ElkNode {
	diagram: BoxInfo;
	children?: DiagramElkNode[];
}

/** The ELK graph of a plan; every edge is declared on the root. */
export interface DiagramElkGraph extends ElkNode {
	children: DiagramElkNode[];
	edges: ElkExtendedEdge[];
}

/**
 * Ids of the boxes that are not servers. The boxes that stand for plan parts use the
 * domain's canvas part ids, so a finding's part, a selection and a box are the same string.
 */
export const nodeIds = {
	root: 'diagram',
	visitors: 'visitors',
	editors: 'editors',
	group: 'behind-load-balancer',
	...canvasPartIds,
} as const;

/** The box id of a plan server; prefixed so a server called "database" cannot clash. */
export const serverNodeId = serverPartId;

function leaf(id: string, diagram: BoxInfo, layoutOptions?: LayoutOptions): DiagramElkNode {
	if (diagram.kind === 'group') throw new Error(`"${id}" is a group, not a leaf box`);
	return { id, ...BOX_SIZES[diagram.kind], diagram, ...(layoutOptions ? { layoutOptions } : {}) };
}

function edge(from: string, to: string): ElkExtendedEdge {
	return { id: `${from}->${to}`, sources: [from], targets: [to] };
}

/** Shared resources present in the plan, in bottom-row order. */
export function resourcesOf(plan: Plan): [id: string, box: BoxInfo][] {
	const all: [string, BoxInfo | undefined][] = [
		[nodeIds.database, info.databaseInfo(plan)],
		[nodeIds.files, info.fileStoreInfo(plan)],
		[nodeIds.media, info.mediaStoreInfo(plan)],
		[nodeIds.cache, info.cacheInfo(plan)],
		[nodeIds.signalR, info.signalRInfo(plan)],
		[nodeIds.keys, info.keyStoreInfo(plan)],
	];
	return all.filter((entry): entry is [string, BoxInfo] => entry[1] !== undefined);
}

/** Which resources a server talks to: all of them (every server reads the key ring), except the backplane for site-only servers. */
function usesResource(plan: Plan, server: Server, resourceId: string): boolean {
	if (resourceId !== nodeIds.signalR) return true;
	return server.kind === 'backoffice' || (isBackofficeLoadBalanced(plan) && isBehindLoadBalancer(server));
}

/** Where editors enter: each directly reachable backoffice server, else the load balancer. */
function editorTargets(plan: Plan, outside: readonly Server[]): string[] {
	const direct = outside.filter((s) => s.kind === 'backoffice').map((s) => serverNodeId(s.id));
	if (direct.length > 0) return direct;
	const servesBackoffice = isBackofficeLoadBalanced(plan) || plan.servers.some((s) => s.kind === 'backoffice');
	return servesBackoffice ? [nodeIds.loadBalancer] : [];
}

/**
 * Maps a plan to the ELK graph of its topology diagram.
 * @example toElkGraph(plan).children.map((n) => n.id) // ['visitors', 'load-balancer', 'behind-load-balancer', 'editors', 'server:admin', 'database', …]
 */
export function toElkGraph(plan: Plan): DiagramElkGraph {
	const serverNode = (s: Server) => leaf(serverNodeId(s.id), info.serverInfo(plan, s));
	const inside = plan.servers.filter(isBehindLoadBalancer);
	const outside = plan.servers.filter((s) => !isBehindLoadBalancer(s));
	const children = [leaf(nodeIds.visitors, { kind: 'visitors', label: 'Visitors' }), leaf(nodeIds.loadBalancer, info.loadBalancerInfo(plan))];
	const edges = [edge(nodeIds.visitors, nodeIds.loadBalancer)];
	if (inside.length > 0) {
		children.push({ id: nodeIds.group, diagram: info.groupInfo(plan), layoutOptions: { ...groupOptions }, children: inside.map(serverNode) });
		edges.push(...inside.map((s) => edge(nodeIds.loadBalancer, serverNodeId(s.id))));
	}
	const editors = editorTargets(plan, outside);
	if (editors.length > 0) {
		children.push(leaf(nodeIds.editors, { kind: 'visitors', label: 'Editors' }));
		edges.push(...editors.map((to) => edge(nodeIds.editors, to)));
	}
	children.push(...outside.map(serverNode));
	const resources = resourcesOf(plan);
	children.push(...resources.map(([id, box]) => leaf(id, box, { ...bottomLayerOptions })));
	for (const server of plan.servers) {
		const used = resources.filter(([id]) => usesResource(plan, server, id));
		edges.push(...used.map(([id]) => edge(serverNodeId(server.id), id)));
	}
	// Copies of the option presets, so a caller that edits one graph's options cannot change the next.
	return { id: nodeIds.root, layoutOptions: { ...layeredDown }, children, edges };
}
