/**
 * Guided scenario: one Subscriber of an Umbraco 13 farm loses its database for four
 * minutes: it falls behind, its row goes stale, and it catches up when the database returns.
 */
import type { GuidedScenario } from './guided-types';

/** A database failure on a Subscriber (Umbraco 13). */
export const subscriberDatabaseFailure: GuidedScenario = {
	id: 'subscriber-database-failure',
	title: 'A Subscriber loses its database',
	summary:
		'web2 cannot reach SQL Server for a little over four minutes. It keeps serving old content, its row in umbracoServer goes stale, and it catches up on its own once the database answers again.',
	scenario: {
		umbraco: '13.5.2',
		servers: [
			{ id: 'admin', start: 0 },
			{ id: 'web1', start: 5 },
			{ id: 'web2', start: 10 },
		],
		events: [
			{ at: 100, server: 'admin', do: 'publish', instructions: 1 },
			{ at: 150, server: 'web2', do: 'dbFailure', until: 400 },
			{ at: 200, server: 'admin', do: 'publish', instructions: 3 },
		],
		until: 480,
	},
	steps: [
		{
			// Election as in farm-election; polls every 5 s [runtime semantics §2.3].
			at: 100,
			title: 'A healthy farm',
			caption:
				'admin is the SchedulingPublisher and web1 and web2 are Subscribers. admin writes row 1 and both front-ends apply it in the same second, at one of their 5-second polls.',
			checks: [
				{ server: 'admin', role: 'SchedulingPublisher' },
				{ server: 'web1', role: 'Subscriber', lastSynced: 1 },
				{ server: 'web2', role: 'Subscriber', lastSynced: 1 },
			],
		},
		{
			// Fault injection: the server's database calls fail (scenario `dbFailure`).
			at: 150,
			title: 'web2 loses its database',
			caption:
				'From 150 seconds every database call web2 makes fails, as after a network fault between it and SQL Server. It keeps serving pages from its in-memory cache.',
			focus: ['web2'],
			checks: [{ server: 'web2', running: true, role: 'Subscriber' }],
		},
		{
			// A failed poll does not move the position [§2.3].
			at: 200,
			title: 'A change web2 cannot see',
			caption:
				'admin writes row 2 and web1 applies it at once. web2 cannot read the instruction table, so it stays at row 1 and serves out-of-date content without knowing it.',
			focus: ['web2', 'web1'],
			checks: [
				{ server: 'web1', lastSynced: 2 },
				{ server: 'web2', lastSynced: 1 },
			],
		},
		{
			// v13: a touch exception is logged and retried, the role kept; v8 stops the touch task [§1.5 "Touch failures"].
			at: 265,
			title: 'Failed touches change nothing',
			caption:
				"web2's touches at 205 and 265 seconds fail too. A role only changes inside a successful touch, so web2 still believes it is a Subscriber; in Umbraco 8 the first failed touch would have ended its touch task until the next restart.",
			focus: ['web2'],
			checks: [{ server: 'web2', role: 'Subscriber' }],
		},
		{
			// Rows older than StaleServerTimeout are deactivated by any touch [§1.4 step 6].
			at: 315,
			title: "web2's row goes stale",
			caption:
				"admin's touch at 315 seconds sees that web2's row was last stamped at 145 seconds, more than 2 minutes ago, and marks it inactive. admin and web1 still make two active rows, so no role changes.",
			focus: ['admin', 'web2'],
			checks: [
				{ server: 'admin', role: 'SchedulingPublisher' },
				{ server: 'web1', role: 'Subscriber' },
			],
		},
		{
			// The process kept its in-memory position; the next poll continues from it [§2.3].
			at: 400,
			title: 'The database is back',
			caption:
				'At 400 seconds web2 reaches the database again, and its poll in the same second applies row 2. It never restarted, so it simply carries on from its last-synced id.',
			focus: ['web2'],
			checks: [{ server: 'web2', lastSynced: 2 }],
		},
		{
			// A touch sets isActive = 1 on the own row [§1.4 step 4].
			at: 445,
			title: 'Registered again',
			caption:
				"web2's next touch stamps its row and marks it active again. It never held the flag, so nothing else moves.",
			focus: ['web2'],
			checks: [
				{ server: 'web2', role: 'Subscriber' },
				{ server: 'admin', role: 'SchedulingPublisher' },
			],
		},
	],
};
