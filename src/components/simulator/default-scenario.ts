/** The farm `/simulator/` opens with when the address names no scenario. */
import type { ScenarioDocument } from '../../machines/playback/scenario-edits';

/** Umbraco 13: a backoffice server and two front-ends, one publish, an hour to play with. */
export const defaultScenario: ScenarioDocument = {
	umbraco: '13.5.2',
	servers: [
		{ id: 'admin', start: 0 },
		{ id: 'web1', start: 5 },
		{ id: 'web2', start: 10 },
	],
	events: [{ at: 120, server: 'admin', do: 'publish', instructions: 3 }],
	until: 3600,
};
