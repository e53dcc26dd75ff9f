/**
 * A recording: a scenario run second by second, with a frame kept at every second in which
 * something happened. The run is deterministic, so the recording is the run: seeking to any
 * second is a binary search, and rewinding costs nothing. Computing happens in slices the
 * caller bounds (`shouldStop`), so a page can fill the recording ahead of playback without a
 * long task. Forking after a rewind is a new recording of the edited scenario.
 */
import { createClusterRun, type ClusterRun } from '../cluster/cluster-run';
import type { LogEntry } from '../log';
import { scenarioCommands } from '../scenario/scenario-commands';
import type { Scenario } from '../scenario/scenario-types';
import type { VersionProfile } from '../versions/version-profile';
import { readFrame, type Frame, type ServerFrame } from './frame';
import type { Opening } from './opening';

/** A scenario being recorded; see the file comment. */
export interface Recording {
	readonly scenario: Scenario;
	/** The log so far: every entry up to `computedTo`. */
	readonly log: readonly LogEntry[];
	/** Every second up to this one has its frame. */
	readonly computedTo: number;
	/** Whether the whole scenario (every second up to `until`) is recorded. */
	readonly complete: boolean;
	/** Records further, up to `to` (at most `until`), until `shouldStop()` says so; returns `complete`. */
	extendTo(to: number, shouldStop?: () => boolean): boolean;
	/** The frame shown at second `t` (at most `computedTo`). */
	frameAt(t: number): Frame;
	/** The next second after `t` in which something happened, or null. */
	nextChange(t: number): number | null;
	/** The last second before `t` in which something happened, or null. */
	previousChange(t: number): number | null;
	/** Ends the run's actors. */
	dispose(): void;
}

const never = () => false;

/** The seconds in which a scenario command lands (a frame is kept there even if nothing is logged). */
function commandSeconds(scenario: Scenario): Set<number> {
	return new Set(scenarioCommands(scenario).map(({ key }) => Math.ceil(key.at)));
}

function sameServer(a: ServerFrame, b: ServerFrame): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** Index of the last frame at or before `t` (frames are ascending; frame 0 is second 0). */
function frameIndex(frames: readonly Frame[], t: number): number {
	let low = 0;
	let high = frames.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (frames[middle]!.t <= t) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** Starts recording a validated scenario with its version's profile; second 0 is recorded at once. */
export function createRecording(scenario: Scenario, profile: VersionProfile): Recording {
	const run: ClusterRun = createClusterRun({ ...scenario, profile, everyTick: false });
	for (const command of scenarioCommands(scenario)) run.schedule(command);
	const commands = commandSeconds(scenario);
	const frames: Frame[] = [];
	const crashed = new Set<string>();
	const boots = new Map<string, 'cold' | 'warm'>();
	const failures = scenario.events.flatMap((event) => (event.do === 'dbFailure' ? [event] : []));
	let seen = 0;
	let second = -1;
	// Frames are kept per whole second; a fractional `until` ends at the second before it.
	const end = Math.floor(scenario.until);

	function capture(): void {
		for (; seen < run.log.length; seen++) {
			const entry = run.log[seen]!;
			if (entry.type === 'crash') crashed.add(entry.server);
			else if (entry.type === 'start') {
				crashed.delete(entry.server);
				boots.delete(entry.server);
			}
			else if (entry.type === 'boot') boots.set(entry.server, entry.mode);
		}
		const dbDown = new Set(failures.filter((event) => event.at <= second && second < event.until).map((event) => event.server));
		const frame = readFrame(run, { crashed, boots, dbDown });
		const previous = frames.at(-1);
		// Unchanged servers keep the previous frame's object, so long recordings stay small.
		const servers = previous ? frame.servers.map((server, i) => (previous.servers[i] && sameServer(previous.servers[i], server) ? previous.servers[i] : server)) : frame.servers;
		frames.push({ ...frame, t: second, servers });
	}

	function step(): void {
		second += 1;
		const before = run.log.length;
		run.runUntil(second);
		if (second === 0 || run.log.length !== before || commands.has(second)) capture();
	}

	step();
	const recording: Recording = {
		scenario,
		log: run.log,
		get computedTo() {
			return second;
		},
		get complete() {
			return second >= end;
		},
		extendTo(to, shouldStop = never) {
			const target = Math.min(Math.floor(to), end);
			while (second < target && !shouldStop()) step();
			return second >= end;
		},
		frameAt: (t) => frames[frameIndex(frames, Math.min(t, second))]!,
		nextChange(t) {
			const index = frameIndex(frames, t);
			return frames[index + 1]?.t ?? null;
		},
		previousChange(t) {
			const index = frameIndex(frames, t);
			const frame = frames[index]!;
			const before = frame.t < t ? frame : frames[index - 1];
			return before?.t ?? null;
		},
		dispose: () => run.stop(),
	};
	return recording;
}

/** Records a scenario up to second `at` and keeps that second only (see opening.ts). */
export function recordOpening(scenario: Scenario, profile: VersionProfile, at: number): Opening {
	const recording = createRecording(scenario, profile);
	recording.extendTo(at);
	const frame = recording.frameAt(at);
	const opening = { at: Math.min(Math.floor(at), recording.computedTo), frame, log: recording.log.slice(0, frame.logLength) };
	recording.dispose();
	return opening;
}
