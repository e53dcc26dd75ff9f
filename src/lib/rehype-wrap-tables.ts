/**
 * Rehype plugin: wraps every Markdown table in a focusable, labelled region that scrolls
 * sideways on narrow screens, so wide tables neither break the layout nor trap keyboard
 * users (a scrolling region must be reachable by keyboard).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

type Parent = Root | Element;

function wrap(table: Element, index: number): Element {
	const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
	return {
		type: 'element',
		tagName: 'div',
		properties: {
			className: ['table-wrap'],
			tabIndex: 0,
			role: 'region',
			ariaLabel: caption ? undefined : `Table ${index}`,
		},
		children: [table],
	};
}

export function rehypeWrapTables() {
	return (tree: Root): void => {
		let count = 0;
		const visit = (node: Parent): void => {
			node.children = node.children.map((child: RootContent | ElementContent) => {
				if (child.type !== 'element') return child;
				if (child.tagName === 'table') return wrap(child, ++count);
				visit(child);
				return child;
			}) as typeof node.children;
		};
		visit(tree);
	};
}
