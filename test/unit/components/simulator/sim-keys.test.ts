import { describe, expect, it } from 'vitest';
import { simulatorCommand, type KeyTarget } from '../../../../src/components/simulator/sim-keys';

const page: KeyTarget = { typing: false, slider: false, transport: false, control: false };
const transportButton: KeyTarget = { ...page, transport: true, control: true };
const serverCard: KeyTarget = { ...page, control: true };
const slider: KeyTarget = { ...page, slider: true, transport: true };
const field: KeyTarget = { ...page, typing: true };
const key = (name: string, mods: Partial<KeyboardEvent> = {}) => ({ key: name, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('simulator keys', () => {
	it('Space plays from the page, the transport and the slider, but presses other buttons', () => {
		expect(simulatorCommand(key(' '), page)).toBe('toggle');
		expect(simulatorCommand(key(' '), transportButton)).toBe('toggle');
		expect(simulatorCommand(key(' '), slider)).toBe('toggle');
		expect(simulatorCommand(key(' '), serverCard)).toBeNull();
	});

	it('arrows and the clicker key step; the slider keeps its own arrows, Home and End', () => {
		expect(simulatorCommand(key('ArrowRight'), page)).toBe('stepForward');
		expect(simulatorCommand(key('ArrowLeft'), serverCard)).toBe('stepBack');
		expect(simulatorCommand(key('.'), serverCard)).toBe('stepForward');
		expect(simulatorCommand(key('End'), page)).toBe('end');
		for (const name of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) expect(simulatorCommand(key(name), slider)).toBeNull();
	});

	it('never fires while typing or with modifiers', () => {
		for (const name of [' ', 's', '?', '.', 'ArrowRight']) expect(simulatorCommand(key(name), field)).toBeNull();
		expect(simulatorCommand(key('c', { ctrlKey: true }), page)).toBeNull();
		expect(simulatorCommand(key('.', { altKey: true }), page)).toBeNull();
	});

	it('letters act on the selected server, upper or lower case', () => {
		expect(simulatorCommand(key('C'), page)).toBe('crash');
		expect(simulatorCommand(key('p'), serverCard)).toBe('publish');
		expect(simulatorCommand(key('?'), page)).toBe('keys');
		expect(simulatorCommand(key('z'), page)).toBeNull();
	});
});
