/**
 * Guided scenario: the elected SchedulingPublisher of an Umbraco 13 farm crashes; its row
 * goes stale, a Subscriber's touch deactivates it and the next touch takes the flag.
 */
import type { GuidedScenario } from './guided-types';

/** A publisher failing over to a Subscriber (Umbraco 13, default timings). */
export const publisherFailover: GuidedScenario = {
	id: 'publisher-failover',
	title: 'The SchedulingPublisher crashes and another server takes over',
	summary:
		'The elected admin server of an Umbraco 13 farm dies. Follow its row in umbracoServer going stale, being switched off by a Subscriber, and the flag moving to the next server that touches.',
	lesson: '/lessons/how-load-balancing-works/#who-runs-the-once-per-cluster-jobs',
	scenario: {
		umbraco: '13.5.2',
		servers: [
			{ id: 'admin', start: 0 },
			{ id: 'web1', start: 5 },
			{ id: 'web2', start: 10 },
		],
		events: [
			{ at: 200, server: 'admin', do: 'crash' },
			{ at: 400, server: 'admin', do: 'start' },
		],
		until: 480,
	},
	steps: [
		{
			// Election as in farm-election; touches every 60 s from start + 15 s [runtime semantics §1.3].
			at: 195,
			title: 'A settled farm',
			caption:
				'The election is over: admin holds the SchedulingPublisher flag and ran scheduled publishing at 180 seconds, while web1 and web2 are Subscribers. Every server stamps its row once a minute, and admin has just done so at 195 seconds.',
			focus: ['admin'],
			checks: [
				{ server: 'admin', role: 'SchedulingPublisher', running: true },
				{ server: 'web1', role: 'Subscriber' },
				{ server: 'web2', role: 'Subscriber' },
			],
		},
		{
			// Neither a crash nor a graceful stop deregisters [§1.5 "Nobody gives the role back"].
			at: 200,
			title: 'admin crashes',
			caption:
				'The admin process dies without warning. Neither a crash nor a clean shutdown removes a server from umbracoServer, so its row still looks active and still carries the flag.',
			focus: ['admin'],
			checks: [{ server: 'admin', running: false }],
		},
		{
			// Stale only when lastNotified < now − StaleServerTimeout (120 s) [§1.4 step 6].
			at: 265,
			title: 'Nobody has noticed yet',
			caption:
				"web1 and web2 keep touching, but admin's row was stamped at 195 seconds and only counts as stale once it is more than 2 minutes old. Meanwhile scheduled publishing runs nowhere, because Subscribers skip it.",
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'web1', role: 'Subscriber' },
				{ server: 'web2', role: 'Subscriber' },
			],
		},
		{
			// The flag is counted before stale rows are deactivated, so this touch promotes nobody [§1.5 "Dead publisher"].
			at: 320,
			title: "web1 switches off the dead row",
			caption:
				"web1's touch at 320 seconds finds admin's row older than the 2-minute StaleServerTimeout and marks it inactive, which also clears its flag. web1 stays a Subscriber because it looked for a flag before cleaning up the stale rows.",
			focus: ['web1', 'admin'],
			checks: [{ server: 'web1', role: 'Subscriber' }],
		},
		{
			// First committed touch that finds no flag wins; no tie-break by name or age [§1.5 "Tie-breaking"].
			at: 325,
			title: 'web2 takes the flag',
			caption:
				'web2 touches next, finds no flagged row and takes the flag; with two active rows it reports SchedulingPublisher. Whoever touches first after the clean-up wins, with no ranking by name or age.',
			focus: ['web2'],
			checks: [
				{ server: 'web2', role: 'SchedulingPublisher' },
				{ server: 'web1', role: 'Subscriber' },
			],
		},
		{
			// Detection ≤ L + 180 s, promotion ≤ L + 240 s with default periods [§1.5 "Dead publisher"].
			at: 370,
			title: 'Jobs resume on web2',
			caption:
				"Scheduled publishing runs again, now on web2, 190 seconds after its last run on admin. The flag moved 130 seconds after admin's last touch; with default timings that can take up to 4 minutes.",
			focus: ['web2'],
			checks: [{ server: 'web2', role: 'SchedulingPublisher' }],
		},
		{
			// A returning ex-publisher whose row was deactivated comes back as Subscriber [§1.5].
			at: 415,
			title: 'admin returns as a Subscriber',
			caption:
				'admin was started again at 400 seconds and booted warm. Its first touch at 415 seconds makes its row active again, but the flag now belongs to web2, so admin is a Subscriber: nobody hands the role back.',
			focus: ['admin'],
			checks: [
				{ server: 'admin', role: 'Subscriber', running: true },
				{ server: 'web2', role: 'SchedulingPublisher' },
			],
		},
	],
};
