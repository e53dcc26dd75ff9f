/**
 * Guided scenarios of the visual simulator and "Simulate this design" (plan → scenario).
 * Re-exports only.
 */
export { findGuidedScenario, guidedScenarios } from './guided-scenarios';
export type { GuidedCheck, GuidedScenario, GuidedStep } from './guided-types';
export { planToScenario, type PlanScenarioResult, type PlanScenarioDocument, type PlanScenarioEvent, type PlanScenarioServer } from './plan-to-scenario';
