/**
 * "Simulate this design": a plan becomes a scenario file v1 document the simulator opens.
 * Pure: the same plan always gives the same scenario. What the simulation cannot express
 * (instances, per-server settings, read-only databases) is listed in `notes`.
 */
import { backofficeServers, mainServer } from '../../domain/plan/queries';
import type { Plan } from '../../domain/plan/schema';
import { findBand } from '../../domain/versions/catalogue';
import type { RoleAccessor } from '../scenario/scenario-types';
import { defaultSettings, type SimulationSettings } from '../settings';
import { getVersionProfile, unsupportedVersionReason } from '../versions/version-profile';
import { expandInstances, type PlannedInstance } from './plan-servers';
import { planSettings } from './plan-settings';

/** A server of a scenario file v1 document. */
export interface PlanScenarioServer {
	readonly id: string;
	readonly start: number;
	readonly role: RoleAccessor;
	readonly appUrl: boolean;
}

/** An event of the scenarios `planToScenario` writes. */
export type PlanScenarioEvent =
	| { readonly at: number; readonly server: string; readonly do: 'request' }
	| { readonly at: number; readonly server: string; readonly do: 'publish'; readonly instructions: number };

/** A scenario file v1 document, as `simulate` and `lbplan simulate` read it. */
export interface PlanScenarioDocument {
	readonly umbraco: string;
	readonly settings?: Partial<SimulationSettings>;
	readonly servers: readonly PlanScenarioServer[];
	readonly events: readonly PlanScenarioEvent[];
	readonly until: number;
}

/** The scenario of a plan and what was simplified, or why the plan's version cannot be simulated. */
export type PlanScenarioResult =
	| { readonly ok: true; readonly scenario: PlanScenarioDocument; readonly notes: readonly string[] }
	| { readonly ok: false; readonly reason: string };

/** The script every converted plan runs, in simulated seconds. */
export const planScript = { requestAfterStart: 10, publishAt: 120, instructions: 3, until: 600 } as const;

/** Seconds between server starts: 5, closer for big farms so that all start within a minute. */
function startSpacing(count: number): number {
	return Math.max(1, Math.min(5, Math.floor(60 / count)));
}

// The server where editors publish: the first backoffice server, else the one that runs the
// once-per-cluster work (`mainServer`); its first instance.
function publisherOf(plan: Plan, instances: readonly PlannedInstance[]): PlannedInstance {
	const server = backofficeServers(plan)[0] ?? mainServer(plan);
	return instances.find((entry) => entry.server === server) ?? instances[0]!;
}

function applicationUrlNote(plan: Plan, elected: boolean): string | undefined {
	if (plan.applicationUrl !== undefined) return undefined;
	if (!elected) return 'The plan sets no application URL; with pinned roles the election does not need one.';
	// Runtime semantics §1.3 step 5; updates 2026 §1 facts 1 and 3.
	const detection = findBand(plan.umbraco)?.applicationUrlDetection;
	if (detection === 'none-by-default') return `The plan sets no application URL: on Umbraco ${plan.umbraco} elected servers never learn it from a request and stay Unknown.`;
	if (detection === 'machine-name-fallback') return 'The plan sets no application URL: elected servers register with their machine name instead.';
	return 'The plan sets no application URL: each elected server learns it from its first request.';
}

function simplificationNotes(plan: Plan): string[] {
	const notes: string[] = [];
	const { behaviour, version } = getVersionProfile(plan.umbraco, defaultSettings);
	if (![8, 13, 17].includes(version[0])) notes.push(`Umbraco ${plan.umbraco} runs on the simulation's ${behaviour} code, with its own version's differences.`);
	const readOnly = plan.servers.filter((server) => server.database !== 'read-write').map((server) => server.id);
	if (readOnly.length > 0) notes.push(`Read-only database access (${readOnly.join(', ')}) is not simulated: every server reads and writes.`);
	if (plan.servers.some((server) => (server.settings.mainDomLock ?? 'default') !== 'default')) {
		notes.push("MainDom lock settings are not simulated: a recycle hands over the way the version's default lock does.");
	}
	return notes;
}

/**
 * Turns a plan into a scenario: each instance a server starting a few seconds after the
 * previous one, its role accessor from the plan's role, the application URL configured when
 * the plan sets one. Every server gets a request 10 s after it starts, the backoffice server
 * publishes 3 instructions at 120 s, and the run ends at 600 s.
 *
 * @example planToScenario(plan) // { ok: true, scenario: { umbraco: '13.5.2', servers: [...], ... }, notes: [...] }
 */
export function planToScenario(plan: Plan): PlanScenarioResult {
	const reason = unsupportedVersionReason(plan.umbraco);
	if (reason !== undefined) return { ok: false, reason: `Umbraco ${plan.umbraco} cannot be simulated: ${reason}.` };
	const { instances, notes: instanceNotes } = expandInstances(plan);
	const { settings, notes: settingNotes } = planSettings(plan);
	const spacing = startSpacing(instances.length);
	const appUrl = plan.applicationUrl !== undefined;
	const servers = instances.map((entry, index) => ({ id: entry.id, start: index * spacing, role: entry.server.role, appUrl }));
	const requests = servers.map((server) => ({ at: server.start + planScript.requestAfterStart, server: server.id, do: 'request' as const }));
	const publisher = publisherOf(plan, instances);
	const publish = { at: planScript.publishAt, server: publisher.id, do: 'publish' as const, instructions: planScript.instructions };
	const urlNote = applicationUrlNote(plan, servers.some((server) => server.role === 'elected'));
	const notes = [
		`Servers start ${spacing} s apart, each gets a request ${planScript.requestAfterStart} s after it starts, and ${publisher.id} publishes ${planScript.instructions} instructions at ${planScript.publishAt} s.`,
		...instanceNotes,
		...(urlNote ? [urlNote] : []),
		...settingNotes,
		...simplificationNotes(plan),
	];
	const scenario: PlanScenarioDocument = {
		umbraco: plan.umbraco,
		...(Object.keys(settings).length > 0 ? { settings } : {}),
		servers,
		events: [...requests, publish],
		until: planScript.until,
	};
	return { ok: true, scenario, notes };
}
