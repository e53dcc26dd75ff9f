/**
 * The sticky header's two helpers. `--header-offset` (what the header covers; the page's
 * `scroll-padding-top` uses it) follows the header's real height: the CSS value fits the
 * one-row header at every width, this follows it when larger text or zoom makes the row
 * taller. And a link focused in the sideways-scrolling row of links is brought fully into
 * view (browsers leave a half-visible one where it is).
 */
export function initSiteHeader(): void {
	const header = document.querySelector<HTMLElement>('.site-header');
	if (!header) return;
	if (typeof ResizeObserver !== 'undefined') {
		const root = document.documentElement;
		new ResizeObserver(() => {
			// Set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
			root.style.setProperty('--header-offset', `${Math.ceil(header.getBoundingClientRect().height)}px`);
		}).observe(header);
	}
	header.querySelector('nav')?.addEventListener('focusin', (event) => {
		if (event.target instanceof HTMLElement) event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
	});
}
