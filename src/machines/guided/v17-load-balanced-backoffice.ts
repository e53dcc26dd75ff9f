/**
 * Guided scenario: the Umbraco 17 load-balanced backoffice. Every node is pinned as
 * SchedulingPublisher, any node writes instructions, and the distributed-jobs table decides
 * which node runs each once-per-cluster job.
 */
import type { GuidedScenario } from './guided-types';

/** Three v17 nodes, all pinned SchedulingPublisher, sharing the distributed jobs. */
export const v17LoadBalancedBackoffice: GuidedScenario = {
	id: 'v17-load-balanced-backoffice',
	title: 'Umbraco 17: a load-balanced backoffice with distributed jobs',
	summary:
		'Three Umbraco 17 nodes all serve editors and are all pinned as SchedulingPublisher. See who writes instructions, how the umbracoDistributedJob table hands out the background jobs, and why losing a node needs no failover.',
	lesson: '/lessons/how-load-balancing-works/#who-runs-the-once-per-cluster-jobs',
	scenario: {
		umbraco: '17.6.0',
		servers: [
			{ id: 'node-1', start: 0, role: 'publisher' },
			{ id: 'node-2', start: 2, role: 'publisher' },
			{ id: 'node-3', start: 4, role: 'publisher' },
		],
		events: [
			{ at: 90, server: 'node-2', do: 'publish', instructions: 1 },
			{ at: 95, server: 'node-3', do: 'publish', instructions: 2 },
			{ at: 200, server: 'node-1', do: 'crash' },
		],
		until: 300,
	},
	steps: [
		{
			// The backoffice docs pin every node to SchedulingPublisher [runtime semantics §3]; pinned servers never touch [§1.2].
			at: 4,
			title: 'Every node a SchedulingPublisher',
			caption:
				'In a load-balanced backoffice every node serves editors, and the docs ask you to pin all of them as SchedulingPublisher. Pinned nodes hold that role from the first moment and never write to umbracoServer, so there is no election at all.',
			focus: ['node-1', 'node-2', 'node-3'],
			checks: [
				{ server: 'node-1', role: 'SchedulingPublisher' },
				{ server: 'node-2', role: 'SchedulingPublisher' },
				{ server: 'node-3', role: 'SchedulingPublisher' },
			],
		},
		{
			// Host delay 60 s, rows inserted with lastRun = now, tick every 5 s, first due row in order [§3];
			// first run = start + Delay + job period [updates 2026 §1 fact 14].
			at: 72,
			title: 'The jobs table',
			caption:
				"A minute after start, each node's distributed-job host fills the umbracoDistributedJob table, stamping every job as just run. Every 5 seconds a host takes the first job that is due; webhook firing, due every 10 seconds, comes first and goes to node-2 at 72 seconds.",
			focus: ['node-2'],
		},
		{
			// Any server writes; others apply; v17 keeps positions in umbracoLastSynced [§2.2, §2.4].
			at: 99,
			title: 'Any node writes',
			caption:
				'Editors publish on node-2 at 90 seconds and on node-3 at 95 seconds. Each node writes its own instruction row and the others apply it at their next poll, so by 99 seconds all three have reached row 2; in v17 those positions live in the umbracoLastSynced table.',
			focus: ['node-2', 'node-3'],
			checks: [
				{ server: 'node-1', lastSynced: 2 },
				{ server: 'node-2', lastSynced: 2 },
				{ server: 'node-3', lastSynced: 2 },
			],
		},
		{
			// The host checks neither role nor MainDom; only one server runs a job at a time [§3].
			at: 124,
			title: 'The role plays no part',
			caption:
				'Scheduled publishing ran on node-2 at 122 seconds and instruction pruning on node-3 at 124 seconds. The table lock makes sure only one node runs a job at a time, but which node gets it depends on whose tick comes first, not on its role.',
			focus: ['node-2', 'node-3'],
		},
		{
			at: 200,
			title: 'A node dies',
			caption: 'node-1 crashes. There is no flag to move and no stale timeout to wait for.',
			focus: ['node-1'],
			checks: [
				{ server: 'node-1', running: false },
				{ server: 'node-2', running: true, role: 'SchedulingPublisher' },
			],
		},
		{
			// Contrast with the elected topology, where promotion can take up to 4 min [§1.5 "Dead publisher"].
			at: 250,
			title: 'No failover needed',
			caption:
				'node-2 and node-3 keep taking jobs from the table: scheduled publishing ran at 184 seconds on node-3 and at 247 seconds on node-2. In the classic topology a dead SchedulingPublisher stops it for several minutes.',
			focus: ['node-2', 'node-3'],
			checks: [
				{ server: 'node-2', role: 'SchedulingPublisher' },
				{ server: 'node-3', role: 'SchedulingPublisher' },
			],
		},
	],
};
