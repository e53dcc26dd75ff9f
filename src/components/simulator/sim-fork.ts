/**
 * Actions on a running simulator: each forks the scenario document at the second on screen
 * and records it again. Loads with the first action (`SimulatorState.inject` and friends).
 */
import { addServer as addToDocument, injectAction, removeServer as removeFromDocument, type InjectedAction, type ScenarioDocument } from '../../machines/playback/scenario-edits';
import { actionPhrase } from './narration';
import type { LoadResult, SimulatorState } from './simulator.svelte';

/** Shows `document` from second `at` and says what changed; the old scenario stays on failure. */
async function fork(sim: SimulatorState, document: ScenarioDocument, at: number, label: string): Promise<LoadResult> {
	const result = await sim.load(document, at);
	if (!result.ok) {
		sim.announce(`Not done: ${result.message}`);
		return result;
	}
	sim.forks += 1;
	sim.announce(`${label}. Events after ${at} s were dropped.`);
	return result;
}

export function inject(sim: SimulatorState, document: ScenarioDocument, at: number, server: string, action: InjectedAction): Promise<LoadResult> {
	return fork(sim, injectAction(document, at, server, action), at, actionPhrase(server, action));
}

export async function addServer(sim: SimulatorState, document: ScenarioDocument, at: number): Promise<LoadResult> {
	const next = addToDocument(document, at);
	const id = String(next.servers.at(-1)!['id']);
	const result = await fork(sim, next, at, `${id} added; its first process starts at ${at} s`);
	if (result.ok) sim.selected = id;
	return result;
}

export async function removeServer(sim: SimulatorState, document: ScenarioDocument, at: number, id: string, started: boolean): Promise<LoadResult> {
	const result = await fork(sim, removeFromDocument(document, at, id), at, started ? `${id} taken out: stopped at ${at} s` : `${id} removed`);
	if (result.ok && !started) sim.selected = null;
	return result;
}
