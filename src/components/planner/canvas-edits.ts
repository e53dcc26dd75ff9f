/**
 * Edits made on or toward the canvas: adding a part from the palette (pressed or dropped),
 * and servers dragged into or out of the load balancer's group. Each is one undoable step.
 */
import { addServer, setBehindLoadBalancer } from '../../domain/plan/edit';
import type { PalettePart } from '../../domain/plan/parts';
import { serverPartId } from '../../domain/plan/parts';
import type { LayoutResult } from '../../layout/types';
import type { BuilderState } from './builder.svelte';
import { isInsideGroup } from './canvas/flow-model';

const serverKinds: Readonly<Record<string, 'backoffice' | 'frontend'>> = { 'backoffice-server': 'backoffice', 'frontend-server': 'frontend' };

/** Adds a server, inside or outside the load balancer's group (its kind's default when not said). */
export function addServerPart(state: BuilderState, kind: 'backoffice' | 'frontend', behind?: boolean): void {
	const { draft, id } = addServer(state.draft, kind, behind === undefined ? {} : { behindLoadBalancer: behind });
	const server = draft.servers.find((s) => s.id === id);
	if (!server || id === undefined) return state.announce('A plan holds at most 60 servers: use the instance count to scale out.');
	state.edit(`Added ${kind === 'backoffice' ? 'backoffice' : 'front-end'} server ${server.name}`, draft, [serverPartId(id)]);
}

/** Adds a palette part (pressed, or dropped where position does not matter). */
export function addFromPalette(state: BuilderState, part: PalettePart): void {
	const kind = serverKinds[part.id];
	if (kind) return addServerPart(state, kind);
	const { draft, select } = part.add(state.draft);
	const sentence = part.label.replace(/^Add /, 'Added ').replace(/^Use /, 'Using ').replace(/^Keep /, 'Keeping ');
	state.edit(sentence, draft, select ? [select] : state.selection);
}

/** Adds a dropped part; a server dropped on the diagram joins the group only when dropped inside it. */
export function dropOnCanvas(state: BuilderState, part: PalettePart, point: { x: number; y: number } | undefined, layout: LayoutResult | undefined): void {
	const kind = serverKinds[part.id];
	if (!kind || !point || !layout) return addFromPalette(state, part);
	const hasGroup = layout.boxes.some((box) => box.kind === 'group');
	addServerPart(state, kind, hasGroup ? isInsideGroup(layout, point) : kind === 'frontend');
}

/** Servers let go after a drag: each one that changed sides is moved, all in one step. */
export function moveServers(state: BuilderState, moves: readonly { id: string; inside: boolean }[]): void {
	let draft = state.draft;
	const said: string[] = [];
	for (const { id, inside } of moves) {
		const next = setBehindLoadBalancer(draft, id, inside);
		const name = draft.servers.find((s) => s.id === id)?.name ?? id;
		if (next !== draft) said.push(`${name} ${inside ? 'behind' : 'out of'} the load balancer`);
		draft = next;
	}
	if (said.length > 0) state.edit(`Moved ${said.join(', ')}`, draft);
}
