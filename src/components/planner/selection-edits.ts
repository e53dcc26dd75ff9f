/**
 * Edits on whatever is selected (delete, duplicate) and the finding badges of each part:
 * glue between the builder state and the domain's edit functions.
 */
import type { PlanDraft } from '../../domain/plan/draft';
import { duplicateServers, removeServers, setAt } from '../../domain/plan/edit';
import { partOfPath, serverIdOfPart, serverPartId } from '../../domain/plan/parts';
import type { Finding } from '../../domain/rules/types';
import type { BuilderState } from './builder.svelte';
import type { BadgeCounts } from './canvas/flow-model';


/** Finding counts per canvas part: servers named by the finding, and the part its path points at. */
export function badgesFor(draft: PlanDraft, findings: readonly Finding[]): Map<string, BadgeCounts> {
	const badges = new Map<string, BadgeCounts>();
	const count = (id: string, severity: Finding['severity']) => {
		const entry = { ...badges.get(id) };
		entry[severity] = (entry[severity] ?? 0) + 1;
		badges.set(id, entry);
	};
	for (const finding of findings) {
		const parts = new Set(finding.servers.map(serverPartId));
		const fromPath = finding.path ? partOfPath(draft, finding.path) : undefined;
		if (fromPath) parts.add(fromPath);
		for (const id of parts) count(id, finding.severity);
	}
	return badges;
}

/** What deleting a part that is not a server does to the plan document. */
const partRemovals: Record<string, { path: readonly string[]; value: unknown; label: string }> = {
	'load-balancer': { path: ['loadBalancer'], value: undefined, label: 'the load balancer' },
	files: { path: ['files'], value: undefined, label: 'the file storage' },
	media: { path: ['files', 'media'], value: undefined, label: 'the separate media storage' },
	cache: { path: ['sessions', 'store'], value: 'none', label: 'the session and cache store' },
	signalr: { path: ['backoffice', 'signalR'], value: undefined, label: 'the SignalR backplane' },
};

/** Deletes the selected parts as one undoable edit; the database cannot be deleted (every farm has one). */
export function removeSelected(state: BuilderState): void {
	const serverIds = state.selection.map(serverIdOfPart).filter((id): id is string => id !== undefined);
	let draft = state.draft;
	const said: string[] = [];
	if (serverIds.length > 0) {
		const names = serverIds.map((id) => draft.servers.find((s) => s.id === id)?.name ?? id);
		const removed = removeServers(draft, serverIds);
		draft = removed.draft;
		said.push(`${names.join(', ')}${removed.notes.length ? ` (${removed.notes.join(' ')})` : ''}`);
	}
	for (const id of state.selection) {
		const removal = partRemovals[id];
		if (!removal) continue;
		if (id === 'media' && !draft.files) continue;
		draft = setAt(draft, removal.path, removal.value);
		said.push(removal.label);
	}
	if (said.length === 0) {
		state.announce(state.selection.includes('database') ? 'The database cannot be deleted: every farm shares one.' : 'Nothing selected to delete.');
		return;
	}
	state.edit(`Deleted ${said.join(', ')}`, draft, []);
}

/** Duplicates the selected servers as one undoable edit and selects the copies. */
export function duplicateSelected(state: BuilderState): void {
	const serverIds = state.selection.map(serverIdOfPart).filter((id): id is string => id !== undefined);
	if (serverIds.length === 0) {
		state.announce('Select one or more servers to duplicate.');
		return;
	}
	const { draft, ids } = duplicateServers(state.draft, serverIds);
	const names = ids.map((id) => draft.servers.find((s) => s.id === id)?.name ?? id);
	state.edit(`Duplicated as ${names.join(', ')}`, draft, ids.map(serverPartId));
}
