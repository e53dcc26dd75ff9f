/** The layout pipeline: plan → ELK graph → ELK run → boxes and edges. */
import type { Plan } from '../domain/plan/schema';
import { getElk } from './elk-engine';
import { fromElkGraph } from './from-elk-graph';
import { toElkGraph } from './to-elk-graph';
import type { LayoutResult } from './types';

/**
 * Lays out a plan's topology diagram with ELK (loaded on the first call).
 * @example const layout = await layoutPlan(plan); const svg = renderDiagramSvg(plan, layout);
 */
export async function layoutPlan(plan: Plan): Promise<LayoutResult> {
	const elk = await getElk();
	return fromElkGraph(await elk.layout(toElkGraph(plan)));
}
