/**
 * Guided scenario: the admin server of an Umbraco 17.6 farm recycles with overlap and its new
 * process loses the MainDom race. It keeps serving and publishing, but before 17.7 it writes
 * no cache instructions and reads none: the front-ends never hear of its publishes
 * (Umbraco-CMS issue #23219, fixed in 17.7 / 18.2 by PR #23421).
 */
import type { GuidedScenario } from './guided-types';

/** The publisher that lost MainDom at boot (Umbraco 17.6, and what 17.7 changes). */
export const publisherLostMainDom: GuidedScenario = {
	id: 'publisher-lost-maindom',
	title: 'The publisher that lost MainDom at boot',
	summary:
		'An overlapping restart of the admin server of an Umbraco 17.6 farm goes wrong: the new process misses MainDom. Editors keep publishing and see their changes, the front-ends never do, and nothing is logged. Umbraco 17.7 writes the instructions anyway.',
	lesson: '/lessons/maindom-locks/#when-the-publisher-loses-maindom-at-boot',
	scenario: {
		umbraco: '17.6.0',
		servers: [
			{ id: 'admin', start: 0 },
			{ id: 'web1', start: 5 },
			{ id: 'web2', start: 10 },
		],
		events: [
			{ at: 120, server: 'admin', do: 'publish', instructions: 1 },
			{ at: 201, server: 'admin', do: 'recycle', mainDom: 'lost' },
			{ at: 240, server: 'admin', do: 'publish', instructions: 2 },
			{ at: 400, server: 'web2', do: 'publish', instructions: 1 },
		],
		until: 480,
	},
	steps: [
		{
			// Election as in farm-election; the front-ends poll every 5 s [runtime semantics §1.5, §2.3].
			at: 120,
			title: 'A healthy farm',
			caption: 'admin is the SchedulingPublisher. Its publish writes row 1, and web1 and web2 apply it at their next poll, in the same second.',
			checks: [
				{ server: 'admin', role: 'SchedulingPublisher' },
				{ server: 'web1', role: 'Subscriber', lastSynced: 1 },
				{ server: 'web2', role: 'Subscriber', lastSynced: 1 },
			],
		},
		{
			// MainDom.Register fails, so the messenger's Lazy<SyncBootState?> caches "not initialised"
			// for the process's life; recurring jobs check MainDom [ISSUE-23219] [§1.3, §2.5].
			at: 202,
			title: 'A recycle that misses MainDom',
			caption:
				'At 201 seconds an overlapping restart starts a new admin process while the old one still holds MainDom, and the newcomer loses that race. It serves pages anyway, but it never decides on a cold or warm boot, never polls and never touches its row. The old process lets go at 202 seconds and stops, and the newcomer never asks for MainDom again.',
			focus: ['admin'],
			checks: [{ server: 'admin', running: true, role: 'Unknown', lastSynced: null }],
		},
		{
			// Before 17.7 RequiresDistributed needs the initialised messenger: local refresh only, no row, no log line [ISSUE-23219].
			at: 240,
			title: 'A publish nobody hears',
			caption:
				"An editor publishes two items on admin. Umbraco 17.6 refreshes admin's own cache but writes no row to umbracoCacheInstruction and logs nothing, so web1 and web2 keep serving the old content.",
			focus: ['admin', 'web1', 'web2'],
			checks: [
				{ server: 'web1', lastSynced: 1 },
				{ server: 'web2', lastSynced: 1 },
			],
		},
		{
			// Deactivation and promotion as in publisher-failover [§1.5 "Dead publisher"].
			at: 325,
			title: 'The flag moves on',
			caption:
				"With no touches from admin, web1's touch at 320 seconds finds admin's row stale and deactivates it, and web2 takes the SchedulingPublisher flag at 325. admin still believes it is Unknown.",
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'web2', role: 'SchedulingPublisher' },
				{ server: 'admin', role: 'Unknown' },
			],
		},
		{
			// The messenger never initialised: Sync() returns at once [ISSUE-23219].
			at: 400,
			title: 'Deaf as well as mute',
			caption: 'web2 publishes and web1 applies row 2 in the same second. admin never polls, so it never sees the change: only a restart of admin ends this.',
			focus: ['admin', 'web2'],
			checks: [
				{ server: 'web1', lastSynced: 2 },
				{ server: 'admin', lastSynced: null },
			],
		},
		{
			// PR #23421: RequiresDistributed returns DistributedEnabled regardless of MainDom, and logs an error [PR-23421].
			at: 480,
			title: 'What 17.7 changes',
			caption:
				'Umbraco 17.7 and 18.2 write the rows even without MainDom and log an error: the publish at 240 seconds becomes row 2, which web1 and web2 apply in that second. On older versions switch off overlapped recycling for the admin server, or restart it after a slot swap.',
			focus: ['admin'],
			checks: [{ server: 'admin', running: true, role: 'Unknown' }],
		},
	],
};
