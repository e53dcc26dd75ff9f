/**
 * Laid-out diagram → Svelte Flow nodes and edges. Positions come from the layout (ELK, or
 * the quick stand-in); the canvas never keeps positions of its own, so after every edit
 * the picture is the layout of the plan and nothing else.
 */
import type { Node } from '@xyflow/svelte';
import type { LayoutBox, LayoutResult } from '../../../layout/types';
import type { Severity } from '../../../domain/rules/types';

export type BadgeCounts = Partial<Record<Severity, number>>;

export interface BoxData extends Record<string, unknown> {
	readonly box: LayoutBox;
	readonly badges: BadgeCounts;
	readonly ghost: boolean;
}

export type BoxNode = Node<BoxData, 'box' | 'group'>;

/** Boxes a person can select and edit: every box that stands for a part of the plan. */
export function isSelectablePart(box: LayoutBox): boolean {
	return box.kind !== 'visitors' && box.kind !== 'group';
}

const kindNames: Record<LayoutBox['kind'], string> = {
	visitors: 'People',
	'load-balancer': 'Load balancer',
	server: 'Server',
	group: 'Group',
	database: 'Database',
	storage: 'Storage',
	cache: 'Cache',
	signalr: 'SignalR',
	keys: 'Key store',
};

/** The spoken name of a box: kind, label, second line and finding counts. */
export function boxAriaLabel(box: LayoutBox, badges: BadgeCounts, ghost: boolean): string {
	if (ghost) return `${kindNames[box.kind]}: not added yet`;
	const counts = (['error', 'warning', 'info'] as const)
		.filter((s) => (badges[s] ?? 0) > 0)
		.map((s) => `${badges[s]} ${s === 'info' ? 'info' : s + (badges[s] === 1 ? '' : 's')}`);
	return [`${kindNames[box.kind]}: ${box.label}`, box.sublabel, counts.join(', ')].filter(Boolean).join('; ');
}

export interface FlowInput {
	readonly layout: LayoutResult;
	readonly badges: ReadonlyMap<string, BadgeCounts>;
	readonly selection: ReadonlySet<string>;
	readonly ghosts: ReadonlySet<string>;
}

/** The canvas's nodes: parents first, positions relative to the parent (routes are drawn apart, see RoutesLayer). */
export function toFlowNodes({ layout, badges, selection, ghosts }: FlowInput): BoxNode[] {
	const byId = new Map(layout.boxes.map((b) => [b.id, b]));
	return layout.boxes.map((box): BoxNode => {
		const parent = box.parent ? byId.get(box.parent) : undefined;
		const ghost = ghosts.has(box.id);
		const counts = badges.get(box.id) ?? {};
		const selectable = isSelectablePart(box) && !ghost;
		return {
			id: box.id,
			type: box.kind === 'group' ? 'group' : 'box',
			position: { x: box.x - (parent?.x ?? 0), y: box.y - (parent?.y ?? 0) },
			...(parent ? { parentId: parent.id } : {}),
			width: box.width,
			height: box.height,
			data: { box, badges: counts, ghost },
			selectable,
			selected: selectable && selection.has(box.id),
			draggable: box.kind === 'server',
			focusable: selectable,
			connectable: false,
			deletable: false,
			ariaLabel: boxAriaLabel(box, counts, ghost),
			...(box.kind === 'group' ? { zIndex: -1 } : {}),
		};
	});
}

/**
 * How the diagram is fitted into the canvas, at first and after each change of size. On a
 * phone the whole farm would shrink past reading: labels stay legible and people pan.
 */
export function fitOptions(canvasWidth: number): { padding: number; maxZoom: number; minZoom: number } {
	return { padding: 0.08, maxZoom: 1, minZoom: canvasWidth < 600 ? 0.55 : 0.2 };
}

/** The box under a point of the diagram that a dropped server would join, if it is the load balancer group. */
export function isInsideGroup(layout: LayoutResult, point: { x: number; y: number }): boolean {
	const group = layout.boxes.find((b) => b.kind === 'group');
	if (!group) return false;
	return point.x >= group.x && point.x <= group.x + group.width && point.y >= group.y && point.y <= group.y + group.height;
}
