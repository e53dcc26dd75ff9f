/**
 * Layout benchmark for DESIGN.md's budget "ELK layout of a 50-box plan ≤ 100 ms warm".
 * Prints the engine load time, the cold first layout, and the median of 20 warm layouts
 * (after a warm-up that lets the JIT settle) of the whole `layoutPlan` pipeline: map in,
 * ELK run, map out. CPU time is printed beside wall time because a busy machine inflates
 * wall time but not the work done.
 *
 *   npm run bench:layout             print the numbers
 *   npm run bench:layout -- --check  also exit with 1 when the warm median is over budget
 */
import { performance } from 'node:perf_hooks';
import { getElk, layoutPlan } from '../../src/layout';
import { fiftyBoxPlan } from '../unit/layout/plans';

const BUDGET_MS = 100;
const WARM_UP_RUNS = 20;
const MEASURED_RUNS = 20;

interface Timing {
	wall: number;
	cpu: number;
}

async function time<T>(run: () => Promise<T>): Promise<[Timing, T]> {
	const cpuStart = process.cpuUsage();
	const start = performance.now();
	const result = await run();
	const wall = performance.now() - start;
	const cpu = process.cpuUsage(cpuStart);
	return [{ wall, cpu: (cpu.user + cpu.system) / 1000 }, result];
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
const row = (label: string, t: Timing) => `  ${label.padEnd(34)}${ms(t.wall)}   (CPU ${ms(t.cpu).trim()})`;

const plan = fiftyBoxPlan();
const [load] = await time(() => getElk());
const [first, layout] = await time(() => layoutPlan(plan));
for (let i = 0; i < WARM_UP_RUNS; i++) await layoutPlan(plan);
const runs: Timing[] = [];
for (let i = 0; i < MEASURED_RUNS; i++) runs.push((await time(() => layoutPlan(plan)))[0]);
const warm = { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
const walls = runs.map((r) => r.wall).sort((a, b) => a - b);

console.log(`ELK layout benchmark: ${layout.boxes.length}-box plan, ${layout.edges.length} edges (Node ${process.version})`);
console.log(row('engine load (elk.bundled.js)', load));
console.log(row('first layout, cold', first));
console.log(row('cold total (load + first layout)', { wall: load.wall + first.wall, cpu: load.cpu + first.cpu }));
console.log(row(`warm median of ${MEASURED_RUNS} (${WARM_UP_RUNS} warm-up)`, warm));
console.log(`  warm wall min / max               ${walls[0]?.toFixed(1)} / ${walls.at(-1)?.toFixed(1)} ms`);
console.log(`  budget: warm median ≤ ${BUDGET_MS} ms → ${warm.wall <= BUDGET_MS ? 'OK' : 'OVER'}`);
if (process.argv.includes('--check') && warm.wall > BUDGET_MS) process.exitCode = 1;
