import { describe, expect, it } from 'vitest';
import { SimulatorState } from '../../../../src/components/simulator/simulator.svelte';
import { defaultScenario } from '../../../../src/components/simulator/default-scenario';
import { prepareScenario } from '../../../../src/components/simulator/prepared-scenario';

function ready(): SimulatorState {
	const sim = new SimulatorState(prepareScenario(defaultScenario));
	sim.compute(Infinity, () => false);
	return sim;
}

describe('simulator state', () => {
	it('shows the frame of the second on screen and the log up to it', () => {
		const sim = ready();
		sim.seek(130);
		expect(sim.second).toBe(130);
		expect(sim.frame.t).toBeLessThanOrEqual(130);
		expect(sim.recording.log.slice(0, sim.logLength).every((entry) => entry.t <= 130)).toBe(true);
		expect(sim.recording.log.slice(0, sim.logLength).some((entry) => entry.type === 'write' && entry.server === 'admin')).toBe(true);
		expect(sim.frame.tables.instructions.length).toBeGreaterThan(0);
	});

	it('steps to the seconds in which something happens, and back', () => {
		const sim = ready();
		sim.stepForward();
		const first = sim.second;
		sim.stepForward();
		expect(sim.second).toBeGreaterThan(first);
		expect(sim.recording.log.some((entry) => Math.ceil(entry.t) === sim.second)).toBe(true);
		sim.stepBack();
		expect(sim.second).toBe(first);
	});

	it('plays to a guided step and pauses there', () => {
		const sim = ready();
		sim.playTo(75);
		expect(sim.playing).toBe(true);
		sim.advance(50);
		sim.advance(50);
		expect(sim.second).toBe(75);
		expect(sim.playing).toBe(false);
	});

	it('an action forks the run at the second on screen and drops the old future', async () => {
		const sim = ready();
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
		const sim = ready();
		const before = sim.document;
		const result = await sim.load({ ...before, umbraco: '7.15.0' });
		expect(result.ok).toBe(false);
		expect(sim.document).toBe(before);
	});

	it('adds a server that starts now and selects it', async () => {
		const sim = ready();
		sim.seek(200);
		await sim.addServer();
		expect(sim.selected).toBe('web4');
		sim.compute(Infinity, () => false);
		sim.seek(400);
		expect(sim.frame.servers.find((server) => server.id === 'web4')?.status).toBe('running');
	});
});
