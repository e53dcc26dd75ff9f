/**
 * Machines on a simulated clock, outside the cluster: a database actor, a parent that
 * collects what a loop reports, and the effects bound to a `SimulationClock` and a log.
 */
import { createActor, createMachine, assign, type AnyActorRef, type AnyStateMachine, type EventObject } from 'xstate';
import { SimulationClock } from '../../../src/machines/clock/simulation-clock';
import { createSimulationEffects } from '../../../src/machines/cluster/simulation-effects';
import { databaseMachine } from '../../../src/machines/database/database-machine';
import type { LogEntry } from '../../../src/machines/log';
import { defaultSettings, type SimulationSettings } from '../../../src/machines/settings';
import { getVersionProfile } from '../../../src/machines/versions/version-profile';

export function testBench(umbraco = '13.5.2', settings: SimulationSettings = defaultSettings) {
	const clock = new SimulationClock();
	const log: LogEntry[] = [];
	const effects = createSimulationEffects(clock, log);
	const profile = getVersionProfile(umbraco, settings);
	const database = createActor(databaseMachine, { input: { settings, jobs: profile.distributedJobs } });
	database.start();
	const actions = { armTimer: effects.armTimer(11), sendLater: effects.sendLater(11), record: effects.record };
	return { clock, log, profile, settings, database: database as AnyActorRef, databaseActor: database, actions };
}

/** Runs `machine` as the child of a parent that keeps every event the child sends up. */
export function runAsChild(machine: AnyStateMachine, input: unknown) {
	const parent = createActor(
		createMachine({
			types: {} as { context: { received: EventObject[] } },
			context: { received: [] },
			invoke: { id: 'child', src: machine, input },
			on: { '*': { actions: assign(({ context, event }) => ({ received: [...context.received, event] })) } },
		})
	);
	parent.start();
	const child = parent.getSnapshot().children['child'] as AnyActorRef;
	return { parent, child, received: () => parent.getSnapshot().context.received };
}
