/**
 * Laid-out ELK graph of a statechart → boxes, edge paths and initial markers in absolute
 * coordinates. ELK gives node positions relative to the parent and edge points and labels
 * relative to the edge's `container` (see `from-elk-graph.ts`); numbers are rounded to a
 * tenth so the precomputed JSON stays small and byte-stable.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { edgeLabelWidth, headerHeight, initialMarkerId, stateRows, statechartMetrics as m, transitionEdgeId } from './statechart-elk-graph';
import { clearHeading, edgePoints, pathData, round, type Rect } from './statechart-paths';
import type { StatechartBox, StatechartEdge, StatechartInitialMarker, StatechartInput, StatechartLayout } from './statechart-types';

/** Absolute rectangles of every ELK node (states and markers) by id, and the graph's own. */
function absoluteRects(node: ElkNode, x: number, y: number, rects: Map<string, Rect>): void {
	for (const child of node.children ?? []) {
		const at = { x: x + (child.x ?? 0), y: y + (child.y ?? 0) };
		rects.set(child.id, { ...at, width: child.width ?? 0, height: child.height ?? 0 });
		absoluteRects(child, at.x, at.y, rects);
	}
}

interface Reading {
	readonly input: StatechartInput;
	readonly rects: Map<string, Rect>;
	readonly elkEdges: Map<string, ElkExtendedEdge>;
}

function rectOf(reading: Reading, id: string): Rect {
	const rect = reading.rects.get(id);
	if (!rect) throw new Error(`"${id}" has no position: run ELK on the graph first`);
	return rect;
}

function containerOrigin(reading: Reading, edge: ElkExtendedEdge): Rect {
	return edge.container === undefined || edge.container === '(chart)' ? { x: 0, y: 0, width: 0, height: 0 } : rectOf(reading, edge.container);
}

function readBoxes(reading: Reading): StatechartBox[] {
	const { input } = reading;
	const parents = new Set(input.nodes.map((n) => n.parent));
	return input.nodes.map((state) => {
		const r = rectOf(reading, state.id);
		const note = state.invokes?.length ? { text: `invokes ${state.invokes.join(', ')}`, x: round(r.x + m.padX), y: round(r.y + m.labelBaseline + m.rowHeight) } : undefined;
		return {
			id: state.id,
			...{ x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) },
			label: state.label,
			labelX: round(r.x + m.padX + m.marker),
			labelY: round(r.y + m.labelBaseline),
			kind: state.kind,
			parent: state.parent,
			container: parents.has(state.id),
			...(note ? { note } : {}),
		};
	});
}

function isAncestor(input: StatechartInput, ancestor: string, id: string): boolean {
	const parentOf = new Map(input.nodes.map((n) => [n.id, n.parent]));
	for (let at = parentOf.get(id); at; at = parentOf.get(at)) if (at === ancestor) return true;
	return false;
}

type Transition = StatechartInput['transitions'][number];

/** An action-only transition: text row `row` under its source's name. */
function internalEdge(reading: Reading, t: Transition, row: number): StatechartEdge {
	const box = rectOf(reading, t.source);
	const at = { labelX: round(box.x + m.padX), labelY: round(box.y + m.labelBaseline + m.rowHeight * (row + 1)) };
	return { id: t.id, source: t.source, targets: t.targets, label: t.label, internal: true, paths: [], ...at, labelWidth: edgeLabelWidth(t.label) };
}

/** A transition with targets: one path per target, the label where ELK put it on the first. */
function drawnEdge(reading: Reading, t: Transition, header: number): StatechartEdge {
	let at = { labelX: 0, labelY: 0 };
	const paths = t.targets.map((target, index) => {
		const edge = reading.elkEdges.get(transitionEdgeId(t.id, index));
		if (!edge) throw new Error(`transition "${t.id}" was not laid out`);
		const origin = containerOrigin(reading, edge);
		const label = edge.labels?.[0];
		if (label) at = { labelX: round(origin.x + (label.x ?? 0) + (label.width ?? 0) / 2), labelY: round(origin.y + (label.y ?? 0) + (label.height ?? 0) / 2) };
		const points = edgePoints(edge, origin);
		return pathData(isAncestor(reading.input, t.source, target) ? clearHeading(points, rectOf(reading, t.source), header) : points);
	});
	return { id: t.id, source: t.source, targets: t.targets, label: t.label, internal: false, paths, ...at, labelWidth: edgeLabelWidth(t.label) };
}

function readEdges(reading: Reading): StatechartEdge[] {
	const states = new Map(reading.input.nodes.map((n) => [n.id, n]));
	const rowsUsed = new Map<string, number>();
	return reading.input.transitions.map((t) => {
		const source = states.get(t.source);
		if (!source) throw new Error(`transition "${t.id}" leaves an unknown state "${t.source}"`);
		if (t.targets.length > 0) return drawnEdge(reading, t, headerHeight(stateRows(source, reading.input).length));
		// Rows list the invoked actors first, then action-only transitions in model order.
		const row = rowsUsed.get(t.source) ?? (source.invokes?.length ? 1 : 0);
		rowsUsed.set(t.source, row + 1);
		return internalEdge(reading, t, row);
	});
}

function readInitials(reading: Reading): StatechartInitialMarker[] {
	return reading.input.nodes.flatMap((state) => {
		if (!state.initial || state.parent === null) return [];
		const id = initialMarkerId(state.parent);
		const dot = rectOf(reading, id);
		const edge = reading.elkEdges.get(id);
		if (!edge) throw new Error(`the initial marker of "${state.parent}" has no arrow`);
		const r = m.initialRadius;
		return [{ target: state.id, cx: round(dot.x + r), cy: round(dot.y + r), r, path: pathData(edgePoints(edge, containerOrigin(reading, edge))) }];
	});
}

/** Reads a chart laid out by ELK (`toStatechartElkGraph` then `ELK.layout`) into plain data. */
export function fromStatechartElkGraph(graph: ElkNode, input: StatechartInput): StatechartLayout {
	if (graph.width === undefined || graph.height === undefined) throw new Error('the graph has no size: run ELK on it first');
	const rects = new Map<string, Rect>();
	absoluteRects(graph, 0, 0, rects);
	const elkEdges = new Map((graph.edges ?? []).map((e) => [e.id, e]));
	const reading = { input, rects, elkEdges };
	return { root: input.root, width: round(graph.width), height: round(graph.height), nodes: readBoxes(reading), edges: readEdges(reading), initials: readInitials(reading) };
}
