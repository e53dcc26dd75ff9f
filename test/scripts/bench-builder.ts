// `npm run bench:builder`: domain time of one builder edit on a 20-server design (1 backoffice
// + 19 front-ends). Each iteration changes one thing in the plan document (rename a server,
// toggle a setting, switch the Umbraco version, switch the file strategy) and times what the
// builder re-runs: schema check, rules, generated files and checklist. Budget from DESIGN.md:
// a builder edit of a 20-server design re-checks in ≤ 16 ms (judged on the p95). Also prints
// the full `bundleEntries` time for the same edits (a full bundle ≤ 50 ms) and `quickLayout`
// of a 50-box plan (the first diagram before ELK has loaded).
import { bundleEntries } from '../../src/domain/bundle/build-bundle';
import { buildChecklist } from '../../src/domain/checklist/build-checklist';
import { generateFiles } from '../../src/domain/generators/generate';
import { validatePlan } from '../../src/domain/plan/parse';
import type { Plan, PlanInput } from '../../src/domain/plan/schema';
import { findPreset } from '../../src/domain/presets/index';
import { validate } from '../../src/domain/rules/validate';
import { quickLayout } from '../../src/layout/quick-layout';
import { fiftyBoxPlan } from '../unit/layout/plans';

const iterations = 200;
const warmUp = 30;
const editBudgetMs = 16;
const bundleBudgetMs = 50;
const quickLayoutTargetMs = 1;

const versions = ['13.5.2', '8.18.8', '17.4.2'] as const;
const strategies = ['replication', 'central-share', 'azure-web-apps', 'standalone'] as const;
const permalink = 'http://127.0.0.1:4321/planner/#plan=1.bench';
// A fixed stand-in for the diagram: the bundle only wraps it with provenance.
const diagramSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';

/** The v13 central-share preset grown to 1 backoffice server and 19 front-ends. */
function twentyServerDoc(): PlanInput {
	const preset = findPreset('v13-central-share');
	if (!preset) throw new Error('preset v13-central-share is missing');
	const frontEnds = Array.from({ length: 19 }, (_, i) => ({ id: `web-${i + 1}`, name: `Web ${i + 1}`, host: `web${i + 1}.corp.local`, kind: 'frontend', role: 'subscriber' }) as const);
	return { ...preset.plan, servers: [...preset.plan.servers.filter((s) => s.kind === 'backoffice'), ...frontEnds] };
}

/** The document after edit number `n`: one change, made the immutable way a builder makes it. */
function edit(doc: PlanInput, n: number): PlanInput {
	const step = Math.floor(n / 4);
	switch (n % 4) {
		case 0: {
			const at = step % doc.servers.length;
			return { ...doc, servers: doc.servers.map((s, i) => (i === at ? { ...s, name: `Server ${at} (edit ${n})` } : s)) };
		}
		case 1:
			return step % 2 === 0
				? { ...doc, loadBalancer: { ...doc.loadBalancer, stickySessions: doc.loadBalancer.stickySessions === 'cookie' ? 'none' : 'cookie' } }
				: { ...doc, upgrades: { unattended: !doc.upgrades?.unattended } };
		case 2:
			return { ...doc, umbraco: versions[step % versions.length]! };
		default:
			return { ...doc, files: { ...doc.files, strategy: strategies[step % strategies.length]! } };
	}
}

function plan(doc: PlanInput): Plan {
	const result = validatePlan(doc);
	if (!result.ok) throw new Error(`edited plan is invalid: ${JSON.stringify(result.issues)}`);
	return result.plan;
}

interface Samples {
	readonly wall: number[];
	readonly cpu: number[];
}

/** Wall and CPU time of `action` on each input, after `warmUp` untimed runs. */
function sample<T>(inputs: readonly T[], action: (input: T) => unknown): Samples {
	for (const input of inputs.slice(0, warmUp)) action(input);
	const samples: Samples = { wall: [], cpu: [] };
	for (const input of inputs) {
		const cpuStart = process.cpuUsage();
		const start = performance.now();
		action(input);
		samples.wall.push(performance.now() - start);
		const cpu = process.cpuUsage(cpuStart);
		samples.cpu.push((cpu.user + cpu.system) / 1000);
	}
	return samples;
}

function stats(values: readonly number[]): { median: number; p95: number; max: number } {
	const sorted = values.toSorted((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
	return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const ms = (n: number) => n.toFixed(2).padStart(9);

/** Prints one line; judges `budget` on the wall-time p95 (or the median for `on: 'median'`). Returns the judged value. */
function report(label: string, samples: Samples, budget?: number, on: 'p95' | 'median' = 'p95'): number {
	const wall = stats(samples.wall);
	const cpu = stats(samples.cpu);
	const verdict = budget === undefined ? '' : `   ${on} ≤ ${budget} ms: ${wall[on] <= budget ? 'within' : 'OVER'}`;
	console.log(`${label.padEnd(34)}${ms(wall.median)}${ms(wall.p95)}${ms(wall.max)}${ms(cpu.median)}${ms(cpu.p95)}${verdict}`);
	return wall[on];
}

const docs: PlanInput[] = [];
for (let n = 0, doc = twentyServerDoc(); n < iterations; n++) docs.push((doc = edit(doc, n)));
const plans = new Map(docs.map((doc) => [doc, plan(doc)]));
const planOf = (doc: PlanInput) => plans.get(doc)!;

console.log(`builder edit benchmark: 20 servers, ${iterations} edits (${warmUp} warm-up), Node ${process.version}`);
console.log(`${'ms'.padEnd(34)}${['median', 'p95', 'max', 'CPU med', 'CPU p95'].map((h) => h.padStart(9)).join('')}`);
report('  validatePlan (schema)', sample(docs, validatePlan));
report('  validate (rules)', sample(docs, (doc) => validate(planOf(doc))));
report('  generateFiles', sample(docs, (doc) => generateFiles(planOf(doc))));
report('  buildChecklist', sample(docs, (doc) => buildChecklist(planOf(doc))));
const oneEdit = (doc: PlanInput) => {
	const p = plan(doc);
	return [validate(p), generateFiles(p), buildChecklist(p)];
};
const editP95 = report('one edit: all four', sample(docs, oneEdit), editBudgetMs);
report('bundleEntries (fixed diagram)', sample(docs, (doc) => bundleEntries({ plan: plan(doc), planInput: doc, diagramSvg, permalink })), bundleBudgetMs);
const fifty = fiftyBoxPlan();
const boxes = quickLayout(fifty).boxes.length;
report(`quickLayout, ${boxes}-box plan`, sample(Array.from({ length: iterations }, () => fifty), quickLayout), quickLayoutTargetMs, 'median');

console.log('\nCPU time is printed beside wall time: a busy machine inflates wall time, not the work done.');
console.log(`builder edit p95 ${editP95.toFixed(2)} ms (budget ${editBudgetMs} ms): ${editP95 <= editBudgetMs ? 'within budget' : 'OVER BUDGET'}`);
process.exitCode = editP95 <= editBudgetMs ? 0 : 1;
