/** What the simulator's keys do, on the state (Space and `?` are the page's own). */
import type { SimulatorState } from './simulator.svelte';
import type { SimCommand } from './sim-keys';

/** Instructions a key press publishes, and seconds a key press cuts the database off. */
const keyPublish = 1;
const keyDbFailure = 60;

/** Runs a key's command; a server action without a selected server says so instead. */
export function runCommand(sim: SimulatorState, command: Exclude<SimCommand, 'toggle' | 'keys'>): void {
	switch (command) {
		case 'stepForward':
			return sim.stepForward();
		case 'stepBack':
			return sim.stepBack();
		case 'start':
			return sim.seek(0);
		case 'end':
			return sim.seek(sim.end);
		case 'addServer':
			return void sim.addServer();
	}
	const id = sim.selected;
	if (!id) return sim.announce('Select a server first: its card in the farm, or Tab to it and press Enter.');
	switch (command) {
		case 'stop':
			return void sim.inject(id, { do: 'stop' }, `${id} stopped`);
		case 'crash':
			return void sim.inject(id, { do: 'crash' }, `${id} crashed`);
		case 'recycle':
			return void sim.inject(id, { do: 'recycle' }, `${id} recycled`);
		case 'request':
			return void sim.inject(id, { do: 'request' }, `A request reached ${id}`);
		case 'publish':
			return void sim.inject(id, { do: 'publish', instructions: keyPublish }, `${id} published ${keyPublish}`);
		case 'dbFailure':
			return void sim.inject(id, { do: 'dbFailure', seconds: keyDbFailure }, `${id} lost the database for ${keyDbFailure} s`);
	}
}
