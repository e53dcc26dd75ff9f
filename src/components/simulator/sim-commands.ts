/** What the simulator's letter keys do: actions on the selected server, and adding one. */
import type { SimulatorState } from './simulator.svelte';
import type { SimCommand } from './sim-keys';

/** Instructions a key press publishes, and seconds a key press cuts the database off. */
const keyPublish = 1;
const keyDbFailure = 60;

/** A letter key's command. */
export type ActionCommand = Exclude<SimCommand, 'toggle' | 'keys' | 'stepForward' | 'stepBack' | 'start' | 'end'>;

/** Runs a letter key's command; a server action without a selected server says so instead. */
export function runCommand(sim: SimulatorState, command: ActionCommand): void {
	if (command === 'addServer') return void sim.addServer();
	const id = sim.selected;
	if (!id) return sim.announce('Select a server first: its card in the farm, or Tab to it and press Enter.');
	switch (command) {
		case 'stop':
			return void sim.inject(id, { do: 'stop' });
		case 'crash':
			return void sim.inject(id, { do: 'crash' });
		case 'recycle':
			return void sim.inject(id, { do: 'recycle' });
		case 'request':
			return void sim.inject(id, { do: 'request' });
		case 'publish':
			return void sim.inject(id, { do: 'publish', instructions: keyPublish });
		case 'dbFailure':
			return void sim.inject(id, { do: 'dbFailure', seconds: keyDbFailure });
	}
}
