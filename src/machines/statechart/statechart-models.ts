/**
 * The statechart models of a server process and its three loops, built on first use: the
 * inspector normally draws the precomputed `src/layout/statechart-layouts.json` instead,
 * and `npm run statecharts` rebuilds that file from these.
 */
import { recurringJobsMachine } from '../server/recurring-jobs-machine';
import { serverProcessMachine } from '../server/server-process-machine';
import { syncLoopMachine } from '../server/sync-loop-machine';
import { touchLoopMachine } from '../server/touch-loop-machine';
import { describeMachine, type StatechartModel } from './statechart-model';

/** The machines the inspector draws: the process (`process`) and its children by actor id. */
export type StatechartKey = 'process' | 'touch' | 'sync' | 'jobs';

/** The keys in the order the inspector shows them. */
export const statechartKeys: readonly StatechartKey[] = ['process', 'touch', 'sync', 'jobs'];

let models: Readonly<Record<StatechartKey, StatechartModel>> | undefined;

/** The four models, described once and then reused. */
export function statechartModels(): Readonly<Record<StatechartKey, StatechartModel>> {
	models ??= {
		process: describeMachine(serverProcessMachine),
		touch: describeMachine(touchLoopMachine),
		sync: describeMachine(syncLoopMachine),
		jobs: describeMachine(recurringJobsMachine),
	};
	return models;
}
