/**
 * Keeps keyboard focus inside the builder when the focused control goes away or is disabled
 * (a removed server's list item or "Remove" button, Undo once nothing is left to undo): the
 * browser would drop focus on <body> and a keyboard user would start again from the top
 * (WCAG 2.4.3). Focus moves to the nearest sensible control instead:
 *
 * - Undo ↔ Redo, when the other one can still be pressed;
 * - a design-list item → the item now at its place in that list, or the one before;
 * - anything else → the design list's first item, or the Properties heading.
 */

/** Where focus should go when `lost` no longer holds it; `listIndex` is its place in the design list, if it was there. */
function fallback(root: HTMLElement, lost: HTMLElement, listIndex: number): HTMLElement | null {
	const label = lost.textContent?.trim();
	if (label === 'Undo' || label === 'Redo') {
		const other = [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === (label === 'Undo' ? 'Redo' : 'Undo'));
		if (other && !other.disabled) return other;
	}
	const items = [...root.querySelectorAll<HTMLElement>('.topology button.item')];
	if (listIndex >= 0 && items.length > 0) return items[Math.min(listIndex, items.length - 1)]!;
	return items[0] ?? root.querySelector<HTMLElement>('#properties-heading');
}

/** Svelte action for the builder's root element. */
export function keepFocus(root: HTMLElement): { destroy(): void } {
	// The control that last had focus in the builder, and its place in the design list. Browsers
	// do not always send focusout when a focused element is removed, so the check also runs after
	// every key and click.
	let last: { element: HTMLElement; listIndex: number } | undefined;
	const items = (): HTMLElement[] => [...root.querySelectorAll<HTMLElement>('.topology button.item')];
	const onFocusIn = (event: FocusEvent): void => {
		const element = event.target as HTMLElement;
		last = { element, listIndex: items().indexOf(element) };
	};
	const check = (): void =>
		void requestAnimationFrame(() => {
			if (!last) return;
			const active = document.activeElement;
			if (active && active !== document.body) return;
			const { element, listIndex } = last;
			// Still there and usable: the page or window lost focus, or a click went to plain text.
			if (element.isConnected && !(element as HTMLButtonElement).disabled) return;
			const target = fallback(root, element, listIndex);
			if (target?.isConnected) target.focus();
		});
	root.addEventListener('focusin', onFocusIn);
	root.addEventListener('focusout', check);
	document.addEventListener('keyup', check, true);
	document.addEventListener('click', check, true);
	return {
		destroy: () => {
			root.removeEventListener('focusin', onFocusIn);
			root.removeEventListener('focusout', check);
			document.removeEventListener('keyup', check, true);
			document.removeEventListener('click', check, true);
		},
	};
}
