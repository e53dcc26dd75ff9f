/**
 * Guided scenario: two pinned Subscribers are down while the publisher writes; the one that
 * missed more than `MaxProcessingInstructionCount` instructions boots cold, the other warm.
 */
import type { GuidedScenario } from './guided-types';

/** Subscribers returning after missing many or few instructions (Umbraco 13, pinned roles). */
export const subscriberColdBoot: GuidedScenario = {
	id: 'subscriber-cold-boot',
	title: 'A Subscriber comes back after too many instructions',
	summary:
		'Two front-ends of an Umbraco 13 farm are stopped while the admin server writes 1,100 instructions. The one that missed all of them boots cold and skips ahead; the one that missed 700 boots warm and replays them.',
	lesson: '/lessons/how-load-balancing-works/#when-a-server-falls-too-far-behind-cold-boot',
	scenario: {
		umbraco: '13.5.2',
		servers: [
			{ id: 'admin', start: 0, role: 'publisher' },
			{ id: 'web1', start: 0, role: 'subscriber' },
			{ id: 'web2', start: 0, role: 'subscriber' },
		],
		events: [
			{ at: 30, server: 'admin', do: 'publish', instructions: 1 },
			{ at: 90, server: 'web1', do: 'stop' },
			{ at: 100, server: 'admin', do: 'publish', instructions: 400 },
			{ at: 110, server: 'web2', do: 'stop' },
			{ at: 120, server: 'admin', do: 'publish', instructions: 700 },
			{ at: 200, server: 'web1', do: 'start' },
			{ at: 200, server: 'web2', do: 'start' },
			{ at: 230, server: 'admin', do: 'publish', instructions: 1 },
		],
		until: 300,
	},
	steps: [
		{
			// A custom accessor fixes the role and skips the touch job [runtime semantics §1.2]; no position → cold [§2.5].
			at: 0,
			title: 'Pinned roles',
			caption:
				'admin is pinned as SchedulingPublisher and web1 and web2 as Subscribers by a custom role accessor, so their roles hold from the first moment and they never write to umbracoServer. All three boot cold because none of them has a last-synced position yet.',
			focus: ['admin', 'web1', 'web2'],
			checks: [
				{ server: 'admin', role: 'SchedulingPublisher' },
				{ server: 'web1', role: 'Subscriber' },
				{ server: 'web2', role: 'Subscriber' },
			],
		},
		{
			// The sync job's first run is 60 s after start [§2.3].
			at: 60,
			title: 'Row 1 arrives',
			caption:
				'admin wrote row 1 at 30 seconds. The sync loop first runs 60 seconds after boot, so both Subscribers apply the row at that first poll and remember 1.',
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'web1', lastSynced: 1 },
				{ server: 'web2', lastSynced: 1 },
			],
		},
		{
			// The position survives the process in the local last-synced file (v9–v16) [§2.4].
			at: 110,
			title: 'Two front-ends go down',
			caption:
				'web1 was stopped at 90 seconds. admin then wrote row 2 with 400 instructions, which web2 applied in the same second, before web2 was stopped at 110 seconds as well.',
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'web1', running: false, lastSynced: 1 },
				{ server: 'web2', running: false, lastSynced: 2 },
			],
		},
		{
			// The cold-boot limit is the sum of instructionCount after the position, > 1000 [§2.5 rule 3].
			at: 120,
			title: 'A big publish',
			caption:
				'admin writes row 3 with 700 instructions. web1 has now missed 1,100 instructions and web2 has missed 700, against a MaxProcessingInstructionCount of 1,000.',
			focus: ['admin'],
			checks: [{ server: 'admin', lastSynced: 3 }],
		},
		{
			// Cold boot stores MAX(id) and never replays the skipped rows [§2.5].
			at: 200,
			title: 'One cold, one warm',
			caption:
				'Both start again at 200 seconds. web1 is more than 1,000 instructions behind, so it boots cold: it rebuilds its caches and indexes instead of replaying, and jumps straight to row 3. web2 is within the limit, boots warm and keeps its place at row 2.',
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'web1', running: true, lastSynced: 3 },
				{ server: 'web2', running: true, lastSynced: 2 },
			],
		},
		{
			// Up to 100 rows per poll, ascending [§2.3].
			at: 260,
			title: 'Back in step',
			caption:
				'admin wrote row 4 at 230 seconds. At their first poll, 60 seconds after boot, web1 applies only row 4 while web2 replays rows 3 and 4, and both end at 4.',
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'web1', lastSynced: 4 },
				{ server: 'web2', lastSynced: 4 },
			],
		},
	],
};
