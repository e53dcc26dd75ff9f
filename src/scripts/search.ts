/**
 * The search page: queries the Pagefind index built next to the site (`/pagefind/`), which
 * is fetched only when someone searches. The query stays in the URL (`?q=`), so results
 * can be linked and the form works as a plain GET form as well. Each result opens the
 * entry that matched (`/rules/#r16`), not the top of its page.
 */
import { resultLink, type PagefindFragment } from './search-entry';

interface PagefindResult {
	data(): Promise<PagefindFragment>;
}
interface Pagefind {
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

const indexPath = '/pagefind/pagefind.js';
const maxResults = 10;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ indexPath) as Promise<Pagefind>;
	return pagefind;
}

function renderResult(item: PagefindFragment): HTMLLIElement {
	const li = document.createElement('li');
	const link = document.createElement('a');
	const { href, title } = resultLink(item);
	link.href = href;
	link.textContent = title;
	const excerpt = document.createElement('p');
	// Pagefind escapes page text and only adds <mark> around matches.
	excerpt.innerHTML = item.excerpt;
	li.append(link, excerpt);
	return li;
}

export function initSearch(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !input || !status || !list) return;
	let latest = 0;

	async function run(query: string): Promise<void> {
		const ticket = ++latest;
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
		if (!query.trim()) {
			list!.replaceChildren();
			status!.textContent = '';
			return;
		}
		try {
			const search = await (await loadPagefind()).search(query);
			const items = await Promise.all(search.results.slice(0, maxResults).map((r) => r.data()));
			if (ticket !== latest) return;
			list!.replaceChildren(...items.map(renderResult));
			const n = search.results.length;
			status!.textContent = n === 0 ? `No results for “${query}”.` : `${n} result${n === 1 ? '' : 's'} for “${query}”.`;
		} catch {
			status!.textContent = 'The search index is not available. It is built with the site: run npm run build.';
		}
	}

	let timer: number | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = window.setTimeout(() => void run(input.value), 150);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value);
	});
	const initial = new URLSearchParams(location.search).get('q') ?? '';
	input.value = initial;
	if (initial) void run(initial);
}
