// Benchmark of the headless simulation (not a test): how long 24 h of simulated time takes
// for 3, 20 and 100 servers with a publish every minute, and how that compares with a floor:
// a plain event loop, written below, that does the same work without statecharts. Budget
// (DESIGN.md): 20 servers ≤ 500 ms, at most 10 times the floor.
// Usage: npm run bench:simulate [-- <umbraco version>]
import { register } from 'tsx/esm/api';

register();
const { runScenario } = await import('../../src/machines/simulate.ts');
const { validateScenario } = await import('../../src/machines/scenario/validate-scenario.ts');
const { getVersionProfile } = await import('../../src/machines/versions/version-profile.ts');
const { ranks } = await import('../../src/machines/clock/ranks.ts');

const version = process.argv[2] ?? '13.5.2';
const day = 86_400;
const budgetMs = 500;
const budgetRatio = 10;
const runs = 3;
// The floor takes a few milliseconds, so one run is at the mercy of a scheduler hiccup.
const floorRuns = 9;

function scenario(serverCount) {
	const servers = Array.from({ length: serverCount }, (_, i) => ({ id: `S${String(i + 1).padStart(3, '0')}`, start: i % 60 }));
	// A first request on every server (v8 starts its loops on it), then a publish every minute.
	const events = servers.map((server) => ({ at: server.start + 1, server: server.id, do: 'request' }));
	for (let at = 120; at < day; at += 60) events.push({ at, server: servers[0].id, do: 'publish', instructions: 1 });
	const checked = validateScenario({ umbraco: version, servers, events, until: day });
	if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
	return checked.scenario;
}

// ---------------------------------------------------------------------------------------
// The floor: the same timers on a binary heap (same instants, same same-instant order), the
// same touches (election included), polls that sleep until a write, applies, writes, prunes
// and recurring jobs, and the same log entries, in plain mutable JavaScript. It models what
// this benchmark's scenario exercises (elected servers with a URL, requests and publishes,
// Umbraco 8 to 16), nothing else; for v17 (distributed jobs) there is no floor.

const TOUCH = 0;
const POLL = 1;
const JOBS = 2;
const START = 3;
const REQUEST = 4;
const PUBLISH = 5;
const rankOf = [ranks.touch, ranks.sync, ranks.jobs, ranks.start, ranks.request, ranks.publish];

/** A binary heap of timers ordered by (at, rank, order, seq). */
class TimerHeap {
	items = [];
	seq = 0;

	static before(a, b) {
		return a.at - b.at || a.rank - b.rank || a.order - b.order || a.seq - b.seq;
	}

	push(at, kind, order, server, generation = 0, data = 0) {
		const timer = { at, rank: rankOf[kind], order, seq: this.seq++, kind, server, generation, data };
		const items = this.items;
		let i = items.length;
		items.push(timer);
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (TimerHeap.before(timer, items[parent]) >= 0) break;
			items[i] = items[parent];
			i = parent;
		}
		items[i] = timer;
	}

	pop() {
		const items = this.items;
		const top = items[0];
		const last = items.pop();
		if (items.length === 0) return top;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= items.length) break;
			const child = left + 1 < items.length && TimerHeap.before(items[left + 1], items[left]) < 0 ? left + 1 : left;
			if (TimerHeap.before(items[child], last) >= 0) break;
			items[i] = items[child];
			i = child;
		}
		items[i] = last;
		return top;
	}
}

/** The first instant of `first + k·period` at or after `from` (strictly after when `strictly`). */
function nextTick(first, period, from, strictly = false) {
	if (from < first) return first;
	let tick = first + Math.ceil((from - first) / period) * period;
	if (strictly && tick <= from) tick += period;
	return tick;
}

function floorRun(input, profile) {
	const { settings } = input;
	if (profile.behaviour === 'v17') throw new Error('the floor does not model v17 distributed jobs');
	if (input.servers.some((s) => s.role !== 'elected' || !s.appUrl)) throw new Error('the floor models elected servers with a URL only');
	if (input.events.some((e) => e.do !== 'request' && e.do !== 'publish')) throw new Error('the floor models requests and publishes only');
	const awaitsRequest = profile.loopsAwaitFirstRequest;
	const pollsPrune = profile.pruning === 'sync';
	const log = [];
	const heap = new TimerHeap();
	const rows = [];
	const instructions = [];
	let nextId = 1;
	let now = 0;
	const maxId = () => (instructions.length === 0 ? 0 : instructions[instructions.length - 1].id);
	const servers = input.servers.map((server, order) => ({
		id: server.id, order, identity: `${server.id}#1`, running: false, role: 'unknown', touchRole: null,
		bootAt: 0, firstRequestAt: null, touchFirst: 0, syncFirst: 0,
		lastSynced: 0, knownMax: 0, lastPollAt: -Infinity, lastPruned: 0, pollAt: null, pollGeneration: 0,
		jobsGeneration: 0, lastTickAt: -Infinity,
	}));
	const byId = new Map(servers.map((s) => [s.id, s]));
	const runsOn = (job, role) => job.roles === 'all' || role === 'single' || role === 'publisher';
	const prunes = (s) => pollsPrune && (s.role === 'single' || s.role === 'publisher');

	function nextFire(s, job) {
		const anchor = job.anchor === 'boot' ? s.bootAt : s.firstRequestAt;
		if (anchor === null) return null;
		const fire = nextTick(anchor + job.delay, job.period, now);
		return fire > s.lastTickAt ? fire : nextTick(anchor + job.delay, job.period, s.lastTickAt, true);
	}
	function planJobs(s) {
		let at = null;
		for (const job of profile.recurringJobs) {
			if (!runsOn(job, s.role)) continue;
			const fire = nextFire(s, job);
			if (fire !== null && (at === null || fire < at)) at = fire;
		}
		s.jobsGeneration += 1;
		if (at !== null) heap.push(at, JOBS, s.order, s, s.jobsGeneration);
	}
	// Polls that would read nothing are not scheduled; a write plans them (see `write`).
	function planPoll(s) {
		if (awaitsRequest && s.firstRequestAt === null) return;
		const period = settings.syncPeriod;
		let at = nextTick(s.syncFirst, period, now);
		if (!(at > s.lastPollAt)) at = nextTick(s.syncFirst, period, s.lastPollAt, true);
		if (s.knownMax <= s.lastSynced) at = prunes(s) ? Math.max(at, nextTick(s.syncFirst, period, s.lastPruned + settings.pruneThrottle, true)) : null;
		if (at === s.pollAt) return;
		s.pollAt = at;
		s.pollGeneration += 1;
		if (at !== null) heap.push(at, POLL, s.order, s, s.pollGeneration);
	}
	function setRole(s, role) {
		if (role === s.role) return;
		s.role = role;
		log.push({ t: now, server: s.id, type: 'role', role: profile.roleNames[role] });
		planPoll(s);
		planJobs(s);
	}
	function startLoops(s, from) {
		s.touchFirst = from + 15;
		s.syncFirst = from + 60;
		heap.push(s.touchFirst, TOUCH, s.order, s);
		planPoll(s);
	}
	function start(s) {
		s.running = true;
		s.bootAt = now;
		s.lastPruned = now;
		s.lastSynced = maxId();
		log.push({ t: now, server: s.id, type: 'start' });
		log.push({ t: now, server: s.id, type: 'role', role: profile.roleNames[s.role] });
		log.push({ t: now, server: s.id, type: 'boot', mode: 'cold' });
		if (!awaitsRequest) startLoops(s, now);
		planJobs(s);
	}
	function request(s) {
		if (s.firstRequestAt !== null) return;
		s.firstRequestAt = now;
		if (awaitsRequest) startLoops(s, now);
		planJobs(s);
	}
	function touch(s) {
		const cutOff = now - settings.staleTimeout;
		let hasPublisher = false;
		let own;
		for (const row of rows) {
			if (row.isSchedulingPublisher) hasPublisher = true;
			if (row.computerName === s.id) own = row;
		}
		if (!own) {
			own = { id: rows.length + 1, computerName: s.id, address: `https://${s.id}/`, registeredDate: now, lastNotifiedDate: now, isActive: true, isSchedulingPublisher: false };
			rows.push(own);
		}
		own.lastNotifiedDate = now;
		own.isActive = true;
		own.isSchedulingPublisher ||= !hasPublisher;
		log.push({ t: now, server: s.id, type: 'touch' });
		let active = 0;
		for (const row of rows) {
			if (row !== own && row.lastNotifiedDate < cutOff) {
				if (row.isActive) log.push({ t: now, server: s.id, type: 'deactivate', target: row.computerName });
				row.isActive = false;
				row.isSchedulingPublisher = false;
			} else if (row.isActive) active += 1;
		}
		heap.push(nextTick(s.touchFirst, settings.touchPeriod, now, true), TOUCH, s.order, s);
		const role = active > 1 ? (own.isSchedulingPublisher ? 'publisher' : 'subscriber') : 'single';
		if (role === s.touchRole) return;
		s.touchRole = role;
		setRole(s, role);
	}
	function write(s, count) {
		const ids = [];
		for (let left = count; left > 0; left -= settings.maxProcessingInstructionCount) {
			instructions.push({ id: nextId, utcStamp: now, originated: s.identity, instructionCount: Math.min(left, settings.maxProcessingInstructionCount) });
			ids.push(nextId++);
		}
		log.push({ t: now, server: s.id, type: 'write', rows: ids, count });
		const max = maxId();
		for (const other of servers) {
			if (!other.running || other.knownMax >= max) continue;
			other.knownMax = max;
			planPoll(other);
		}
	}
	function prune() {
		const cutOff = now - settings.retainInstructions;
		const max = maxId();
		let kept = 0;
		for (const row of instructions) if (!(row.utcStamp < cutOff && row.id < max)) instructions[kept++] = row;
		const deleted = instructions.length - kept;
		instructions.length = kept;
		return deleted;
	}
	function poll(s) {
		s.pollAt = null;
		let low = 0;
		let high = instructions.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (instructions[mid].id > s.lastSynced) high = mid;
			else low = mid + 1;
		}
		const end = Math.min(instructions.length, low + settings.rowsPerPoll);
		for (let i = low; i < end; i++) {
			const row = instructions[i];
			if (row.originated !== s.identity) log.push({ t: now, server: s.id, type: 'apply', instruction: row.id });
			s.lastSynced = row.id;
		}
		s.knownMax = maxId();
		s.lastPollAt = now;
		if (prunes(s) && now - s.lastPruned > settings.pruneThrottle) {
			log.push({ t: now, server: s.id, type: 'prune', deleted: prune() });
			s.lastPruned = now;
		}
		planPoll(s);
	}
	function jobs(s) {
		let pruning = false;
		for (const job of profile.recurringJobs) {
			if (!runsOn(job, s.role) || nextFire(s, job) !== now) continue;
			log.push({ t: now, server: s.id, type: 'job', job: job.name });
			if (job.prunes) pruning = true;
		}
		if (pruning) log.push({ t: now, server: s.id, type: 'prune', deleted: prune() });
		s.lastTickAt = now;
		planJobs(s);
	}

	// Scenario actions sort by their place in the file (servers first, then events).
	for (const s of servers) heap.push(input.servers[s.order].start, START, s.order, s);
	input.events.forEach((event, index) => {
		const kind = event.do === 'request' ? REQUEST : PUBLISH;
		heap.push(event.at, kind, servers.length + index, byId.get(event.server), 0, event.instructions ?? 0);
	});
	while (heap.items.length > 0 && heap.items[0].at <= input.until) {
		const timer = heap.pop();
		now = timer.at;
		const s = timer.server;
		if (timer.kind === START) start(s);
		else if (timer.kind === REQUEST) request(s);
		else if (timer.kind === PUBLISH) write(s, timer.data);
		else if (timer.kind === TOUCH) touch(s);
		else if (timer.kind === POLL && timer.generation === s.pollGeneration) poll(s);
		else if (timer.kind === JOBS && timer.generation === s.jobsGeneration) jobs(s);
	}
	return log;
}

// ---------------------------------------------------------------------------------------

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Whether two logs hold the same entries in the same order. */
function sameEntries(a, b) {
	return a.length === b.length && a.every((entry, i) => JSON.stringify(entry) === JSON.stringify(b[i]));
}

function time(times, work) {
	const started = performance.now();
	const result = work();
	times.push(performance.now() - started);
	return result;
}

const profile = getVersionProfile(version, scenario(3).settings);
const hasFloor = profile.behaviour !== 'v17';
const verdict = (ok) => (ok ? 'ok' : 'OVER');
console.log(`lbplan simulate benchmark — Umbraco ${version}, 24 h simulated, a publish every minute`);
console.log(`simulation: median of ${runs} runs; floor: ${hasFloor ? `a plain event loop doing the same work (see this file), median of ${floorRuns} runs` : 'not modelled for v17 (distributed jobs)'}`);
console.log(['servers'.padStart(8), 'simulation'.padStart(11), 'floor'.padStart(10), 'ratio'.padStart(7), 'log entries'.padStart(12)].join(''));
// Warm-up: JIT and module loading.
runScenario(scenario(3));
if (hasFloor) floorRun(scenario(3), profile);
for (const count of [3, 20, 100]) {
	const input = scenario(count);
	const floorTimes = [];
	let floorLog = [];
	// The floor first, so the garbage of the real runs does not land on it.
	for (let run = 0; hasFloor && run < floorRuns; run++) floorLog = time(floorTimes, () => floorRun(input, profile));
	const times = [];
	let log = [];
	for (let run = 0; run < runs; run++) log = time(times, () => runScenario(input)).log;
	const ms = median(times);
	const floorMs = hasFloor ? median(floorTimes) : NaN;
	if (hasFloor && floorLog.length !== log.length) throw new Error(`the floor logged ${floorLog.length} entries, the simulation ${log.length}: they no longer do the same work`);
	const columns = [
		String(count).padStart(8),
		`${ms.toFixed(0)} ms`.padStart(11),
		(hasFloor ? `${floorMs.toFixed(1)} ms` : '–').padStart(10),
		(hasFloor ? `${(ms / floorMs).toFixed(1)}×` : '–').padStart(7),
		String(log.length).padStart(12),
	];
	let line = columns.join('');
	if (hasFloor) line += `  (floor: ${floorLog.length} entries, ${sameEntries(floorLog, log) ? 'the same ones' : 'not the same ones'})`;
	if (count === 20) line += `  budget ${budgetMs} ms: ${verdict(ms <= budgetMs)}${hasFloor ? `; ≤ ${budgetRatio}× the floor: ${verdict(ms / floorMs <= budgetRatio)}` : ''}`;
	console.log(line);
}
