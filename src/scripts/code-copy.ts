/**
 * A "Copy" button on every highlighted code block (`pre.astro-code`). Added by the script,
 * so a page without it has no dead button; the block itself scrolls sideways and is
 * focusable (Shiki writes `tabindex="0"`), so the whole line is reachable either way.
 */

/** How long "Copied" stays on the button. */
const feedbackMs = 2000;

/** One polite status line for the page, so screen readers hear what a copy did. */
function statusLine(): HTMLElement {
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	document.body.append(status);
	return status;
}

function addButton(pre: HTMLElement, status: HTMLElement): void {
	const block = document.createElement('div');
	block.className = 'code-block';
	pre.before(block);
	block.append(pre);
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'code-copy';
	button.textContent = 'Copy';
	let reset: ReturnType<typeof setTimeout> | undefined;
	button.addEventListener('click', async () => {
		clearTimeout(reset);
		try {
			await navigator.clipboard.writeText(pre.textContent ?? '');
			button.textContent = 'Copied';
			button.dataset['copied'] = 'true';
			status.textContent = 'Copied the code to the clipboard.';
		} catch {
			button.textContent = 'Copy failed';
			button.dataset['copied'] = 'false';
			status.textContent = 'The browser did not allow copying: select the code and copy it by hand.';
		}
		reset = setTimeout(() => {
			button.textContent = 'Copy';
			delete button.dataset['copied'];
		}, feedbackMs);
	});
	block.append(button);
}

export function initCodeCopy(): void {
	const blocks = document.querySelectorAll<HTMLElement>('pre.astro-code');
	// Without the Clipboard API (a page served over plain http) a button could only fail.
	if (blocks.length === 0 || !navigator.clipboard) return;
	const status = statusLine();
	for (const pre of blocks) {
		if (!pre.hasAttribute('tabindex')) pre.tabIndex = 0;
		addButton(pre, status);
	}
}
