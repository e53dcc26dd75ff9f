/** How the precomputed statechart layouts are written, so the script and the freshness test agree. */
import type { StatechartLayout } from './statechart-types';

/** Where `npm run statecharts` writes the layouts, from the project root. */
export const statechartLayoutsPath = 'src/layout/statechart-layouts.json';

/** The file's text: compact (one chart per line), with a final newline. */
export function stringifyStatechartLayouts(layouts: Readonly<Record<string, StatechartLayout>>): string {
	const lines = Object.entries(layouts).map(([key, layout]) => `${JSON.stringify(key)}:${JSON.stringify(layout)}`);
	return `{\n${lines.join(',\n')}\n}\n`;
}
