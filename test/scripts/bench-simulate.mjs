// Benchmark of the headless simulation (not a test): how long 24 h of simulated time takes
// for 3, 20 and 100 servers with a publish every minute. Budget (DESIGN.md): 20 servers ≤ 1 s.
// Usage: npm run bench:simulate [-- <umbraco version>]
import { register } from 'tsx/esm/api';

register();
const { runScenario } = await import('../../src/machines/simulate.ts');
const { validateScenario } = await import('../../src/machines/scenario/validate-scenario.ts');

const version = process.argv[2] ?? '13.5.2';
const day = 86_400;

function scenario(serverCount) {
	const servers = Array.from({ length: serverCount }, (_, i) => ({ id: `S${String(i + 1).padStart(3, '0')}`, start: i % 60 }));
	// A first request on every server (v8 starts its loops on it), then a publish every minute.
	const events = servers.map((server) => ({ at: server.start + 1, server: server.id, do: 'request' }));
	for (let at = 120; at < day; at += 60) events.push({ at, server: servers[0].id, do: 'publish', instructions: 1 });
	const checked = validateScenario({ umbraco: version, servers, events, until: day });
	if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
	return checked.scenario;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

console.log(`lbplan simulate benchmark — Umbraco ${version}, 24 h simulated, a publish every minute, median of 3 runs`);
runScenario(scenario(3)); // warm-up: JIT and module loading
for (const count of [3, 20, 100]) {
	const input = scenario(count);
	const times = [];
	let entries = 0;
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		entries = runScenario(input).log.length;
		times.push(performance.now() - started);
	}
	const ms = median(times);
	const budget = count === 20 ? (ms <= 1000 ? '  (budget 1000 ms: ok)' : '  (budget 1000 ms: OVER)') : '';
	console.log(`${String(count).padStart(4)} servers  ${ms.toFixed(0).padStart(6)} ms  ${String(entries).padStart(8)} log entries${budget}`);
}
