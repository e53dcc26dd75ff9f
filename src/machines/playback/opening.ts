/**
 * The opening of a recording: one second of a scenario (its frame and the log up to it),
 * recorded ahead of time, so a page can show a simulator before the machines that compute
 * it have loaded. `openingRecording` serves it through the `Recording` interface without
 * importing the machines; `recordOpening` (in recording.ts) makes one.
 */
import type { LogEntry } from '../log';
import type { Scenario } from '../scenario/scenario-types';
import type { Frame } from './frame';
import type { Recording } from './recording';

/** One recorded second: plain data, as a page hands it to its island. */
export interface Opening {
	/** The second shown. */
	readonly at: number;
	/** The frame shown at `at`. */
	readonly frame: Frame;
	/** Every log entry up to `at`. */
	readonly log: readonly LogEntry[];
}

/**
 * A recording that knows only its opening second: every second reads as that frame and
 * nothing records further. Whoever shows it must tell other seconds apart (`at`) and switch
 * to a real recording (`createRecording`) before showing them.
 */
export function openingRecording(scenario: Scenario, opening: Opening): Recording {
	return {
		scenario,
		log: opening.log,
		computedTo: opening.at,
		complete: opening.at >= Math.floor(scenario.until),
		extendTo: () => opening.at >= Math.floor(scenario.until),
		frameAt: () => opening.frame,
		nextChange: () => null,
		previousChange: () => null,
		dispose: () => undefined,
	};
}
