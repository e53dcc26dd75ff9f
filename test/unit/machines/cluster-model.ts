/**
 * The abstract model walked by `cluster.paths.test.ts`: what may happen next to a
 * two-server cluster. Counting how long a server has been down makes "crashed, then time
 * passed" states distinct, so shortest paths reach fail-overs.
 */
import { assign, setup } from 'xstate';

export const servers = ['A', 'B'] as const;
export type Server = (typeof servers)[number];
export type ModelEvent =
	| { type: 'time.pass' }
	| { type: 'server.publish' | 'server.crash' | 'server.start'; server: Server }
	| { type: 'db.lost' | 'db.back'; server: 'A' };

interface ModelContext {
	/** How many `time.pass` a server has been down for (capped), or null while it runs. */
	readonly downFor: Readonly<Record<Server, number | null>>;
	readonly cutOff: boolean;
	readonly publishes: number;
	readonly elapsed: number;
}

const server = (event: ModelEvent): Server => ('server' in event ? event.server : 'A');
const isUp = (context: ModelContext, event: ModelEvent) => context.downFor[server(event)] === null;

/** The model; at most `maxElapsed` time steps. */
export function clusterModel(maxElapsed: number) {
	return setup({
		types: { context: {} as ModelContext, events: {} as ModelEvent },
		guards: {
			canPass: ({ context }) => context.elapsed < maxElapsed,
			isUp: ({ context, event }) => isUp(context, event),
			isDown: ({ context, event }) => !isUp(context, event),
			canPublish: ({ context, event }) => isUp(context, event) && context.publishes < 2,
			isConnected: ({ context }) => !context.cutOff,
			isCutOff: ({ context }) => context.cutOff,
		},
	}).createMachine({
		context: { downFor: { A: null, B: null }, cutOff: false, publishes: 0, elapsed: 0 },
		initial: 'cluster',
		states: {
			cluster: {
				on: {
					'time.pass': {
						guard: 'canPass',
						actions: assign(({ context }) => ({
							elapsed: context.elapsed + 1,
							downFor: { A: context.downFor.A === null ? null : Math.min(context.downFor.A + 1, 4), B: context.downFor.B === null ? null : Math.min(context.downFor.B + 1, 4) },
						})),
					},
					'server.publish': { guard: 'canPublish', actions: assign(({ context }) => ({ publishes: context.publishes + 1 })) },
					'server.crash': { guard: 'isUp', actions: assign(({ context, event }) => ({ downFor: { ...context.downFor, [event.server]: 0 } })) },
					'server.start': { guard: 'isDown', actions: assign(({ context, event }) => ({ downFor: { ...context.downFor, [event.server]: null } })) },
					'db.lost': { guard: 'isConnected', actions: assign({ cutOff: true }) },
					'db.back': { guard: 'isCutOff', actions: assign({ cutOff: false }) },
				},
			},
		},
	});
}

export const allEvents: ModelEvent[] = [
	{ type: 'time.pass' },
	...servers.flatMap((s) => (['server.publish', 'server.crash', 'server.start'] as const).map((type) => ({ type, server: s }))),
	{ type: 'db.lost', server: 'A' },
	{ type: 'db.back', server: 'A' },
];
