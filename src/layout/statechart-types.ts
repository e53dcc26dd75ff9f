/**
 * The statechart view's data: what the layout reads (a machine's states and transitions,
 * as `src/machines/statechart` describes them) and what it gives back (positioned boxes and
 * edge paths in absolute coordinates, origin top-left, y down). Plain JSON both ways; the
 * layout declares the input shape itself so it never imports the machines.
 */

/** How a state nests: no children, one active child, all children active, or done. */
export type StatechartKind = 'atomic' | 'compound' | 'parallel' | 'final';

/** One state of the chart to lay out; `parent` is null for the machine's root. */
export interface StatechartStateInput {
	readonly id: string;
	readonly label: string;
	readonly parent: string | null;
	readonly kind: StatechartKind;
	readonly initial: boolean;
	readonly invokes?: readonly string[];
}

/** One transition to lay out; no targets means it only runs actions. */
export interface StatechartTransitionInput {
	readonly id: string;
	readonly source: string;
	readonly targets: readonly string[];
	readonly label: string;
}

/** A machine's chart to lay out: states parents first, then transitions. */
export interface StatechartInput {
	readonly root: string;
	readonly nodes: readonly StatechartStateInput[];
	readonly transitions: readonly StatechartTransitionInput[];
}

/** A line of text inside a box: an action-only transition or the invoked actors. */
export interface StatechartText {
	readonly text: string;
	readonly x: number;
	readonly y: number;
}

/** One positioned state. Text `y` values are baselines; `labelY` is the name's. */
export interface StatechartBox {
	readonly id: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly label: string;
	readonly labelX: number;
	readonly labelY: number;
	readonly kind: StatechartKind;
	readonly parent: string | null;
	/** Whether the box has children drawn inside it (compound and parallel states). */
	readonly container: boolean;
	/** "invokes touch, sync, jobs" when the state runs actors. */
	readonly note?: StatechartText;
}

/**
 * One transition. Drawn ones have a path per target (SVG `d`, ending on the target's
 * border) and a label centred on `labelX`/`labelY`. Action-only ones (`internal`) have no
 * path; their label is a text line inside the source box, starting at `labelX`.
 */
export interface StatechartEdge {
	readonly id: string;
	readonly source: string;
	readonly targets: readonly string[];
	readonly label: string;
	readonly internal: boolean;
	readonly paths: readonly string[];
	readonly labelX: number;
	readonly labelY: number;
	/** Estimated width of the label with 4 px either side, for its backdrop and hover area. */
	readonly labelWidth: number;
}

/** The initial-state marker of a compound state: a dot and an arrow into the initial child. */
export interface StatechartInitialMarker {
	/** The initial state the arrow points at. */
	readonly target: string;
	readonly cx: number;
	readonly cy: number;
	readonly r: number;
	readonly path: string;
}

/** A laid-out chart; boxes parents first, edges in the model's order. */
export interface StatechartLayout {
	readonly root: string;
	readonly width: number;
	readonly height: number;
	readonly nodes: readonly StatechartBox[];
	readonly edges: readonly StatechartEdge[];
	readonly initials: readonly StatechartInitialMarker[];
}
