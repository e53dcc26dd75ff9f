/**
 * Build time only: a page validates the scenario it ships and records its opening second,
 * so the island shows the farm at once and loads the machines on first use.
 */
import type { ScenarioDocument } from '../../machines/playback/scenario-edits';
import { recordOpening } from '../../machines/playback/recording';
import { checkScenario, type PageScenario } from './prepared-scenario';

/** Validates a document the page ships (a broken one fails the build) and records second `openAt`. */
export function prepareScenario(document: ScenarioDocument, openAt = 0): PageScenario {
	const prepared = checkScenario(document);
	if (typeof prepared === 'string') throw new Error(`scenario does not validate: ${prepared}`);
	return { ...prepared, opening: recordOpening(prepared.scenario, prepared.profile, openAt) };
}
