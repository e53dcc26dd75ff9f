/**
 * A scenario document with its validated form. Pages validate their scenarios at build
 * time and hand both to the island (page-scenario.ts), so a lesson's simulator never loads
 * the validator; links and forks load it on use (`checkScenario`).
 */
import type { Opening } from '../../machines/playback/opening';
import type { ScenarioDocument } from '../../machines/playback/scenario-edits';
import { formatIssue } from '../../machines/scenario/scenario-issues';
import type { Scenario } from '../../machines/scenario/scenario-types';
import { validateScenario } from '../../machines/scenario/validate-scenario';
import { getVersionProfile, type VersionProfile } from '../../machines/versions/version-profile';

/** A document as written, the scenario it validates to and its version's profile (plain data). */
export interface PreparedScenario {
	readonly document: ScenarioDocument;
	readonly scenario: Scenario;
	readonly profile: VersionProfile;
}

/** What a page hands its simulator: a prepared scenario and its first second on screen, recorded at build time. */
export interface PageScenario extends PreparedScenario {
	readonly opening: Opening;
}

/** A validated scenario with its profile. */
export function withProfile(document: ScenarioDocument, scenario: Scenario): PreparedScenario {
	return { document, scenario, profile: getVersionProfile(scenario.umbraco, scenario.settings) };
}

/** Validates a document: the prepared scenario, or the problems as one sentence. */
export function checkScenario(document: ScenarioDocument): PreparedScenario | string {
	const checked = validateScenario(document);
	return checked.ok ? withProfile(document, checked.scenario) : checked.issues.map(formatIssue).join('; ');
}
