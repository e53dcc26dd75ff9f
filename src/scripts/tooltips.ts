/**
 * Glossary tooltips open with CSS on hover and focus. This adds what CSS cannot: Escape
 * closes an open tooltip without moving focus (WCAG 1.4.13), and a tooltip that would run
 * off the right edge of a narrow screen is shifted back into view.
 */

function keepInView(term: HTMLElement): void {
	const tip = term.querySelector<HTMLElement>('.term-tip');
	if (!tip) return;
	tip.style.removeProperty('--tip-shift');
	const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
	if (overflow > 0) tip.style.setProperty('--tip-shift', `${-overflow}px`);
}

function open(term: HTMLElement): void {
	term.removeAttribute('data-dismissed');
	keepInView(term);
}

export function initTooltips(): void {
	for (const term of document.querySelectorAll<HTMLElement>('[data-term]')) {
		term.addEventListener('focusin', () => open(term));
		term.addEventListener('mouseenter', () => open(term));
	}
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		for (const term of document.querySelectorAll<HTMLElement>('[data-term]')) {
			if (term.matches(':hover, :focus-within')) term.setAttribute('data-dismissed', '');
		}
	});
}
