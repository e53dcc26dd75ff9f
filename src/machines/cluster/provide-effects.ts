/** The cluster machine with every nested machine's effects bound to one clock and log. */
import { ranks } from '../clock/ranks';
import type { SimulationClock } from '../clock/simulation-clock';
import type { LogEntry } from '../log';
import { recurringJobsMachine } from '../server/recurring-jobs-machine';
import { serverProcessMachine } from '../server/server-process-machine';
import { syncLoopMachine } from '../server/sync-loop-machine';
import { touchLoopMachine } from '../server/touch-loop-machine';
import { clusterMachine } from './cluster-machine';
import { jobHostsMachine } from './job-hosts-machine';
import { createSimulationEffects } from './simulation-effects';

/** `clusterMachine` whose timers run on `clock` and whose entries go to `log`. */
export function provideSimulationEffects(clock: SimulationClock, log: LogEntry[]) {
	const effects = createSimulationEffects(clock, log);
	const timed = (rank: number) => ({ armTimer: effects.armTimer(rank), record: effects.record });
	const requesting = (rank: number) => ({ sendLater: effects.sendLater(rank), record: effects.record });
	return clusterMachine.provide({
		actors: {
			serverProcess: serverProcessMachine.provide({
				actions: timed(ranks.mainDom),
				actors: {
					touchLoop: touchLoopMachine.provide({ actions: requesting(ranks.touch) }),
					syncLoop: syncLoopMachine.provide({ actions: requesting(ranks.sync) }),
					recurringJobs: recurringJobsMachine.provide({ actions: timed(ranks.jobs) }),
				},
			}),
			// Hosts tick last in an instant, and alone at their rank: a request they send for the
			// instant at hand goes before anything else can happen.
			jobHosts: jobHostsMachine.provide({
				actions: { armTimer: effects.armTimer(ranks.distributedJobs), sendLater: effects.sendLater(ranks.distributedJobs), recordFor: effects.recordFor },
			}),
		},
	});
}
