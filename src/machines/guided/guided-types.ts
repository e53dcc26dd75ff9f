/**
 * Guided scenarios for the visual simulator: a scenario file v1 document plus narrated steps.
 * The page runs the scenario, pauses at each step's second and shows its caption until the
 * learner continues. `test/unit/machines/guided-scenarios.test.ts` runs every step and checks
 * that the state the caption describes is the state the simulation reports.
 */

/** A fact a caption states about one server, as `final.servers[server]` reports it at the step's second. */
export interface GuidedCheck { readonly server: string; readonly role?: string | null; readonly running?: boolean; readonly lastSynced?: number | null }
/** One stop of a walk-through: the state after every log entry with `t ≤ at`, and what it means. */
export interface GuidedStep { readonly at: number; readonly title: string; readonly caption: string; readonly focus?: readonly string[]; readonly checks?: readonly GuidedCheck[] }
/** A narrated walk-through: the scenario it runs and the steps it pauses at, in time order. */
export interface GuidedScenario { readonly id: string; readonly title: string; readonly summary: string; readonly scenario: unknown /* scenario file v1 JSON document, as written */; readonly steps: readonly GuidedStep[]; readonly lesson?: string /* site path of the lesson section, e.g. '/lessons/how-load-balancing-works/#…' — only if it exists under src/content or content/lessons; check */ }
