/**
 * A scenario document with its validated form. Pages validate their scenarios at build
 * time and hand both to the island, so a lesson's simulator never loads the validator;
 * links and forks load it on use (`checkScenario`).
 */
import type { ScenarioDocument } from '../../machines/playback/scenario-edits';
import { formatIssue } from '../../machines/scenario/scenario-issues';
import type { Scenario } from '../../machines/scenario/scenario-types';
import { validateScenario } from '../../machines/scenario/validate-scenario';

/** A document as written and the scenario it validates to. */
export interface PreparedScenario {
	readonly document: ScenarioDocument;
	readonly scenario: Scenario;
}

/** Validates a document: the prepared scenario, or the problems as one sentence. */
export function checkScenario(document: ScenarioDocument): PreparedScenario | string {
	const checked = validateScenario(document);
	return checked.ok ? { document, scenario: checked.scenario } : checked.issues.map(formatIssue).join('; ');
}

/** Validates a document the page itself ships; a broken one fails the build. */
export function prepareScenario(document: ScenarioDocument): PreparedScenario {
	const prepared = checkScenario(document);
	if (typeof prepared === 'string') throw new Error(`scenario does not validate: ${prepared}`);
	return prepared;
}
