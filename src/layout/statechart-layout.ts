/**
 * The statechart pipeline: chart → ELK graph → ELK run → boxes, paths and markers. It goes
 * through the shared engine (`getElk`), so in a browser it uses the same Web Worker as the
 * topology diagram; the inspector normally needs neither, because the four server charts
 * are precomputed into `statechart-layouts.json` (`npm run statecharts`).
 */
import { getElk } from './elk-engine';
import { toStatechartElkGraph } from './statechart-elk-graph';
import { fromStatechartElkGraph } from './statechart-from-elk';
import type { StatechartInput, StatechartLayout } from './statechart-types';

/**
 * Lays out one machine's statechart with ELK (loaded on the first call).
 * @example const layout = await layoutStatechart(describeMachine(touchLoopMachine));
 */
export async function layoutStatechart(input: StatechartInput): Promise<StatechartLayout> {
	const elk = await getElk();
	return fromStatechartElkGraph(await elk.layout(toStatechartElkGraph(input)), input);
}

/** Lays out several charts one after the other, keeping their keys (for the precomputed file). */
export async function layoutStatecharts<K extends string>(inputs: Readonly<Record<K, StatechartInput>>): Promise<Record<K, StatechartLayout>> {
	const layouts = {} as Record<K, StatechartLayout>;
	for (const key of Object.keys(inputs) as K[]) layouts[key] = await layoutStatechart(inputs[key]);
	return layouts;
}
