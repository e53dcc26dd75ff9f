/**
 * Public surface of the simulation: the headless API (`simulate`), the scenario format, and
 * the machines and cluster runner the visual simulator animates. Re-exports only.
 */
export { runScenario, simulate, type SimulateOptions, type SimulationResult } from './simulate';
export { validateScenario, type ScenarioValidation } from './scenario/validate-scenario';
export { ScenarioError, formatIssue, type ScenarioIssue } from './scenario/scenario-issues';
export { parseScenarioJson } from './scenario/parse-scenario-json';
export {
	eventKinds,
	machineNames,
	recycleMainDom,
	roleAccessors,
	type EventKind,
	type MachineName,
	type RecycleMainDom,
	type RoleAccessor,
	type Scenario,
	type ScenarioEvent,
	type ScenarioServer,
} from './scenario/scenario-types';
export { scenarioCommands, sortCommands, type TimedCommand } from './scenario/scenario-commands';
export { logEntryTypes, type HungLoop, type LogEntry, type LogFields } from './log';
export type { FinalDatabase, FinalServer, FinalState } from './cluster/final-state';
export { createClusterRun, type ClusterRun, type ClusterRunConfig } from './cluster/cluster-run';
export { clusterMachine } from './cluster/cluster-machine';
export { databaseMachine } from './database/database-machine';
export { serverProcessMachine } from './server/server-process-machine';
export { ranks } from './clock/ranks';
export { defaultSettings, fixedTimings, settingNames, type SimulationSettings } from './settings';
export { getVersionProfile, unsupportedVersionReason, type Role, type VersionProfile } from './versions/version-profile';
export { findGuidedScenario, guidedScenarios, planToScenario, type GuidedCheck, type GuidedScenario, type GuidedStep, type PlanScenarioResult, type PlanScenarioDocument } from './guided';
export { decodeScenarioFragment, encodeScenarioFragment, type ScenarioLinkResult } from './scenario/scenario-link';
export { scenarioLimits } from './scenario/scenario-limits';
export { estimateScenarioWork, type ScenarioWork } from './scenario/scenario-budget';
