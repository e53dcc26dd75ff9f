/**
 * The simulator's part of the address bar: `#scenario=1.…` (scenario file v1, the same link
 * format as plan links) or, on a guided scenario's page, `#step-N`.
 */
import { decodeScenarioFragment, encodeScenarioFragment } from '../../machines/scenario/scenario-link';
import { isScenarioDocument, type ScenarioDocument } from '../../machines/playback/scenario-edits';

/** What the address bar asks for. */
export type Address =
	| { readonly kind: 'none' }
	| { readonly kind: 'step'; readonly index: number }
	| { readonly kind: 'scenario'; readonly ok: true; readonly document: ScenarioDocument }
	| { readonly kind: 'scenario'; readonly ok: false; readonly message: string };

/** The step index (0-based) of a `#step-N` fragment. */
export function stepOfHash(hash: string): number | null {
	const match = /^#?step-(\d{1,3})$/.exec(hash);
	return match ? Number(match[1]) - 1 : null;
}

/** Reads the fragment; a broken scenario link is a message, never a throw. */
export function readAddress(hash: string): Address {
	const step = stepOfHash(hash);
	if (step !== null) return { kind: 'step', index: step };
	if (!/^#?scenario=/.test(hash)) return { kind: 'none' };
	const decoded = decodeScenarioFragment(hash);
	if (!decoded.ok) return { kind: 'scenario', ok: false, message: decoded.message };
	if (!isScenarioDocument(decoded.input)) return { kind: 'scenario', ok: false, message: 'the link holds no scenario' };
	return { kind: 'scenario', ok: true, document: decoded.input };
}

/** Puts the scenario in the address bar, without a history entry. */
export function writeScenarioAddress(document: ScenarioDocument): void {
	history.replaceState(null, '', `${location.pathname}${location.search}#${encodeScenarioFragment(document)}`);
}
