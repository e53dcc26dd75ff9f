/**
 * Keeps keyboard focus inside the builder when the focused control goes away or is disabled
 * (a removed server's list item, a fix button whose finding is fixed, Undo once nothing is
 * left to undo): the browser would drop focus on <body> and a keyboard user would start again
 * from the top (WCAG 2.4.3). Focus moves to the nearest control of the same kind instead:
 *
 * - Undo ↔ Redo, when the other one can still be pressed;
 * - otherwise, within the section the control was in (the design list, the findings, the
 *   properties …), the control of the same kind now at its place, or the one before it;
 * - otherwise that section's heading, or the Properties heading.
 *
 * The canvas handles its own focus (the static diagram turns into the live canvas on focus,
 * and the builder puts focus on its first box when it is ready), so losses there are left alone.
 */

const focusable = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex="0"]';

/** What focus was on, remembered while it was still in the page. */
interface Held {
	readonly element: HTMLElement;
	readonly section: HTMLElement | null;
	/** Controls like it in its section, in page order, when it had focus. */
	readonly kind: string;
	readonly index: number;
}

/** `button.fix`, `button.item`, `a`: the tag and its most specific class (the last one that is not Svelte's scoping class). */
function kindOf(element: HTMLElement): string {
	const cls = [...element.classList].filter((name) => !name.startsWith('svelte-')).at(-1);
	return cls ? `${element.tagName.toLowerCase()}.${CSS.escape(cls)}` : element.tagName.toLowerCase();
}

function sectionOf(element: HTMLElement): HTMLElement | null {
	return element.closest<HTMLElement>('.topology, section, [role="region"]');
}

function remember(element: HTMLElement): Held {
	const section = sectionOf(element);
	const kind = kindOf(element);
	const index = section ? [...section.querySelectorAll<HTMLElement>(kind)].indexOf(element) : -1;
	return { element, section, kind, index };
}

const focusHeading = (heading: HTMLElement | null | undefined): boolean => {
	if (!heading) return false;
	if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
	heading.focus();
	return true;
};

/** Moves focus to the best stand-in for `held`; false when there is none. */
function restore(root: HTMLElement, held: Held): boolean {
	const label = held.element.textContent?.trim();
	if (label === 'Undo' || label === 'Redo') {
		const other = [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === (label === 'Undo' ? 'Redo' : 'Undo'));
		if (other && !other.disabled) return other.focus(), true;
	}
	const section = held.section?.isConnected ? held.section : null;
	if (section) {
		const same = [...section.querySelectorAll<HTMLElement>(held.kind)].filter((el) => el.matches(focusable));
		const target = same[Math.min(Math.max(held.index, 0), same.length - 1)] ?? section.querySelector<HTMLElement>(focusable);
		if (target) return target.focus(), true;
		if (focusHeading(section.querySelector<HTMLElement>('h2, h3'))) return true;
	}
	return focusHeading(root.querySelector<HTMLElement>('#properties-heading'));
}

/** Svelte action for the builder's root element. */
export function keepFocus(root: HTMLElement): { destroy(): void } {
	// Browsers do not always send focusout when a focused element is removed, so the check
	// also runs after every key and click.
	let held: Held | undefined;
	const onFocusIn = (event: FocusEvent): void => {
		const element = event.target as HTMLElement;
		held = element.closest('.canvas-frame') ? undefined : remember(element);
	};
	const check = (): void =>
		void requestAnimationFrame(() => {
			if (!held) return;
			const active = document.activeElement;
			if (active && active !== document.body) return;
			const { element } = held;
			// Still there and usable: the page or window lost focus, or a click went to plain text.
			if (element.isConnected && !(element as HTMLButtonElement).disabled) return;
			restore(root, held);
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
