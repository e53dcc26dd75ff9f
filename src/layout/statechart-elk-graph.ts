/**
 * Statechart → ELK graph (pure). Each state is a node, compound and parallel states hold
 * their children, and every compound state gets a small initial-marker node with an edge
 * into its initial child. A transition with targets becomes one ELK edge per target, its
 * label sized for ELK to place; an action-only transition becomes a text row in its
 * source's box instead, which makes the box taller. Options are from the ELK reference,
 * https://eclipse.dev/elk/reference/options.html.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import { estimateTextWidth } from './svg-text';
import type { StatechartInput, StatechartStateInput } from './statechart-types';

/** Text sizes and spacing of a state box, in diagram units (CSS px at 1:1). */
export const statechartMetrics = {
	labelSize: 13,
	rowSize: 11,
	padX: 10,
	/** Room before the name for the active marker (●), so highlighting moves nothing. */
	marker: 14,
	labelBaseline: 20,
	rowHeight: 16,
	bottom: 10,
	minWidth: 72,
	containerPadding: 14,
	initialRadius: 5,
	edgeLabelHeight: 16,
} as const;

const m = statechartMetrics;

/** The ELK id of the initial marker inside compound state `id`. */
export const initialMarkerId = (id: string): string => `${id}#initial`;

/** The ELK id of the edge for target `index` of transition `id`. */
export const transitionEdgeId = (id: string, index: number): string => `${id}#${index}`;

/** Width of a transition's label with 4 px either side (its backdrop in the drawing). */
export function edgeLabelWidth(label: string): number {
	return Math.ceil(estimateTextWidth(label, m.rowSize) + 8);
}

/** Text rows under a state's name: the actors it invokes, then its action-only transitions. */
export function stateRows(state: StatechartStateInput, input: StatechartInput): string[] {
	const rows = state.invokes?.length ? [`invokes ${state.invokes.join(', ')}`] : [];
	for (const t of input.transitions) if (t.source === state.id && t.targets.length === 0) rows.push(t.label);
	return rows;
}

/** Height of a state's heading: its name and rows (the whole box for an atomic state). */
export function headerHeight(rows: number): number {
	return m.labelBaseline + rows * m.rowHeight + m.bottom;
}

function headerWidth(state: StatechartStateInput, rows: readonly string[]): number {
	const label = m.marker + estimateTextWidth(state.label, m.labelSize, true);
	const widest = Math.max(label, ...rows.map((row) => estimateTextWidth(row, m.rowSize)));
	return Math.max(m.minWidth, Math.ceil(widest + 2 * m.padX));
}

/** The layout of the whole chart: top-down layers, one pass through every level. */
export const statechartLayoutOptions: LayoutOptions = {
	'elk.algorithm': 'layered',
	'elk.direction': 'DOWN',
	'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
	'elk.edgeRouting': 'ORTHOGONAL',
	'elk.padding': '[top=8,left=8,bottom=8,right=8]',
	'elk.spacing.nodeNode': '24',
	'elk.spacing.edgeNode': '12',
	'elk.spacing.edgeEdge': '8',
	'elk.spacing.edgeLabel': '4',
	'elk.layered.spacing.nodeNodeBetweenLayers': '28',
	'elk.layered.spacing.edgeNodeBetweenLayers': '12',
	'elk.edgeLabels.placement': 'CENTER',
	'elk.randomSeed': '1',
	'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
	'elk.json.shapeCoords': 'PARENT',
	'elk.json.edgeCoords': 'CONTAINER',
};

interface Built {
	readonly byParent: Map<string | null, StatechartStateInput[]>;
	readonly input: StatechartInput;
}

function stateNode(state: StatechartStateInput, built: Built): ElkNode {
	const rows = stateRows(state, built.input);
	const width = headerWidth(state, rows);
	const height = headerHeight(rows.length);
	const children = built.byParent.get(state.id) ?? [];
	if (children.length === 0) return { id: state.id, width, height };
	const layoutOptions: LayoutOptions = {
		'elk.padding': `[top=${height},left=${m.containerPadding},bottom=${m.containerPadding},right=${m.containerPadding}]`,
		'elk.nodeSize.constraints': 'MINIMUM_SIZE',
		'elk.nodeSize.minimum': `(${width},${height + m.containerPadding})`,
	};
	const nodes = children.map((child) => stateNode(child, built));
	if (state.kind === 'compound') {
		const size = 2 * m.initialRadius;
		nodes.unshift({ id: initialMarkerId(state.id), width: size, height: size });
	}
	return { id: state.id, layoutOptions, children: nodes };
}

function edgesOf(input: StatechartInput): ElkExtendedEdge[] {
	const edges: ElkExtendedEdge[] = [];
	for (const state of input.nodes) {
		if (state.initial && state.parent !== null) {
			edges.push({ id: initialMarkerId(state.parent), sources: [initialMarkerId(state.parent)], targets: [state.id] });
		}
	}
	for (const t of input.transitions) {
		t.targets.forEach((target, index) => {
			// One label per transition, on its first edge, so a fork shows its event once.
			const labels = index === 0 ? [{ id: `${t.id}#label`, text: t.label, width: edgeLabelWidth(t.label), height: m.edgeLabelHeight }] : [];
			edges.push({ id: transitionEdgeId(t.id, index), sources: [t.source], targets: [target], labels });
		});
	}
	return edges;
}

/** The ELK graph of a chart; the machine's root is the only top-level node, edges on the graph. */
export function toStatechartElkGraph(input: StatechartInput): ElkNode {
	const byParent = new Map<string | null, StatechartStateInput[]>();
	for (const state of input.nodes) byParent.set(state.parent, [...(byParent.get(state.parent) ?? []), state]);
	const roots = byParent.get(null) ?? [];
	const built = { byParent, input };
	return { id: '(chart)', layoutOptions: statechartLayoutOptions, children: roots.map((root) => stateNode(root, built)), edges: edgesOf(input) };
}
