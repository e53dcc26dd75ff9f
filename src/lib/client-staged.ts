/**
 * `client:staged`: hydrates as soon as the page loads, as `client:load` does, but in two tasks:
 * the island's code is fetched and evaluated in one, and the component hydrates in the next.
 * On a slow phone the planner's module evaluation and its hydration are each a long task;
 * run together they were one very long one that kept the page from answering input.
 */
import type { ClientDirective } from 'astro';

const staged: ClientDirective = async (load) => {
	const hydrate = await load();
	await new Promise((resolve) => setTimeout(resolve, 0));
	await hydrate();
};

export default staged;
