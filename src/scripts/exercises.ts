/**
 * The solution of an exercise opens only after a confirmation: a click (or Enter, Space) on
 * "Show solution" first asks, in place, whether to show it. Without this script the solution
 * is a plain disclosure widget.
 */
export function initExercises(): void {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-confirm]')) {
		const summary = details.querySelector('summary');
		if (!summary) continue;
		summary.addEventListener('click', (event) => {
			if (details.open || details.dataset['confirmed'] === 'true') return;
			event.preventDefault();
			if (details.previousElementSibling?.matches('[data-confirm-box]')) return;
			const box = document.createElement('div');
			box.className = 'confirm-box';
			box.dataset['confirmBox'] = '';
			box.setAttribute('role', 'group');
			box.setAttribute('aria-label', 'Show the solution?');
			const question = Object.assign(document.createElement('p'), { textContent: details.dataset['confirm'] ?? 'Show the solution?' });
			const yes = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Yes, show the solution' });
			const no = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--quiet', textContent: 'Not yet' });
			yes.addEventListener('click', () => {
				details.dataset['confirmed'] = 'true';
				details.open = true;
				box.remove();
				summary.focus();
			});
			no.addEventListener('click', () => {
				box.remove();
				summary.focus();
			});
			box.append(question, yes, no);
			details.before(box);
			yes.focus();
		});
	}
}
