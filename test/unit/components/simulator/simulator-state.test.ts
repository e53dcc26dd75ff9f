import { describe, expect, it } from 'vitest';
import { SimulatorState } from '../../../../src/components/simulator/simulator.svelte';
import { defaultScenario } from '../../../../src/components/simulator/default-scenario';
import { prepareScenario } from '../../../../src/components/simulator/page-scenario';

async function ready(): Promise<SimulatorState> {
	const sim = new SimulatorState(prepareScenario(defaultScenario));
	await sim.wake();
	sim.compute(Infinity, () => false);
	return sim;
}

describe('simulator state before the machines load', () => {
	it('shows the opening second the page recorded, the same frame and log the machines give', async () => {
		const opened = new SimulatorState(prepareScenario(defaultScenario, 40));
		expect(opened.live).toBe(false);
		expect(opened.second).toBe(40);
		expect(opened.computing).toBe(false);
		const frame = opened.frame;
		const log = opened.recording.log.slice(0, opened.logLength);
		expect(log.length).toBeGreaterThan(0);
		await opened.wake();
		expect(opened.live).toBe(true);
		opened.compute(40, () => false);
		expect(opened.frame).toEqual(frame);
		expect(opened.recording.log.slice(0, opened.logLength)).toEqual(log);
	});

	it('another second is not on screen until the machines record it; asking to record loads them', async () => {
		const sim = new SimulatorState(prepareScenario(defaultScenario));
		sim.seek(90);
		expect(sim.computing).toBe(true);
		expect(sim.compute(90, () => false)).toBe(false);
		await sim.wake();
		expect(sim.live).toBe(true);
		sim.compute(90, () => false);
		expect(sim.computing).toBe(false);
		expect(sim.frame.t).toBeGreaterThan(0);
	});

	it('stepping forward waits for the machines, then lands on the next second in which something happens', async () => {
		const sim = new SimulatorState(prepareScenario(defaultScenario));
		sim.stepForward();
		expect(sim.second).toBe(0);
		await sim.wake();
		await Promise.resolve();
		expect(sim.second).toBeGreaterThan(0);
		expect(sim.recording.log.some((entry) => Math.ceil(entry.t) === sim.second)).toBe(true);
	});
});

describe('simulator state', () => {
	it('shows the frame of the second on screen and the log up to it', async () => {
		const sim = await ready();
		sim.seek(130);
		expect(sim.second).toBe(130);
		expect(sim.frame.t).toBeLessThanOrEqual(130);
		expect(sim.recording.log.slice(0, sim.logLength).every((entry) => entry.t <= 130)).toBe(true);
		expect(sim.recording.log.slice(0, sim.logLength).some((entry) => entry.type === 'write' && entry.server === 'admin')).toBe(true);
		expect(sim.frame.tables.instructions.length).toBeGreaterThan(0);
	});

	it('steps to the seconds in which something happens, and back', async () => {
		const sim = await ready();
		sim.stepForward();
		const first = sim.second;
		sim.stepForward();
		expect(sim.second).toBeGreaterThan(first);
		expect(sim.recording.log.some((entry) => Math.ceil(entry.t) === sim.second)).toBe(true);
		sim.stepBack();
		expect(sim.second).toBe(first);
	});

	it('plays to a guided step and pauses there', async () => {
		const sim = await ready();
		sim.playTo(75);
		expect(sim.playing).toBe(true);
		sim.advance(50);
		sim.advance(50);
		expect(sim.second).toBe(75);
		expect(sim.playing).toBe(false);
	});

	it('an action forks the run at the second on screen and drops the old future', async () => {
		const sim = await ready();
		sim.seek(60);
		const result = await sim.inject('admin', { do: 'crash' });
		expect(result.ok).toBe(true);
		expect(sim.second).toBe(60);
		expect(sim.document.events).toEqual([{ at: 60, server: 'admin', do: 'crash' }]);
		expect(sim.forks).toBe(1);
		expect(sim.announcement).toContain('Events after 60 s were dropped');
		sim.compute(Infinity, () => false);
		expect(sim.recording.log.some((entry) => entry.type === 'write')).toBe(false);
	});

	it('a refused document leaves the run as it was', async () => {
		const sim = await ready();
		const before = sim.document;
		const result = await sim.load({ ...before, umbraco: '7.15.0' });
		expect(result.ok).toBe(false);
		expect(sim.document).toBe(before);
	});

	it('adds a server that starts now and selects it', async () => {
		const sim = await ready();
		sim.seek(200);
		await sim.addServer();
		expect(sim.selected).toBe('web4');
		sim.compute(Infinity, () => false);
		sim.seek(400);
		expect(sim.frame.servers.find((server) => server.id === 'web4')?.status).toBe('running');
	});
});
