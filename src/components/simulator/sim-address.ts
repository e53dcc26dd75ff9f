/**
 * The simulator's part of the address bar: `#scenario=1.…` (scenario file v1, the same link
 * format as plan links) or, on a guided scenario's page, `#step-N`.
 */
import { isScenarioDocument, type ScenarioDocument } from '../../machines/playback/scenario-edits';
import type { PreparedScenario } from './prepared-scenario';
import type { SimulatorState } from './simulator.svelte';

// The link codec (and its deflate) loads only when a link is read or written: a lesson's
// simulator never touches the address bar, so it never fetches it.
const codec = () => import('../../machines/scenario/scenario-link');

/** What the address bar asks for. */
export type Address =
	| { readonly kind: 'none' }
	| { readonly kind: 'step'; readonly index: number }
	| { readonly kind: 'scenario'; readonly ok: true; readonly prepared: PreparedScenario }
	| { readonly kind: 'scenario'; readonly ok: false; readonly message: string };

/** The step index (0-based) of a `#step-N` fragment. */
export function stepOfHash(hash: string): number | null {
	const match = /^#?step-(\d{1,3})$/.exec(hash);
	return match ? Number(match[1]) - 1 : null;
}

/** Reads the fragment; a broken scenario link is a message, never a throw. */
export async function readAddress(hash: string): Promise<Address> {
	const step = stepOfHash(hash);
	if (step !== null) return { kind: 'step', index: step };
	if (!/^#?scenario=/.test(hash)) return { kind: 'none' };
	const decoded = (await codec()).decodeScenarioFragment(hash);
	if (!decoded.ok) return { kind: 'scenario', ok: false, message: decoded.message };
	if (!isScenarioDocument(decoded.input)) return { kind: 'scenario', ok: false, message: 'the link holds no scenario' };
	const { withProfile } = await import('./prepared-scenario');
	return { kind: 'scenario', ok: true, prepared: withProfile(decoded.input, decoded.scenario) };
}

/** Puts the scenario in the address bar, without a history entry (unless a newer one came first). */
export async function writeScenarioAddress(document: ScenarioDocument, isCurrent: () => boolean = () => true): Promise<void> {
	const fragment = (await codec()).encodeScenarioFragment(document);
	if (isCurrent()) history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
}

/** What the address bar may change in the simulator on its own page. */
export interface AddressFollower {
	readonly sim: SimulatorState;
	/** The document the page handed over. */
	readonly initial: ScenarioDocument;
	/** Whether the guided walk-through is on (a page with one). */
	guided(): boolean;
	goToStep(index: number): void;
	/** Shows why a link's scenario was not opened ('' for none). */
	setProblem(text: string): void;
	/** Leaves the guided walk-through: a link's own scenario is shown. */
	unguide(): void;
}

/** Opens what the address asks for: a shared scenario, or a step of the guided scenario. */
export async function followAddress(page: AddressFollower): Promise<void> {
	const { sim } = page;
	const address = await readAddress(location.hash);
	if (address.kind === 'scenario') {
		if (address.ok) await sim.open(address.prepared);
		page.setProblem(address.ok ? '' : `The link's scenario was not opened: ${address.message}`);
		if (address.ok) page.unguide();
		// A reload after a broken link shows what is on screen, not the broken link again.
		else if (sim.document === page.initial) history.replaceState(null, '', location.pathname + location.search);
		else void writeScenarioAddress(sim.document);
	} else if (address.kind === 'step' && page.guided()) page.goToStep(address.index);
	else if (page.guided()) page.goToStep(0);
}
