/**
 * A first diagram without ELK, drawn synchronously while the ELK worker is still loading (a
 * share link must show its diagram within 3 s on a slow phone). It places the very graph
 * `toElkGraph` builds (same boxes, labels, sizes, parents and edges) on fixed layers in the
 * spirit of ELK's picture: visitors, the load balancer, the servers behind it in a group that
 * wraps into rows when wide, the servers outside it beside the group under the editors, and
 * the shared resources at the bottom. Edges are orthogonal; rows below a grid's first row are
 * reached through lanes down the grid's sides, so no edge runs through a box other than its
 * own two (edges into the group cross its heading, as in ELK's picture).
 */
import type { ElkExtendedEdge } from 'elkjs/lib/elk-api.js';
import type { Plan } from '../domain/plan/schema';
import { bottomLayerOptions, GROUP_HEADER_HEIGHT, GROUP_PADDING, layeredDown } from './options';
import { toElkGraph, type DiagramElkGraph, type DiagramElkNode } from './to-elk-graph';
import type { LayoutBox, LayoutEdge, LayoutPoint, LayoutResult } from './types';

/** The widest the quick diagram gets (padding included) before server and resource rows wrap. */
export const QUICK_MAX_WIDTH = 1100;

const padding = (side: string) => Number(new RegExp(`${side}=(\\d+)`).exec(layeredDown['elk.padding'] ?? '')?.[1] ?? 16);
const PAD = { top: padding('top'), left: padding('left'), bottom: padding('bottom'), right: padding('right') };
const SPACING = Number(layeredDown['elk.spacing.nodeNode'] ?? 32);
const LAYER_GAP = Number(layeredDown['elk.layered.spacing.nodeNodeBetweenLayers'] ?? 48);
const LAYER_KEY = 'elk.layered.layering.layerConstraint';
// The group sets no spacing of its own, so ELK keeps its servers its default 20 apart.
const GROUP_GAP = 20;
// Between wrapped rows: a channel CHANNEL below a row for its edges out, one above the next row for edges in.
const ROW_GAP = 2 * GROUP_PADDING;
const CHANNEL = 10;

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Nodes in rows of `cols` equal cells from (x, y); side lanes run `lane` outside the cells. */
interface Grid {
	readonly nodes: readonly DiagramElkNode[];
	readonly cols: number;
	readonly gap: number;
	readonly lane: number;
	readonly cell: { readonly width: number; readonly height: number };
	x: number;
	y: number;
}

/** Where each box is, which grid cell it fills, and the top of its layer (edges turn above it). */
interface Scene {
	readonly at: Map<string, Rect>;
	readonly cells: Map<string, { grid: Grid; index: number }>;
	readonly layerTop: Map<string, number>;
}

const widthOf = (n: DiagramElkNode) => n.width ?? 0;
const heightOf = (n: DiagramElkNode) => n.height ?? 0;
const tallest = (nodes: readonly DiagramElkNode[]) => Math.max(0, ...nodes.map(heightOf));

function makeGrid(nodes: readonly DiagramElkNode[], room: number, gap: number, lane: number): Grid {
	const cell = { width: Math.max(0, ...nodes.map(widthOf)), height: tallest(nodes) };
	const cols = Math.max(1, Math.min(nodes.length, Math.floor((room + gap) / (cell.width + gap))));
	return { nodes, cols, gap, lane, cell, x: 0, y: 0 };
}

const gridWidth = (g: Grid) => (g.nodes.length === 0 ? 0 : g.cols * (g.cell.width + g.gap) - g.gap);
const gridHeight = (g: Grid) => Math.max(0, Math.ceil(g.nodes.length / g.cols) * (g.cell.height + ROW_GAP) - ROW_GAP);

function placeGrid(scene: Scene, g: Grid, x: number, y: number, layerTop: number): void {
	Object.assign(g, { x, y });
	g.nodes.forEach((node, index) => {
		const [col, row] = [index % g.cols, Math.floor(index / g.cols)];
		scene.at.set(node.id, { x: x + col * (g.cell.width + g.gap), y: y + row * (g.cell.height + ROW_GAP), width: widthOf(node), height: heightOf(node) });
		scene.cells.set(node.id, { grid: g, index });
		scene.layerTop.set(node.id, layerTop);
	});
}

/** Places nodes side by side centred on `cx`, each centred vertically in the layer. */
function placeRow(scene: Scene, nodes: readonly DiagramElkNode[], cx: number, y: number, height = tallest(nodes)): void {
	let x = cx - (nodes.reduce((w, n) => w + widthOf(n) + SPACING, 0) - SPACING) / 2;
	for (const node of nodes) {
		scene.at.set(node.id, { x, y: y + (height - heightOf(node)) / 2, width: widthOf(node), height: heightOf(node) });
		scene.layerTop.set(node.id, y);
		x += widthOf(node) + SPACING;
	}
}

/** The graph's top-level nodes by layer; people who go straight to a server stand by the load balancer. */
function layersOf(graph: DiagramElkGraph) {
	const servers = new Set(graph.children.filter((n) => n.diagram.kind === 'server').map((n) => n.id));
	const reachesServer = (id: string) => graph.edges.some((e) => e.sources.includes(id) && e.targets.some((t) => servers.has(t)));
	const is = (n: DiagramElkNode, kind: string) => n.diagram.kind === kind;
	const bottom = graph.children.filter((n) => n.layoutOptions?.[LAYER_KEY] === bottomLayerOptions[LAYER_KEY]);
	const rest = graph.children.filter((n) => !bottom.includes(n));
	const entry = rest.filter((n) => is(n, 'load-balancer') || (is(n, 'visitors') && reachesServer(n.id)));
	return {
		top: rest.filter((n) => is(n, 'visitors') && !entry.includes(n)),
		balancers: entry.filter((n) => is(n, 'load-balancer')),
		beside: entry.filter((n) => !is(n, 'load-balancer')),
		group: rest.find((n) => is(n, 'group')),
		outside: rest.filter((n) => is(n, 'server')),
		bottom,
	};
}

/** Places every box: group servers, outside servers and resources in grids, the rest in centred rows. */
function place(graph: DiagramElkGraph): Scene {
	const { top, balancers, beside, group, outside, bottom } = layersOf(graph);
	const scene: Scene = { at: new Map(), cells: new Map(), layerTop: new Map() };
	const room = QUICK_MAX_WIDTH - PAD.left - PAD.right;
	const sideRoom = group && outside.length > 0 ? Math.max(...outside.map(widthOf)) + SPACING : 0;
	const inside = makeGrid(group?.children ?? [], room - sideRoom - 2 * GROUP_PADDING, GROUP_GAP, GROUP_PADDING / 2);
	const groupBox = { width: group ? gridWidth(inside) + 2 * GROUP_PADDING : 0, height: group ? GROUP_HEADER_HEIGHT + gridHeight(inside) + GROUP_PADDING : 0 };
	const side = makeGrid(outside, room - (group ? groupBox.width + SPACING : 0), SPACING, SPACING / 2);
	const resources = makeGrid(bottom, room, SPACING, SPACING / 2);
	const entryY = tallest(top) + LAYER_GAP;
	const entryHeight = tallest([...balancers, ...beside]);
	const bandY = entryY + entryHeight + LAYER_GAP;
	const sideX = group ? groupBox.width + SPACING : 0;
	const bandWidth = outside.length > 0 ? sideX + gridWidth(side) : groupBox.width;
	if (group) {
		scene.at.set(group.id, { x: 0, y: bandY, ...groupBox });
		placeGrid(scene, inside, GROUP_PADDING, bandY + GROUP_HEADER_HEIGHT, bandY);
		placeRow(scene, balancers, groupBox.width / 2, entryY, entryHeight);
		placeRow(scene, beside, sideX + gridWidth(side) / 2, entryY, entryHeight);
	} else placeRow(scene, [...balancers, ...beside], bandWidth / 2, entryY);
	placeGrid(scene, side, sideX, bandY, bandY);
	const balancer = balancers[0] && scene.at.get(balancers[0].id);
	placeRow(scene, top, balancer ? balancer.x + balancer.width / 2 : bandWidth / 2, 0);
	const bottomY = bandY + Math.max(groupBox.height, gridHeight(side)) + LAYER_GAP;
	placeGrid(scene, resources, (bandWidth - gridWidth(resources)) / 2, bottomY, bottomY);
	return scene;
}

/** From the channel at `y` into grid cell `index`: wrapped rows through the lane left of the grid. */
function enter(grid: Grid, index: number, x: number, y: number, box: Rect): LayoutPoint[] {
	const cx = box.x + box.width / 2;
	if (index < grid.cols) return [{ x, y }, { x: cx, y }, { x: cx, y: box.y }];
	const lane = grid.x - grid.lane;
	return [{ x, y }, { x: lane, y }, { x: lane, y: box.y - CHANNEL }, { x: cx, y: box.y - CHANNEL }, { x: cx, y: box.y }];
}

/** Out of grid cell `index` down to the channel at `y`: through the lane right of the grid if a box is below. */
function leave(grid: Grid, index: number, y: number, box: Rect): LayoutPoint[] {
	const [cx, bottom] = [box.x + box.width / 2, box.y + box.height];
	if (index + grid.cols >= grid.nodes.length) return [{ x: cx, y: bottom }, { x: cx, y }];
	const lane = grid.x + gridWidth(grid) + grid.lane;
	return [{ x: cx, y: bottom }, { x: cx, y: bottom + CHANNEL }, { x: lane, y: bottom + CHANNEL }, { x: lane, y }];
}

/** Drops repeated points and straight-through points so each point is a real bend. */
function simplify(points: readonly LayoutPoint[]): LayoutPoint[] {
	const out: LayoutPoint[] = [];
	for (const p of points) {
		const [a, b] = [out.at(-2), out.at(-1)];
		if (b && b.x === p.x && b.y === p.y) continue;
		const straight = a && b && ((a.x === b.x && b.x === p.x && (b.y - a.y) * (p.y - b.y) >= 0) || (a.y === b.y && b.y === p.y && (b.x - a.x) * (p.x - b.x) >= 0));
		if (straight) out.pop();
		out.push(p);
	}
	return out;
}

/** Routes an edge: down out of its source to the channel above the target's layer, across, down in. */
function route(scene: Scene, edge: ElkExtendedEdge): LayoutEdge {
	const [from = '', to = ''] = [edge.sources[0], edge.targets[0]];
	const [source, target] = [scene.at.get(from), scene.at.get(to)];
	if (!source || !target) throw new Error(`edge "${edge.id}" joins a box that was not placed`);
	const y = (scene.layerTop.get(to) ?? target.y) - LAYER_GAP / 2;
	const [fromCell, toCell] = [scene.cells.get(from), scene.cells.get(to)];
	const sx = source.x + source.width / 2;
	const out = fromCell ? leave(fromCell.grid, fromCell.index, y, source) : [{ x: sx, y: source.y + source.height }, { x: sx, y }];
	const x = out.at(-1)?.x ?? sx;
	const tx = target.x + target.width / 2;
	const into = toCell ? enter(toCell.grid, toCell.index, x, y, target) : [{ x: tx, y }, { x: tx, y: target.y }];
	return { id: edge.id, from, to, points: simplify([...out, ...into]) };
}

function collectBoxes(nodes: readonly DiagramElkNode[], at: Map<string, Rect>, parent: string | undefined, boxes: LayoutBox[]): void {
	for (const node of nodes) {
		const rect = at.get(node.id);
		if (!rect) throw new Error(`box "${node.id}" was not placed`);
		boxes.push({ id: node.id, ...node.diagram, ...rect, ...(parent === undefined ? {} : { parent }) });
		collectBoxes(node.children ?? [], at, node.id, boxes);
	}
}

/**
 * Lays out a plan's topology diagram at once, without ELK: same boxes and edges as
 * `layoutPlan`, placed on fixed layers, at most about `QUICK_MAX_WIDTH` wide. Pure and
 * synchronous, for the first paint before the ELK worker has loaded.
 * @example const svg = renderDiagramSvg(plan, quickLayout(plan)); // then swap in `await layoutPlan(plan)`
 */
export function quickLayout(plan: Plan): LayoutResult {
	const graph = toElkGraph(plan);
	const scene = place(graph);
	const routed = graph.edges.map((edge) => route(scene, edge));
	const placed: LayoutBox[] = [];
	collectBoxes(graph.children, scene.at, undefined, placed);
	const points = routed.flatMap((e) => e.points);
	const minX = Math.min(...placed.map((b) => b.x), ...points.map((p) => p.x));
	const maxX = Math.max(...placed.map((b) => b.x + b.width), ...points.map((p) => p.x));
	const maxY = Math.max(...placed.map((b) => b.y + b.height), ...points.map((p) => p.y));
	const [dx, dy] = [PAD.left - minX, PAD.top];
	const shift = (p: LayoutPoint) => ({ x: p.x + dx, y: p.y + dy });
	return {
		width: maxX + dx + PAD.right,
		height: maxY + dy + PAD.bottom,
		boxes: placed.map((b) => ({ ...b, ...shift(b) })),
		edges: routed.map((e) => ({ ...e, points: e.points.map(shift) })),
	};
}
