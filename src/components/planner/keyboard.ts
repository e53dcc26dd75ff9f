/** The builder's keys: undo and redo anywhere but in a text field; Delete and Ctrl/Cmd+D on the canvas or the list. */
import type { BuilderState } from './builder.svelte';
import { duplicateSelected, removeSelected } from './selection-edits';

/**
 * Duplicates the selection; from the design list, focus follows the copy (which is selected),
 * so the next Delete or edit applies to what has focus.
 */
function duplicateAndFollow(state: BuilderState, target: HTMLElement): void {
	duplicateSelected(state);
	if (!target.closest('.topology')) return;
	requestAnimationFrame(() => document.querySelector<HTMLElement>('.topology button.item[aria-pressed="true"]')?.focus());
}

export function builderKeys(state: BuilderState): (event: KeyboardEvent) => void {
	return (event) => {
		const target = event.target as HTMLElement;
		if (target.closest('input, textarea, select, [contenteditable]')) return;
		const mod = event.ctrlKey || event.metaKey;
		const key = event.key.toLowerCase();
		const onDesign = target.closest('.canvas, .topology') !== null;
		const action =
			mod && key === 'z' ? () => (event.shiftKey ? state.redo() : state.undo())
			: mod && key === 'y' ? () => state.redo()
			: (key === 'delete' || key === 'backspace') && onDesign && state.selection.length > 0 ? () => removeSelected(state)
			: mod && key === 'd' && onDesign ? () => duplicateAndFollow(state, target)
			: undefined;
		if (!action) return;
		event.preventDefault();
		action();
	};
}
