import { createActor, createMachine, type AnyStateMachine } from 'xstate';
import { describe, expect, test } from 'vitest';
import { recurringJobsMachine } from '../../../src/machines/server/recurring-jobs-machine';
import { serverProcessMachine } from '../../../src/machines/server/server-process-machine';
import { syncLoopMachine } from '../../../src/machines/server/sync-loop-machine';
import { touchLoopMachine } from '../../../src/machines/server/touch-loop-machine';
import { activeStatePaths, describeMachine, formatDelay } from '../../../src/machines/statechart/statechart-model';
import { statechartKeys, statechartModels } from '../../../src/machines/statechart/statechart-models';

/** What the test reads of a state node: xstate's public fields, walked by hand. */
interface Walked {
	id: string;
	type: string;
	states: Record<string, Walked>;
	transitions: Map<string, { target?: readonly { id: string }[] }[]>;
	always?: readonly unknown[];
}

function walk(node: Walked): Walked[] {
	return [node, ...Object.values(node.states).flatMap(walk)];
}

const machines: [string, AnyStateMachine][] = [
	['process', serverProcessMachine],
	['touch', touchLoopMachine],
	['sync', syncLoopMachine],
	['jobs', recurringJobsMachine],
];

describe.each(machines)('the %s machine', (key, machine) => {
	const model = statechartModels()[key as keyof ReturnType<typeof statechartModels>];
	const walked = walk(machine.root as unknown as Walked);

	test('lists every state node once, parents first, with its xstate id and type', () => {
		expect(model.nodes.map((n) => n.id)).toEqual(walked.map((n) => n.id));
		expect(model.nodes.map((n) => n.kind)).toEqual(walked.map((n) => n.type));
		expect(model.root).toBe(machine.id);
		const seen = new Set<string>();
		for (const node of model.nodes) {
			expect(node.parent === null || seen.has(node.parent)).toBe(true);
			seen.add(node.id);
		}
	});

	test('lists every transition, from and to states it knows', () => {
		const count = walked.reduce((sum, n) => sum + [...n.transitions.values()].flat().length + (n.always?.length ?? 0), 0);
		expect(model.transitions).toHaveLength(count);
		const ids = new Set(model.nodes.map((n) => n.id));
		for (const t of model.transitions) {
			expect(ids.has(t.source), t.id).toBe(true);
			for (const target of t.targets) expect(ids.has(target), `${t.id} → ${target}`).toBe(true);
			expect(t.label).not.toBe('');
		}
		expect(new Set(model.transitions.map((t) => t.id)).size).toBe(model.transitions.length);
	});

	test('marks exactly one initial child in each compound state', () => {
		for (const parent of model.nodes.filter((n) => n.kind === 'compound')) {
			expect(model.nodes.filter((n) => n.parent === parent.id && n.initial), parent.id).toHaveLength(1);
		}
		expect(model.nodes.filter((n) => n.parent === null)).toEqual([expect.objectContaining({ id: machine.id, initial: false })]);
	});

	test('is plain JSON', () => {
		expect(JSON.parse(JSON.stringify(model))).toEqual(model);
	});
});

test('the models are described once', () => {
	expect(statechartModels()).toBe(statechartModels());
	expect(Object.keys(statechartModels())).toEqual(statechartKeys);
});

test('the process starts its loops in running, by their actor ids', () => {
	const running = statechartModels().process.nodes.find((n) => n.id === 'serverProcess.holding.running');
	expect(running?.invokes).toEqual(['touch', 'sync', 'jobs']);
});

describe('transition labels', () => {
	const machine = createMachine(
		{
			id: 'demo',
			initial: 'a',
			on: { reset: '.a' },
			states: {
				a: {
					after: { 5000: 'b', 250: { target: 'b', guard: 'soon' }, patience: 'b' },
					always: [{ guard: { type: 'ready' }, target: 'c' }],
					on: { go: [{ guard: 'fast', target: 'c' }, { target: 'b' }], poke: { actions: () => {} } },
				},
				b: { on: { 'split.*': { target: 'c', guard: () => true } } },
				c: { type: 'final' },
			},
		},
		{ delays: { patience: 1 }, guards: { soon: () => true, ready: () => false, fast: () => true } }
	);
	const model = describeMachine(machine);
	const labelsOf = (source: string) => model.transitions.filter((t) => t.source === source).map((t) => t.label);

	test('name the event, the delay or `always`, then a named guard', () => {
		expect(labelsOf('demo')).toEqual(['reset']);
		expect(labelsOf('demo.a').sort()).toEqual(['after 250ms [soon]', 'after 5s', 'after patience', 'always [ready]', 'go', 'go [fast]', 'poke'].sort());
		// An inline guard has no name to show.
		expect(labelsOf('demo.b')).toEqual(['split.*']);
	});

	test('keep targets, none for an action-only transition', () => {
		const targets = Object.fromEntries(model.transitions.map((t) => [t.label, t.targets]));
		expect(targets).toMatchObject({ reset: ['demo.a'], poke: [], 'go [fast]': ['demo.c'], 'after 5s': ['demo.b'] });
	});

	test.each([
		[5000, '5s'],
		[1500, '1.5s'],
		[250, '250ms'],
		['touchPeriod', 'touchPeriod'],
	])('formatDelay(%s) is %s', (delay, text) => {
		expect(formatDelay(delay)).toBe(text);
	});
});

describe('activeStatePaths', () => {
	test('lists a flat value', () => {
		expect(activeStatePaths('scheduled')).toEqual(['scheduled']);
		expect(activeStatePaths('scheduled', 'touchLoop')).toEqual(['touchLoop', 'touchLoop.scheduled']);
	});

	test('lists nested values outermost first', () => {
		expect(activeStatePaths({ holding: 'running' }, 'serverProcess')).toEqual(['serverProcess', 'serverProcess.holding', 'serverProcess.holding.running']);
		expect(activeStatePaths({ a: { b: { c: 'd' } } })).toEqual(['a', 'a.b', 'a.b.c', 'a.b.c.d']);
	});

	test('lists every region of a parallel state', () => {
		expect(activeStatePaths({ p: { left: 'on', right: {} } }, 'm')).toEqual(['m', 'm.p', 'm.p.left', 'm.p.left.on', 'm.p.right']);
	});

	test("gives a running actor's ids as the model names them", () => {
		const machine = createMachine({
			id: 'par',
			type: 'parallel',
			states: {
				left: { initial: 'idle', states: { idle: { on: { go: 'busy' } }, busy: {} } },
				right: { initial: 'x', states: { x: { initial: 'y', states: { y: {} } } } },
			},
		});
		const actor = createActor(machine).start();
		actor.send({ type: 'go' });
		const ids = activeStatePaths(actor.getSnapshot().value, machine.id);
		expect(ids).toEqual(['par', 'par.left', 'par.left.busy', 'par.right', 'par.right.x', 'par.right.x.y']);
		const known = new Set(describeMachine(machine).nodes.map((n) => n.id));
		for (const id of ids) expect(known.has(id)).toBe(true);
		expect(describeMachine(machine).nodes.find((n) => n.id === 'par')?.kind).toBe('parallel');
	});
});
