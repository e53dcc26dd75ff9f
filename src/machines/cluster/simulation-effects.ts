/**
 * The effects machines declare (`effects.ts`), bound to one simulated clock and one log.
 * Timers sort by the rank of the machine kind and the server's file order
 * (`clock/ranks.ts`); each actor has one pending delivery at most.
 */
import type { AnyActorRef, EventObject } from 'xstate';
import type { SimulationClock, TimerHandle } from '../clock/simulation-clock';
import type { RecordParams, SendLaterParams } from '../effects';
import type { LogEntry, LogFields } from '../log';
import type { RecordForParams } from './job-hosts-machine';

interface ActorArgs {
	readonly context: { readonly nextAt?: number | null; readonly config: object };
	readonly self: AnyActorRef;
}

interface LoggingArgs {
	readonly context: { readonly config: { readonly serverId: string } };
}

/** Implementations of the declared effects, per timer rank where they schedule. */
export interface SimulationEffects {
	armTimer(rank: number): (args: ActorArgs) => void;
	sendLater(rank: number): (args: ActorArgs, params: SendLaterParams) => void;
	record(args: LoggingArgs, params: RecordParams): void;
	recordFor(args: unknown, params: RecordForParams): void;
}

const orderOf = (config: object): number => (config as { order?: number }).order ?? 0;

interface Delivery {
	readonly sender: AnyActorRef;
	readonly to: AnyActorRef;
	readonly event: EventObject;
}

// A process that ended stops its loops; whatever they had pending falls silent.
function deliver({ sender, to, event }: Delivery): void {
	if (sender.getSnapshot().status === 'active') to.send(event);
}

/** Binds the effects to `clock` and `log`. */
export function createSimulationEffects(clock: SimulationClock, log: LogEntry[]): SimulationEffects {
	const pending = new WeakMap<AnyActorRef, TimerHandle>();
	const deliverLater = (self: AnyActorRef, at: number | null | undefined, rank: number, config: object, to: AnyActorRef, event: EventObject) => {
		pending.get(self)?.cancel();
		if (at === null || at === undefined) return;
		pending.set(self, clock.schedule<Delivery>({ at, rank, order: orderOf(config) }, deliver, { sender: self, to, event }));
	};
	const push = (server: string, fields: LogFields) => void log.push({ t: clock.now, server, ...fields });
	return {
		armTimer: (rank) => ({ context, self }) => {
			const at = context.nextAt;
			deliverLater(self, at, rank, context.config, self, { type: 'clock.tick', at } as EventObject);
		},
		sendLater: (rank) => ({ context, self }, { at, to, event }) => {
			deliverLater(self, at, rank, context.config, to, { ...event, replyTo: self } as EventObject);
		},
		record: ({ context }, params) => {
			for (const fields of Array.isArray(params) ? params : [params as LogFields]) push(context.config.serverId, fields);
		},
		recordFor: (_, { server, entries }) => {
			for (const fields of entries) push(server, fields);
		},
	};
}
