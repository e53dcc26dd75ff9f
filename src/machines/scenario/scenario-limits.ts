/**
 * The documented limits of scenario file v1, shared by `lbplan simulate` and the simulator
 * page so both refuse the same scenarios. Each is checked before any simulation work is
 * done: the text ones before `JSON.parse`, the rest by `validateScenario`.
 */
export const scenarioLimits = {
	/** Largest scenario file or text, in UTF-8 bytes. */
	fileBytes: 1_000_000,
	/** Longest link fragment (`scenario=1.…`), in characters. */
	linkChars: 64_000,
	/** Largest text a share link may inflate to, in bytes; inflating stops past it. */
	inflatedBytes: 1_000_000,
	/** Deepest nesting of objects and arrays; the document itself is level 1. */
	depth: 64,
	/** Most servers. */
	servers: 200,
	/** Most events. */
	events: 10_000,
	/** Longest server id, in characters. */
	idLength: 64,
	/** Latest time and longest setting, in simulated seconds: one year of 365 days. */
	seconds: 31_536_000,
	/** Shortest period setting (`touchPeriod`, `syncPeriod`, …), in simulated seconds. */
	minPeriod: 1,
	/** Most `instructions` in one `publish` or `edit`. */
	instructions: 1_000_000,
	/** Largest `rowsPerPoll` and `maxProcessingInstructionCount`. */
	count: 100_000,
	/** Most cache-instruction rows the events write in all: Σ ⌈instructions / maxProcessingInstructionCount⌉. */
	rows: 20_000,
	/**
	 * Most processes started: one per server, one per `start` or `recycle` event. Each new
	 * process costs a little more than the last (the cluster keeps every process it ran).
	 */
	processes: 2_000,
	/** Most simulation steps, as estimated by `estimateScenarioWork`: about what a run logs. */
	steps: 500_000,
} as const;
