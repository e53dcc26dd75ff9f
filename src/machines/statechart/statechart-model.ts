/**
 * A machine definition read as plain data for the inspector's statechart view: every state
 * node and every transition, through xstate's public `StateNode` objects (never the source
 * text), so the picture follows the machines as they change.
 *
 * Node ids are state paths led by the machine id (`serverProcess.holding.running`), the same
 * ids xstate gives its state nodes and that `#serverProcess.released` targets use.
 */
import type { AnyStateMachine, StateValue } from 'xstate';

/** How a state nests: no children, one active child, all children active, or done. */
export type StatechartNodeKind = 'atomic' | 'compound' | 'parallel' | 'final';

/** One state node. `parent` is null for the machine's root. */
export interface StatechartNode {
	readonly id: string;
	readonly key: string;
	readonly label: string;
	readonly parent: string | null;
	readonly kind: StatechartNodeKind;
	/** Whether this is its parent's initial state. */
	readonly initial: boolean;
	/** Ids of the actors the state invokes while active (the process's `touch`, `sync`, `jobs`). */
	readonly invokes: readonly string[];
}

/** One transition; `targets` is empty for a transition that only runs actions. */
export interface StatechartTransition {
	readonly id: string;
	readonly source: string;
	readonly targets: readonly string[];
	/** The event type, `after 15s` (delayed) or `always` (eventless), then ` [guard]` if named. */
	readonly label: string;
}

/** A machine as plain JSON data: nodes parents first in document order, then transitions. */
export interface StatechartModel {
	/** The machine id, which is also the root node's id. */
	readonly root: string;
	readonly nodes: readonly StatechartNode[];
	readonly transitions: readonly StatechartTransition[];
}

/** The parts of `StateNode` read here (xstate's own type is generic over the machine). */
interface StateNodeLike {
	readonly key: string;
	readonly path: readonly string[];
	readonly type: string;
	readonly parent?: StateNodeLike | undefined;
	readonly states: Readonly<Record<string, StateNodeLike>>;
	readonly initial: { readonly target: readonly StateNodeLike[] };
	readonly transitions: ReadonlyMap<string, readonly TransitionLike[]>;
	readonly always?: readonly TransitionLike[] | undefined;
	readonly invoke: readonly { readonly id: string }[];
	readonly machine: { readonly id: string };
}

interface TransitionLike {
	readonly eventType: string;
	readonly target?: readonly StateNodeLike[] | undefined;
	readonly guard?: unknown;
	readonly delay?: number | string;
}

/** A node's id: the machine id, then its path (xstate's default state node id). */
function nodeId(node: StateNodeLike): string {
	return [node.machine.id, ...node.path].join('.');
}

function nodeKind(node: StateNodeLike): StatechartNodeKind {
	if (node.type === 'parallel' || node.type === 'final' || node.type === 'compound') return node.type;
	return 'atomic';
}

/** `5000` → `5s`, `1500` → `1.5s`, `250` → `250ms`; a named delay stays its name. */
export function formatDelay(delay: number | string): string {
	if (typeof delay === 'string') return delay;
	return delay >= 1000 ? `${delay / 1000}s` : `${delay}ms`;
}

/** The name of a guard given by name or `{ type }`; inline functions and `not(…)` stay unnamed. */
function guardName(guard: unknown): string | null {
	if (typeof guard === 'string') return guard;
	if (guard !== null && typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return guard.type;
	return null;
}

function transitionLabel(transition: TransitionLike): string {
	const guard = guardName(transition.guard);
	let event = transition.eventType;
	if (transition.delay !== undefined) event = `after ${formatDelay(transition.delay)}`;
	else if (event === '') event = 'always';
	return guard === null ? event : `${event} [${guard}]`;
}

function describeNode(node: StateNodeLike, nodes: StatechartNode[], transitions: StatechartTransition[]): void {
	const id = nodeId(node);
	const parent = node.parent;
	nodes.push({
		id,
		key: node.key,
		label: parent ? node.key : node.machine.id,
		parent: parent ? nodeId(parent) : null,
		kind: nodeKind(node),
		initial: parent !== undefined && parent.type === 'compound' && parent.initial.target.includes(node),
		invokes: node.invoke.map((invoked) => invoked.id),
	});
	const own = [...node.transitions.values()].flat().concat(node.always ?? []);
	own.forEach((transition, index) => {
		transitions.push({
			id: `${id}:${index}`,
			source: id,
			targets: (transition.target ?? []).map(nodeId),
			label: transitionLabel(transition),
		});
	});
	for (const child of Object.values(node.states)) describeNode(child, nodes, transitions);
}

/**
 * Every state and transition of `machine`, parents before children in document order.
 * Transitions of one node keep xstate's order: `on` and `after` events, then `always`.
 * @example describeMachine(touchLoopMachine).nodes.map((n) => n.id) // ['touchLoop', 'touchLoop.starting', …]
 */
export function describeMachine(machine: AnyStateMachine): StatechartModel {
	const nodes: StatechartNode[] = [];
	const transitions: StatechartTransition[] = [];
	describeNode(machine.root as unknown as StateNodeLike, nodes, transitions);
	return { root: machine.id, nodes, transitions };
}

function collectPaths(value: StateValue, prefix: string, paths: string[]): void {
	if (typeof value === 'string') {
		paths.push(prefix === '' ? value : `${prefix}.${value}`);
		return;
	}
	for (const [key, child] of Object.entries(value)) {
		const path = prefix === '' ? key : `${prefix}.${key}`;
		paths.push(path);
		if (child !== undefined) collectPaths(child, path, paths);
	}
}

/**
 * The active node ids of a snapshot `value`, outermost first. With `root` (the machine id, as
 * in `StatechartModel.root`) the ids match the model's and include the root itself; without
 * it they are bare paths.
 * @example activeStatePaths({ holding: 'running' }, 'serverProcess')
 * // ['serverProcess', 'serverProcess.holding', 'serverProcess.holding.running']
 */
export function activeStatePaths(value: StateValue, root?: string): string[] {
	const paths: string[] = root === undefined ? [] : [root];
	collectPaths(value, root ?? '', paths);
	return paths;
}
