/**
 * Guided scenario: three Umbraco 13 servers with election on start, elect a
 * SchedulingPublisher through `umbracoServer`, and pass the first publish along.
 */
import type { GuidedScenario } from './guided-types';

/** A farm starting and electing its SchedulingPublisher (Umbraco 13). */
export const farmElection: GuidedScenario = {
	id: 'farm-election',
	title: 'A farm starts and elects its SchedulingPublisher',
	summary:
		'Three Umbraco 13 servers with election on start a few seconds apart, agree on a SchedulingPublisher through the umbracoServer table and pass the first published change along.',
	lesson: '/lessons/how-load-balancing-works/#who-runs-the-once-per-cluster-jobs',
	scenario: {
		umbraco: '13.5.2',
		servers: [
			{ id: 'admin', start: 0 },
			{ id: 'web1', start: 5 },
			{ id: 'web2', start: 10 },
		],
		events: [{ at: 152, server: 'admin', do: 'publish', instructions: 2 }],
		until: 240,
	},
	steps: [
		{
			// Every process starts Unknown [runtime semantics §1.2]; no last-synced file → cold [§2.5 rule 1].
			at: 10,
			title: 'Three processes, no roles yet',
			caption:
				'admin, web1 and web2 started at 0, 5 and 10 seconds. A new process reports Unknown until its own first touch of the umbracoServer table, and each one booted cold because a fresh install has no last-synced position yet.',
			focus: ['admin', 'web1', 'web2'],
			checks: [
				{ server: 'admin', role: 'Unknown', running: true },
				{ server: 'web1', role: 'Unknown', running: true },
				{ server: 'web2', role: 'Unknown', running: true },
			],
		},
		{
			// First touch 15 s after start; the flag is taken even when alone, the role reads Single [§1.3, §1.5].
			at: 15,
			title: 'admin touches first',
			caption:
				"Fifteen seconds after starting, admin's touch job writes its row. No row carried the SchedulingPublisher flag, so admin takes it, yet it reports Single because its row is the only active one.",
			focus: ['admin'],
			checks: [{ server: 'admin', role: 'Single' }],
		},
		{
			// Newcomers read Subscriber at their first touch; the first server lags until its next touch [§1.5 "Visibility lag"].
			at: 25,
			title: 'The others join as Subscribers',
			caption:
				"web1 at 20 seconds and web2 at 25 seconds register in the same table, find the flag already taken and count more than one active row, so both become Subscriber at once. admin still says Single: a role only changes during that server's own touch.",
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'admin', role: 'Single' },
				{ server: 'web1', role: 'Subscriber' },
				{ server: 'web2', role: 'Subscriber' },
			],
		},
		{
			// Touch period 60 s [§1.3]; more than one active row with the flag → SchedulingPublisher [§1.4 step 7].
			at: 75,
			title: 'admin notices the farm',
			caption:
				'At its second touch, one minute after the first, admin counts three active rows while holding the flag and switches to SchedulingPublisher. From now on it alone runs the jobs meant for one server.',
			focus: ['admin'],
			checks: [{ server: 'admin', role: 'SchedulingPublisher' }],
		},
		{
			// Local refresh first, then one row per request at request end [§2.2].
			at: 152,
			title: 'An editor publishes',
			caption:
				'An editor publishes on admin. admin refreshes its own cache straight away and, when the request ends, writes one row holding two cache instructions; web1 and web2 have not read it yet.',
			focus: ['admin'],
			checks: [
				{ server: 'web1', lastSynced: 0 },
				{ server: 'web2', lastSynced: 0 },
			],
		},
		{
			// Polls every 5 s; a row from the own process is skipped but moves the position [§2.3 step 3b].
			at: 155,
			title: 'The front-ends catch up',
			caption:
				'Three seconds later both Subscribers poll, as they do every 5 seconds, apply row 1 and store 1 as their last-synced id. admin reads the same row, sees that it wrote it itself and only moves its position forward.',
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'admin', lastSynced: 1 },
				{ server: 'web1', lastSynced: 1 },
				{ server: 'web2', lastSynced: 1 },
			],
		},
		{
			// Scheduled publishing: 3 min delay, 1 min period, default roles Single/SchedulingPublisher [§3].
			at: 190,
			title: 'Scheduled publishing runs once',
			caption:
				'Three minutes after each server started, its scheduled publishing timer fired. Only admin ran the job, because it is limited to the SchedulingPublisher and Single roles; web1 and web2 skipped it.',
			focus: ['admin'],
			checks: [
				{ server: 'admin', role: 'SchedulingPublisher' },
				{ server: 'web1', role: 'Subscriber' },
				{ server: 'web2', role: 'Subscriber' },
			],
		},
	],
};
