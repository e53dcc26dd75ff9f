/**
 * Box sizes and ELK option presets for the topology diagram. Option names and values are
 * from the ELK reference, https://eclipse.dev/elk/reference/options.html.
 */
import type { LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { BoxKind } from './types';

/** Width and height of a box in diagram units (CSS pixels when the SVG is shown 1:1). */
export interface BoxSize {
	readonly width: number;
	readonly height: number;
}

/** Visitors and editors: one short word, so a small box. */
export const PEOPLE_BOX: BoxSize = { width: 140, height: 40 };

/** Load balancer: product name plus the public host name, which can be long. */
export const LOAD_BALANCER_BOX: BoxSize = { width: 240, height: 52 };

/** A server: display name, then its official role and instance count ("SchedulingPublisher · × 4 instances"). */
export const SERVER_BOX: BoxSize = { width: 240, height: 52 };

/** Database, file storage, cache, SignalR backplane and key store on the bottom layer. */
export const RESOURCE_BOX: BoxSize = { width: 220, height: 52 };

/** Fixed size per leaf box kind; groups are sized by ELK around their children. */
export const BOX_SIZES: Readonly<Record<Exclude<BoxKind, 'group'>, BoxSize>> = {
	visitors: PEOPLE_BOX,
	'load-balancer': LOAD_BALANCER_BOX,
	server: SERVER_BOX,
	database: RESOURCE_BOX,
	storage: RESOURCE_BOX,
	cache: RESOURCE_BOX,
	signalr: RESOURCE_BOX,
	keys: RESOURCE_BOX,
};

/** Room above a group's children for its two heading lines. */
export const GROUP_HEADER_HEIGHT = 44;

/** Gap between a group's border and its children on the other three sides. */
export const GROUP_PADDING = 16;

/**
 * Top-down layered layout of the whole plan in one pass. `INCLUDE_CHILDREN` lays out the
 * group's servers together with the outer boxes, so edges from a server inside the group to
 * the database outside it are routed in one piece rather than stitched at the border.
 */
export const layeredDown: LayoutOptions = {
	'elk.algorithm': 'layered',
	'elk.direction': 'DOWN',
	'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
	'elk.edgeRouting': 'ORTHOGONAL',
	'elk.padding': '[top=16,left=16,bottom=16,right=16]',
	'elk.spacing.nodeNode': '32',
	'elk.spacing.edgeNode': '16',
	'elk.spacing.edgeEdge': '8',
	'elk.layered.spacing.nodeNodeBetweenLayers': '48',
	'elk.layered.spacing.edgeNodeBetweenLayers': '16',
	// Stability: keep plan order within a layer and a fixed seed, so the same plan always gets
	// the same picture and adding a server does not reshuffle the others.
	'elk.randomSeed': '1',
	'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
	'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
	// Brandes–Köpf with balanced alignment centres the load balancer over the servers it fans
	// out to, at about a third of network simplex's cost on a 50-box plan.
	'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
	'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
	// Edges into the same box share their last stretch: servers reach the shared resources
	// over one bus instead of a criss-cross of parallel lines.
	'elk.layered.mergeEdges': 'true',
	// Pinned to ELK's defaults because `fromElkGraph` depends on them: shapes relative to their
	// parent, edge points relative to the edge's `container` node.
	'elk.json.shapeCoords': 'PARENT',
	'elk.json.edgeCoords': 'CONTAINER',
};

/** Options of the "Behind the load balancer" group node: room for its heading. */
export const groupOptions: LayoutOptions = {
	'elk.padding': `[top=${GROUP_HEADER_HEIGHT},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
};

/** Options of the shared resources: always on the bottom layer, below every server. */
export const bottomLayerOptions: LayoutOptions = {
	'elk.layered.layering.layerConstraint': 'LAST',
};
