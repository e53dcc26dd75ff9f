/**
 * Guided scenario: an overlapping restart of the Umbraco 13 SchedulingPublisher. The new
 * process contends for MainDom, the old one hands over at its next 2 s check, and the new
 * one keeps the role and replays the row its predecessor wrote.
 */
import type { GuidedScenario } from './guided-types';

/** A recycle with MainDom contention (Umbraco 13, `FileSystemMainDomLock`). */
export const overlappingRecycle: GuidedScenario = {
	id: 'overlapping-recycle',
	title: 'An overlapping recycle and the MainDom hand-over',
	summary:
		'The admin server of an Umbraco 13 farm restarts with overlap, as IIS and Azure do. Two processes of one server meet at MainDom; watch who serves, who writes and what the new process keeps.',
	lesson: '/lessons/three-ways-to-host-the-files/#option-1-azure-web-apps',
	scenario: {
		umbraco: '13.5.2',
		servers: [
			{ id: 'admin', start: 0 },
			{ id: 'web1', start: 5 },
		],
		events: [
			{ at: 100, server: 'admin', do: 'publish', instructions: 1 },
			{ at: 201, server: 'admin', do: 'recycle' },
			{ at: 201, server: 'admin', do: 'publish', instructions: 2 },
			{ at: 240, server: 'admin', do: 'publish', instructions: 1 },
		],
		until: 300,
	},
	steps: [
		{
			// Election as in farm-election [runtime semantics §1.5].
			at: 100,
			title: 'Before the recycle',
			caption: 'admin is the SchedulingPublisher and writes row 1; web1, a Subscriber, applies it in the same second.',
			checks: [
				{ server: 'admin', role: 'SchedulingPublisher' },
				{ server: 'web1', role: 'Subscriber', lastSynced: 1 },
			],
		},
		{
			// Same MainDom key → the newcomer signals a release and waits; the holder keeps running [§5].
			at: 201,
			title: 'Two processes, one MainDom',
			caption:
				'An overlapping restart starts a second admin process while the first still runs; both need the same MainDom, so the newcomer asks the old one to let go and has not booted yet. Until then the old process keeps serving requests and writes row 2 for a publish.',
			focus: ['admin'],
			checks: [{ server: 'admin', running: true, role: 'Unknown', lastSynced: null }],
		},
		{
			// FileSystemMainDomLock holders poll for the release file every 2 s; semaphore locks (v8) release at once [§5].
			at: 202,
			title: 'The hand-over',
			caption:
				"With Umbraco 13's default FileSystemMainDomLock the old process checks for the release signal every 2 seconds; it finds it at 202 seconds, lets go and stops. The new process then boots warm from the last-synced file, which still says row 1. In Umbraco 8 the hand-over happens at once.",
			focus: ['admin'],
			checks: [{ server: 'admin', running: true, lastSynced: 1 }],
		},
		{
			// A restart within 2 min of the last touch re-reads the own flagged row [§1.5 "Quick restart keeps the role"].
			at: 217,
			title: 'Same row, same flag',
			caption:
				'The new process is Unknown for its first 15 seconds. Its first touch finds its own row, last stamped at 195 seconds and still flagged, so it is SchedulingPublisher again: a quick restart keeps the role.',
			focus: ['admin'],
			checks: [{ server: 'admin', role: 'SchedulingPublisher' }],
		},
		{
			// LocalIdentity has a new GUID per process, so the predecessor's row is foreign [§2.1, §2.3 step 3b].
			at: 262,
			title: "Replaying its predecessor's row",
			caption:
				'The first poll of the new process, 60 seconds after boot, applies row 2: every process writes under a fresh identity, so the row its predecessor wrote counts as foreign. It skips row 3, which it wrote itself at 240 seconds, and ends at 3.',
			focus: ['admin'],
			checks: [
				{ server: 'admin', lastSynced: 3 },
				{ server: 'web1', lastSynced: 3 },
			],
		},
	],
};
