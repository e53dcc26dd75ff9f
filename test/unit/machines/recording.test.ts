import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRecording } from '../../../src/machines/playback/recording';
import { runScenario } from '../../../src/machines/simulate';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';
import { getVersionProfile } from '../../../src/machines/versions/version-profile';
import type { Scenario } from '../../../src/machines/scenario/scenario-types';

const fixtures = ['publisher-failover', 'subscriber-cold-boot', 'v17-distributed-jobs', 'v8-first-request', 'issue-example'];

function load(name: string): Scenario {
	const checked = validateScenario(JSON.parse(readFileSync(`test/fixtures/scenarios/${name}.json`, 'utf8')));
	if (!checked.ok) throw new Error(name);
	return checked.scenario;
}

describe('recording', () => {
	it.each(fixtures)('%s: records the same log as the headless run', (name) => {
		const scenario = load(name);
		const recording = createRecording(scenario, getVersionProfile(scenario.umbraco, scenario.settings));
		expect(recording.extendTo(Infinity)).toBe(true);
		expect(recording.log).toEqual(runScenario(scenario).log);
		recording.dispose();
	});

	it.each(fixtures)('%s: the frame at any second matches a run that ends there', (name) => {
		const scenario = load(name);
		const recording = createRecording(scenario, getVersionProfile(scenario.umbraco, scenario.settings));
		recording.extendTo(Infinity);
		const seconds = [0, Math.floor(scenario.until / 3), Math.floor(scenario.until / 2), Math.floor(scenario.until)];
		for (const t of seconds) {
			const frame = recording.frameAt(t);
			const headless = runScenario({ ...scenario, until: t });
			expect(frame.logLength, `log length at ${t}`).toBe(headless.log.length);
			expect(frame.tables.servers).toEqual(headless.final.database.servers);
			expect(frame.tables.instructions).toEqual(headless.final.database.instructions);
			const names = getVersionProfile(scenario.umbraco, scenario.settings).roleNames;
			for (const server of frame.servers) {
				const final = headless.final.servers[server.id]!;
				expect(server.role && names[server.role], `${server.id} role at ${t}`).toBe(final.role);
				expect(['off', 'stopped'].includes(server.status) || (server.status === 'failed' && server.live === 0), `${server.id} status at ${t}`).toBe(!final.running);
				if (server.status === 'running') expect(server.lastSynced, `${server.id} last synced at ${t}`).toBe(final.lastSynced);
			}
		}
		recording.dispose();
	});

	it('steps between the seconds in which something happened, forwards and back', () => {
		const scenario = load('publisher-failover');
		const recording = createRecording(scenario, getVersionProfile(scenario.umbraco, scenario.settings));
		recording.extendTo(Infinity);
		const forward: number[] = [];
		for (let t: number | null = 0; t !== null; t = recording.nextChange(t)) forward.push(t);
		const backward: number[] = [];
		for (let t: number | null = Math.floor(scenario.until) + 1; (t = recording.previousChange(t)) !== null; ) backward.push(t);
		expect(backward.reverse()).toEqual(forward);
		const logSeconds = new Set(recording.log.map((entry) => Math.ceil(entry.t)));
		for (const second of logSeconds) expect(forward).toContain(second);
	});

	it('records in slices that stop when asked, and ends at until', () => {
		const scenario = load('publisher-failover');
		const recording = createRecording(scenario, getVersionProfile(scenario.umbraco, scenario.settings));
		let calls = 0;
		expect(recording.extendTo(Infinity, () => ++calls > 50)).toBe(false);
		expect(recording.computedTo).toBe(50);
		expect(recording.frameAt(10_000).t).toBeLessThanOrEqual(50);
		expect(recording.extendTo(Infinity)).toBe(true);
		expect(recording.computedTo).toBe(Math.floor(scenario.until));
	});
});

describe('frame timers', () => {
	it('shows a touch timer only for servers that touch, and a poll timer only while polling', () => {
		const checked = validateScenario({
			umbraco: '13.5.2',
			servers: [
				{ id: 'elected', start: 0 },
				{ id: 'pinned', start: 0, role: 'subscriber' },
			],
			until: 120,
		});
		if (!checked.ok) throw new Error('invalid');
		const recording = createRecording(checked.scenario, getVersionProfile('13.5.2', checked.scenario.settings));
		recording.extendTo(Infinity);
		const [elected, pinned] = recording.frameAt(100).servers;
		expect(elected!.touch).toEqual({ first: 15, period: 60 });
		expect(pinned!.touch).toBeNull();
		expect(elected!.poll?.period).toBe(5);
	});
});
