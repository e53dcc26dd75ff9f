/**
 * Guided scenario: Umbraco 17.5 with election on and no application URL. With
 * `ApplicationUrlDetection` defaulting to None, no server ever touches, so every role stays
 * Unknown; cache sync and distributed jobs carry on regardless.
 */
import type { GuidedScenario } from './guided-types';

/** Umbraco 17.4–17.5 without `UmbracoApplicationUrl`: roles stuck at Unknown. */
export const v17NoApplicationUrl: GuidedScenario = {
	id: 'v17-no-application-url',
	title: 'Umbraco 17.4 and 17.5 without an application URL',
	summary:
		'Three Umbraco 17.5 servers rely on the election but nobody configured UmbracoApplicationUrl. See why they never get a role, what keeps working, and what silently stops.',
	lesson: '/lessons/how-load-balancing-works/#who-runs-the-once-per-cluster-jobs',
	scenario: {
		umbraco: '17.5.0',
		servers: [
			{ id: 'admin', start: 0, appUrl: false },
			{ id: 'web1', start: 5, appUrl: false },
			{ id: 'web2', start: 10, appUrl: false },
		],
		events: [
			{ at: 30, server: 'admin', do: 'request' },
			{ at: 30, server: 'web1', do: 'request' },
			{ at: 30, server: 'web2', do: 'request' },
			{ at: 150, server: 'admin', do: 'publish', instructions: 1 },
		],
		until: 600,
	},
	steps: [
		{
			// Every process starts Unknown [runtime semantics §1.2].
			at: 10,
			title: 'Three servers, no URL',
			caption:
				'Three servers on Umbraco 17.5 start with election on and no UmbracoApplicationUrl configured. Like every new process, they report Unknown.',
			focus: ['admin', 'web1', 'web2'],
			checks: [
				{ server: 'admin', role: 'Unknown' },
				{ server: 'web1', role: 'Unknown' },
				{ server: 'web2', role: 'Unknown' },
			],
		},
		{
			// TouchServerJob returns early while ApplicationMainUrl is null [§1.3 step 4].
			at: 25,
			title: 'The touch job gives up',
			caption:
				'Fifteen seconds after each start the touch job wakes, finds no application URL and skips until its next run. Without a touch there is no row in umbracoServer and no role.',
			checks: [
				{ server: 'admin', role: 'Unknown' },
				{ server: 'web1', role: 'Unknown' },
				{ server: 'web2', role: 'Unknown' },
			],
		},
		{
			// 17.4+: ApplicationUrlDetection defaults to None [§1.3 step 5; updates 2026 §1 facts 1 and 3].
			at: 90,
			title: 'Requests do not help',
			caption:
				'Each server answered a request at 30 seconds, but since 17.4 ApplicationUrlDetection defaults to None, so a request no longer reveals the URL. The second round of touches, at 75 to 85 seconds, skipped again; on 17.3 this farm would have elected by now.',
			checks: [
				{ server: 'admin', role: 'Unknown' },
				{ server: 'web1', role: 'Unknown' },
				{ server: 'web2', role: 'Unknown' },
			],
		},
		{
			// The instruction job runs for all roles, Unknown included [§2.3].
			at: 150,
			title: 'Cache sync still works',
			caption:
				'admin publishes and the other two apply row 1 in the same second. Instruction processing runs on every role, Unknown included.',
			focus: ['web1', 'web2'],
			checks: [
				{ server: 'admin', lastSynced: 1 },
				{ server: 'web1', lastSynced: 1 },
				{ server: 'web2', lastSynced: 1 },
			],
		},
		{
			// Distributed jobs ignore the role [§3]; core scheduled work unaffected [updates 2026 §1 fact 3].
			at: 255,
			title: 'Core jobs still run',
			caption:
				'Scheduled publishing ran on admin at 125 and 190 seconds and on web1 at 255 seconds although no server has a role. In v17 it is a distributed job, and any server may take it.',
			focus: ['web1'],
			checks: [{ server: 'web1', role: 'Unknown' }],
		},
		{
			// Default-role recurring jobs never run on Unknown; invites fail without a URL; 17.6 touches with the
			// machine name [updates 2026 §1 facts 1 and 3; runtime semantics §1.5 "Newest code"].
			at: 600,
			title: 'What silently breaks',
			caption:
				'Ten minutes in, every server is still Unknown and will stay so. Anything that waits for a role never runs, such as a custom or third-party background job limited to SchedulingPublisher and Single, and backoffice e-mails such as user invites fail without a URL. Set UmbracoApplicationUrl, or move to 17.6, where the touch falls back to the machine name.',
			checks: [
				{ server: 'admin', role: 'Unknown', running: true },
				{ server: 'web1', role: 'Unknown', running: true },
				{ server: 'web2', role: 'Unknown', running: true },
			],
		},
	],
};
