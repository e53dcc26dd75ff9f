/**
 * Pages live at directory URLs (`/planner/`). A server that also answers the path without
 * its slash (`astro preview` with `trailingSlash: 'ignore'`) shows the page at `/planner`;
 * the address is put right without a reload, so links shared from it match the site's own.
 * Only the page's own path (`<html data-page-path>`, written at build time) is used, so the
 * 404 page never pretends to live at the address that was not found.
 */
export function addTrailingSlash(): void {
	const { pathname, search, hash } = location;
	if (document.documentElement.dataset['pagePath'] !== `${pathname}/`) return;
	history.replaceState(history.state, '', `${pathname}/${search}${hash}`);
}
