/**
 * The effects machines declare (`effects.ts`), bound to one simulated clock and one log.
 * Timers sort by the rank of the machine kind and the server's file order
 * (`clock/ranks.ts`); each actor has one pending delivery at most.
 *
 * A delayed request to the database is served from its store when it falls due and the
 * answer goes straight to the requester: what the database actor would do, minus two actor
 * messages per touch and poll, the bulk of a run. A request waiting for new rows waits at
 * the store, which moves it forward when a write comes, without waking the requester; a
 * standing request goes again by itself while its answers change nothing at the requester.
 * A timer or request with a next round (`Next`) goes on by itself after the tick or answer
 * it brought when the machine armed or sent nothing (`Delivery`).
 */
import type { AnyActorRef } from 'xstate';
import type { SimulationClock } from '../clock/simulation-clock';
import type { ArmTimerParams, RecordParams, SendLaterParams } from '../effects';
import type { LogEntry, LogFields } from '../log';
import { Delivery, type Log } from './delivery';
import type { RecordForParams } from './job-hosts-machine';
import { stampEntry } from './stamp-entry';

interface ActorArgs {
	readonly context: { readonly nextAt?: number | null; readonly config: object };
	readonly self: AnyActorRef;
}

interface LoggingArgs {
	readonly context: { readonly config: { readonly serverId: string } };
}

/** Implementations of the declared effects, per timer rank where they schedule. */
export interface SimulationEffects {
	armTimer(rank: number): (args: ActorArgs, params?: ArmTimerParams) => void;
	sendLater(rank: number): (args: ActorArgs, params: SendLaterParams) => void;
	record(args: LoggingArgs, params: RecordParams): void;
	recordFor(args: unknown, params: RecordForParams): void;
}

const orderOf = (config: object): number => (config as { order?: number }).order ?? 0;
const serverOf = (config: object): string => (config as { serverId?: string }).serverId ?? '';

/** Binds the effects to `clock` and `log`. */
export function createSimulationEffects(clock: SimulationClock, log: LogEntry[]): SimulationEffects {
	const push: Log = (server, fields) => void log.push(stampEntry(clock.now, server, fields));
	const deliveries = new WeakMap<AnyActorRef, Delivery>();
	const deliveryOf = (self: AnyActorRef, rank: number, config: object): Delivery => {
		let delivery = deliveries.get(self);
		if (!delivery) deliveries.set(self, (delivery = new Delivery(self, clock, push, rank, orderOf(config), serverOf(config))));
		delivery.rank = rank;
		return delivery;
	};
	return {
		armTimer: (rank) => ({ context, self }, params) => deliveryOf(self, rank, context.config).timer(context.nextAt ?? null, params),
		sendLater: (rank) => ({ context, self }, params) => deliveryOf(self, rank, context.config).request(params),
		record: ({ context }, params) => {
			const server = context.config.serverId;
			if (!Array.isArray(params)) return push(server, params as LogFields);
			for (const fields of params as readonly LogFields[]) push(server, fields);
		},
		recordFor: (_, lists) => {
			for (const { server, entries } of lists) for (const fields of entries) push(server, fields);
		},
	};
}
