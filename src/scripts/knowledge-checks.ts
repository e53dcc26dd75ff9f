/**
 * Knowledge checks answer on an explicit choice only. Arrow keys move the selection inside
 * a radio group (and browsers fire `click` and `change` for that), so a reader exploring the
 * choices by keyboard would otherwise see the answer at once. Here a click or tap on a
 * choice, Space or Enter on it, or the "Check answer" button answers; arrow keys only
 * select. The verdict is shown with `data-answered` and spoken through the status region.
 */

/** Keys that move the selection within a radio group. */
const movingKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

const isChoice = (target: EventTarget | null): target is HTMLInputElement => target instanceof HTMLInputElement && target.type === 'radio';

/** Marks `input`'s choice as the answer and says whether it is right. */
export function answerCheck(check: HTMLElement, input: HTMLInputElement): void {
	for (const choice of check.querySelectorAll('[data-correct]')) choice.toggleAttribute('data-answered', choice.contains(input));
	check.setAttribute('data-kc-answered', '');
	const status = check.querySelector('[data-kc-status]');
	if (!status) return;
	const correct = check.querySelector('[data-correct="true"] label')?.firstChild?.textContent?.trim();
	status.textContent =
		input.closest('[data-correct]')?.getAttribute('data-correct') === 'true'
			? 'Correct. The explanation follows the choices.'
			: `Not quite. The correct answer is: ${correct}. The explanation follows the choices.`;
}

function initCheck(check: HTMLElement): void {
	let moving = false;
	check.addEventListener('keydown', (event) => {
		if (!isChoice(event.target)) return;
		// Space on a choice that is already selected fires no click, so both keys answer here.
		if (event.key === 'Enter' || event.key === ' ') {
			event.target.checked = true;
			answerCheck(check, event.target);
		} else if (movingKeys.has(event.key)) {
			// The browser selects the next choice (firing click and change) right after this
			// handler, in the same task; the flag is cleared in the next one.
			moving = true;
			setTimeout(() => (moving = false));
		}
	});
	check.addEventListener('click', (event) => {
		if (isChoice(event.target) && !moving) answerCheck(check, event.target);
	});
	check.querySelector('[data-kc-check]')?.addEventListener('click', () => {
		const picked = check.querySelector<HTMLInputElement>('input[type="radio"]:checked');
		if (picked) answerCheck(check, picked);
		else {
			const status = check.querySelector('[data-kc-status]');
			if (status) status.textContent = 'Pick an answer first.';
			check.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
		}
	});
}

export function initKnowledgeChecks(): void {
	for (const check of document.querySelectorAll<HTMLElement>('[data-kc]')) initCheck(check);
}
