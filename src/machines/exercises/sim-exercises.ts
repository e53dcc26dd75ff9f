/**
 * Simulator exercises: a farm to act on, and a goal read from the second on screen. The
 * simulator opens one with `/simulator/?exercise=<id>`.
 */
import type { ExerciseText, GoalVerdict } from '../../domain/exercises/types';
import type { Frame } from '../playback/frame';
import type { ScenarioDocument } from '../playback/scenario-edits';

export interface SimExercise extends ExerciseText {
	readonly tool: 'simulator';
	readonly scenario: ScenarioDocument;
	/** Whether the farm at this second meets the goal, and what is missing. */
	readonly check: (frame: Frame) => GoalVerdict;
}

const verdict = (missing: string[]): GoalVerdict => ({ met: missing.length === 0, missing });

export const simExercises: readonly SimExercise[] = [
	{
		id: 'cold-boot-on-return',
		tool: 'simulator',
		lesson: 'the-instruction-flow',
		title: 'Make web2 come back cold',
		task: 'In this Umbraco 13 farm, web2 boots warm after a restart because it replays what it missed. Make it come back cold instead, the way a server does after a long outage.',
		goal: 'web2 is running again after a restart, and that boot was cold.',
		hints: [
			'A server replays missed instructions unless there are too many of them.',
			'The limit is MaxProcessingInstructionCount: 1,000 instructions by default.',
			'Stop web2 first, then make the admin server write more than the limit, then start web2.',
		],
		solution: ['Select web2 and stop it.', 'Select admin and publish 1,100 instructions.', 'Select web2, start it and play on until it runs: it boots cold.'],
		scenario: {
			umbraco: '13.5.2',
			servers: [
				{ id: 'admin', start: 0, role: 'publisher' },
				{ id: 'web1', start: 0, role: 'subscriber' },
				{ id: 'web2', start: 0, role: 'subscriber' },
			],
			events: [{ at: 30, server: 'admin', do: 'publish', instructions: 1 }],
			until: 900,
		},
		check: (frame) => {
			const web2 = frame.servers.find((server) => server.id === 'web2');
			const missing: string[] = [];
			if (!web2 || web2.incarnation < 2) missing.push('web2 has not been restarted yet.');
			else if (web2.status !== 'running') missing.push('web2 is not running: start it and let it boot.');
			else if (web2.boot !== 'cold') missing.push('web2 came back warm: it replayed what it missed.');
			return verdict(missing);
		},
	},
	{
		id: 'take-over-as-scheduler',
		tool: 'simulator',
		lesson: 'scheduling-server-election',
		title: 'Make web1 the scheduling server',
		task: 'Three Umbraco 13 servers are left to automatic election, and admin won it. Make web1 the SchedulingPublisher of a farm that still has at least two servers, using only what could happen to real servers.',
		goal: 'web1 is running as SchedulingPublisher.',
		hints: [
			'A server gives up the role only when it shuts down or its row in umbracoServer goes stale.',
			'After that, the first server to touch its row takes the role. Watch the touch arcs: is that web1?',
			'A server that runs alone reports Single, not SchedulingPublisher: the role needs a second active server.',
		],
		solution: [
			'Stop web2, then stop admin.',
			'Play on: web1 is the only active server left; it takes over at its next touch and reports Single.',
			'Start web2 again: once its row is active, web1 reports SchedulingPublisher and web2 Subscriber.',
		],
		scenario: {
			umbraco: '13.5.2',
			servers: [
				{ id: 'admin', start: 0 },
				{ id: 'web1', start: 5 },
				{ id: 'web2', start: 10 },
			],
			events: [],
			until: 900,
		},
		check: (frame) => {
			const web1 = frame.servers.find((server) => server.id === 'web1');
			if (!web1 || web1.status !== 'running') return verdict(['web1 is not running.']);
			if (web1.role === 'single') return verdict(['web1 runs alone, so it reports Single: bring a second server back.']);
			return verdict(web1.role === 'publisher' ? [] : ['web1 is running, but another server holds the SchedulingPublisher role.']);
		},
	},
];
