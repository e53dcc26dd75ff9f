// `npm run bench:domain`: time to validate, check and bundle each preset (median of runs,
// after a warm-up). Prints numbers; budget from DESIGN.md: a full bundle ≤ 50 ms.
import { bundleEntries, zipBundle } from '../../src/domain/bundle/build-bundle';
import { validatePlan } from '../../src/domain/plan/parse';
import { planShareLink } from '../../src/domain/plan/share-link';
import { presets } from '../../src/domain/presets/index';
import { validate } from '../../src/domain/rules/validate';
import { layoutPlan, renderDiagramSvg } from '../../src/layout/index';

const runs = 30;
const budgetMs = 50;

function median(values: number[]): number {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function time(action: () => void): number {
	const samples: number[] = [];
	for (let i = 0; i < 3; i++) action();
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		action();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

console.log(`preset                              validate+check ms   bundle+zip ms   (median of ${runs}; diagram laid out once beforehand)`);
let worst = 0;
for (const preset of presets) {
	const parsed = validatePlan(preset.plan);
	if (!parsed.ok) throw new Error(`${preset.id} is invalid`);
	const diagramSvg = renderDiagramSvg(parsed.plan, await layoutPlan(parsed.plan));
	const permalink = planShareLink('http://127.0.0.1:4321/planner/', preset.plan);
	const check = time(() => {
		const result = validatePlan(preset.plan);
		if (result.ok) validate(result.plan);
	});
	const bundle = time(() => zipBundle(bundleEntries({ plan: parsed.plan, planInput: preset.plan, diagramSvg, permalink }), 'bundle'));
	worst = Math.max(worst, bundle);
	console.log(`${preset.id.padEnd(36)}${check.toFixed(2).padStart(14)}${bundle.toFixed(2).padStart(16)}`);
}
console.log(`\nslowest bundle ${worst.toFixed(2)} ms (budget ${budgetMs} ms): ${worst <= budgetMs ? 'within budget' : 'OVER BUDGET'}`);
process.exitCode = worst <= budgetMs ? 0 : 1;
