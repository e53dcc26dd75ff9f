/**
 * Laid-out ELK graph → boxes and edge polylines in absolute coordinates. ELK reports a
 * node's x/y relative to its parent, and an edge's points relative to its `container` —
 * the lowest common ancestor of its ends, which need not be the node the edge was
 * declared on (https://eclipse.dev/elk/documentation/tooldevelopers/graphdatastructure/coordinatesystem.html).
 */
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramElkNode } from './to-elk-graph';
import type { LayoutBox, LayoutEdge, LayoutPoint, LayoutResult } from './types';

type Origins = Map<string, LayoutPoint>;

/** What `ELK.layout` gives back for a `DiagramElkGraph` (its typings make `children` optional). */
export type LaidOutGraph = ElkNode & { children?: DiagramElkNode[] };

function placed(node: ElkNode): { x: number; y: number; width: number; height: number } {
	const { x, y, width, height } = node;
	if (x === undefined || y === undefined || width === undefined || height === undefined) {
		throw new Error(`node "${node.id}" has no position or size: run ELK on the graph first`);
	}
	return { x, y, width, height };
}

function collectBoxes(nodes: readonly DiagramElkNode[], origin: LayoutPoint, parent: string | undefined, origins: Origins, boxes: LayoutBox[]): void {
	for (const node of nodes) {
		const { x, y, width, height } = placed(node);
		const at = { x: origin.x + x, y: origin.y + y };
		origins.set(node.id, at);
		boxes.push({ id: node.id, ...node.diagram, ...at, width, height, ...(parent === undefined ? {} : { parent }) });
		collectBoxes(node.children ?? [], at, node.id, origins, boxes);
	}
}

/** Sections in path order: ELK links them with incoming/outgoing section ids. */
function orderedSections(sections: readonly ElkEdgeSection[]): ElkEdgeSection[] {
	if (sections.length <= 1) return [...sections];
	const byId = new Map(sections.map((s) => [s.id, s]));
	let current = sections.find((s) => !s.incomingSections?.length);
	const ordered: ElkEdgeSection[] = [];
	while (current && !ordered.includes(current)) {
		ordered.push(current);
		const next: string | undefined = current.outgoingSections?.[0];
		current = next === undefined ? undefined : byId.get(next);
	}
	return ordered.length === sections.length ? ordered : [...sections];
}

function toEdge(edge: ElkExtendedEdge, origin: LayoutPoint): LayoutEdge {
	const [from] = edge.sources;
	const [to] = edge.targets;
	if (from === undefined || to === undefined) throw new Error(`edge "${edge.id}" needs a source and a target`);
	const points: LayoutPoint[] = [];
	for (const section of orderedSections(edge.sections ?? [])) {
		for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
			const point = { x: origin.x + p.x, y: origin.y + p.y };
			const last = points.at(-1);
			if (!last || last.x !== point.x || last.y !== point.y) points.push(point);
		}
	}
	return { id: edge.id, from, to, points };
}

function collectEdges(node: ElkNode, origins: Origins, edges: LayoutEdge[]): void {
	for (const edge of node.edges ?? []) {
		// Without a `container` (older ELK), points are relative to the declaring node.
		const origin = origins.get(edge.container ?? node.id);
		if (!origin) throw new Error(`edge "${edge.id}" names an unknown container "${edge.container}"`);
		edges.push(toEdge(edge, origin));
	}
	for (const child of node.children ?? []) collectEdges(child, origins, edges);
}

/**
 * Reads a graph laid out by ELK into a `LayoutResult` with absolute coordinates.
 * Boxes come parents first in graph order; edges in declaration order.
 */
export function fromElkGraph(graph: LaidOutGraph): LayoutResult {
	const { width, height } = graph;
	if (width === undefined || height === undefined) throw new Error('the graph has no size: run ELK on it first');
	const origins: Origins = new Map([[graph.id, { x: 0, y: 0 }]]);
	const boxes: LayoutBox[] = [];
	collectBoxes(graph.children ?? [], { x: 0, y: 0 }, undefined, origins, boxes);
	const edges: LayoutEdge[] = [];
	collectEdges(graph, origins, edges);
	return { width, height, boxes, edges };
}
