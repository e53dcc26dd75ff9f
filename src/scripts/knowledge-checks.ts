/**
 * Knowledge checks show their verdict with CSS alone; this speaks it too, through the
 * check's status region, so screen-reader users hear whether their answer was right.
 */
export function initKnowledgeChecks(): void {
	for (const check of document.querySelectorAll<HTMLElement>('[data-kc]')) {
		const status = check.querySelector('[data-kc-status]');
		check.addEventListener('change', (event) => {
			const input = event.target;
			if (!(input instanceof HTMLInputElement) || !status) return;
			const correct = check.querySelector('[data-correct="true"] label')?.firstChild?.textContent?.trim();
			status.textContent =
				input.closest('[data-correct]')?.getAttribute('data-correct') === 'true'
					? 'Correct. The explanation follows the choices.'
					: `Not quite. The correct answer is: ${correct}. The explanation follows the choices.`;
		});
	}
}
