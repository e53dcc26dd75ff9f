/**
 * The bundle zip, loaded on first download (the generators and zip writer are not needed to draw).
 */
import { bundleEntries, bundleRoot, zipBundle } from '../../domain/bundle/build-bundle';
import type { PlanDraft } from '../../domain/plan/draft';
import type { Plan, PlanInput } from '../../domain/plan/schema';
import { layoutPlan, renderDiagramSvg } from '../../layout/index';
import { shareLinkOf } from './address-bar';

/**
 * The bundle zip, byte for byte what `LBPLAN_SITE_URL=<this page> lbplan bundle plan.json`
 * writes: the CLI's diagram (ELK layout, default SVG ids), the page's permalink, the plan as written.
 */
export async function bundleZip(plan: Plan, draft: PlanDraft): Promise<{ name: string; bytes: Uint8Array; files: number }> {
	const diagramSvg = renderDiagramSvg(plan, await layoutPlan(plan));
	const entries = bundleEntries({ plan, planInput: draft as PlanInput, diagramSvg, permalink: shareLinkOf(draft) });
	const root = bundleRoot(plan);
	return { name: `${root}.zip`, bytes: zipBundle(entries, root), files: entries.length };
}
