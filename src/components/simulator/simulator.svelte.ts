/**
 * The visual simulator's state: the scenario document (the one model, as the address bar and
 * `scenario.json` carry it), its recording, the second on screen, playback and selection.
 * Every injected action forks the document at the second on screen and records it again;
 * nothing here simulates on its own: frames come from `createRecording`, which drives the
 * real machines.
 *
 * The machines (xstate and src/machines, most of a simulator's weight) load on first use:
 * until then the page's recorded opening second is on screen (`live` is false). Playing,
 * stepping, seeking elsewhere, acting, opening a link, or pointing at or focusing the
 * simulator (`wake`) loads them.
 */
import { openingRecording } from '../../machines/playback/opening';
import type { Recording } from '../../machines/playback/recording';
import type { InjectedAction, ScenarioDocument } from '../../machines/playback/scenario-edits';

import type { VersionProfile } from '../../machines/versions/version-profile';
import type { Verbosity } from './narration';
import type { PageScenario, PreparedScenario } from './prepared-scenario';

/** What loading a document gives: nothing, or the problems that kept it out. */
export type LoadResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Least time between two sentences of the live region while playing, in ms. */
const narrationGap = 2000;

/** Simulated seconds per real second the speed control offers. */
export const speeds = [1, 5, 20, 60, 300] as const;

// The validator loads on the first link or fork: pages hand over their scenarios validated.
const validator = () => import('./prepared-scenario');
/** Forking (actions on servers, with the scenario edits) loads with the first action: a simulator that is only watched never needs it. */
const forking = () => import('./sim-fork');
/** The live region's words load with the first thing to say: a simulator nobody plays says nothing. */
let narration: typeof import('./narration') | undefined;
/** The machines, once loaded (shared by every simulator on the page). */
let engine: Promise<typeof import('../../machines/playback/recording')> | undefined;
const loadEngine = () => (engine ??= import('../../machines/playback/recording'));

export class SimulatorState {
	/** The simulator created last on this page: its own page has one, which an exercise panel beside it reads. */
	static latest: SimulatorState | undefined;
	// Set by the constructor; the initial values only satisfy the type checker.
	document: ScenarioDocument = $state.raw(undefined!);
	recording: Recording = $state.raw(undefined!);
	profile: VersionProfile = $state.raw(undefined!);
	/** Bumped whenever the recording grows, so derived views read it again. */
	revision = $state(0);
	/** The second on screen; fractional while playing. */
	time = $state(0);
	playing = $state(false);
	speed: number = $state(20);
	selected: string | null = $state(null);
	verbosity: Verbosity = $state('roles');
	announcement = $state('');
	announceCount = $state(0);
	/** Bumped on every fork, so the page can follow (address bar, guided mode). */
	forks = $state(0);
	/** Whether the machines record the scenario (false while only the opening second is known). */
	live = $state(false);

	readonly end = $derived(Math.floor(this.recording.scenario.until));
	readonly second = $derived(Math.floor(this.time));
	readonly frame = $derived.by(() => (this.revision, this.recording.frameAt(this.second)));
	/** The second on screen is not recorded yet (seeking or playing ahead of the computation, or before the machines load). */
	readonly computing = $derived.by(() => (this.revision, this.live ? this.recording.computedTo < Math.min(this.second, this.end) : this.second !== this.recording.computedTo));
	/** How many entries of `recording.log` have happened by the second on screen (read the log up to it, never copy it). */
	readonly logLength = $derived(this.frame.logLength);

	/** Starts on a validated scenario with its opening second (pages record it at build time). */
	constructor(initial: PageScenario) {
		SimulatorState.latest = this;
		this.document = initial.document;
		this.recording = openingRecording(initial.scenario, initial.opening);
		this.profile = initial.profile;
		this.time = initial.opening.at;
	}

	/** Loads the machines and records the scenario on screen from its start; resolves once live. */
	async wake(): Promise<void> {
		const { createRecording } = await loadEngine();
		if (this.live) return;
		this.recording = createRecording(this.recording.scenario, this.profile);
		this.live = true;
		this.revision += 1;
	}

	/** Shows a validated scenario from second `time` (loading the machines first). */
	async open({ document, scenario, profile }: PreparedScenario, time = 0): Promise<void> {
		const { createRecording } = await loadEngine();
		this.recording.dispose();
		this.document = document;
		this.recording = createRecording(scenario, profile);
		this.live = true;
		this.profile = profile;
		this.time = Math.min(time, Math.floor(scenario.until));
		this.selected = this.document.servers.some((server) => server['id'] === this.selected) ? this.selected : null;
		this.revision += 1;
	}

	/** Validates a document and shows it; the old scenario stays on failure. */
	async load(document: ScenarioDocument, time = 0): Promise<LoadResult> {
		const checked = (await validator()).checkScenario(document);
		if (typeof checked === 'string') return { ok: false, message: checked };
		await this.open(checked, time);
		return { ok: true };
	}

	/** Records ahead until `shouldStop`; returns whether anything was added. Before the machines load it only asks for them. */
	compute(to: number, shouldStop: () => boolean): boolean {
		if (!this.live) {
			void this.wake();
			return false;
		}
		const before = this.recording.computedTo;
		this.recording.extendTo(to, shouldStop);
		if (this.recording.computedTo === before) return false;
		this.revision += 1;
		return true;
	}

	/** Says something in the live region. */
	announce(text: string): void {
		this.announcement = text;
		this.announceCount += 1;
	}

	seek(t: number): void {
		const before = this.frame.logLength;
		this.stopAt = null;
		this.time = Math.max(0, Math.min(this.end, t));
		this.#narrateFrom(before);
	}

	/** Where playing pauses by itself (a guided step), if anywhere before the end. */
	stopAt: number | null = $state(null);

	/** Plays to second `t` and pauses there. */
	playTo(t: number): void {
		if (t <= this.time) return this.seek(t);
		this.stopAt = t;
		this.playing = true;
	}

	/** Moves time while playing; stops at the end (or at `stopAt`). */
	advance(seconds: number): void {
		const before = this.frame.logLength;
		const limit = Math.min(this.end, this.stopAt ?? Infinity);
		const next = Math.min(limit, this.time + seconds);
		// Never show a second that is not recorded yet: playback waits for the computation.
		this.time = Math.min(next, Math.max(this.time, this.recording.computedTo + 0.999));
		if (this.time >= limit) {
			this.playing = false;
			this.stopAt = null;
		}
		this.#narrateFrom(before);
	}

	stepForward(): void {
		if (!this.live) return void this.wake().then(() => this.stepForward());
		// Not recorded that far yet: record on (an hour at most) to the next second in which something happens.
		if (this.recording.nextChange(this.second) === null) this.compute(Math.min(this.end, this.second + 3600), () => this.recording.nextChange(this.second) !== null);
		const next = this.recording.nextChange(this.second);
		this.seek(next ?? Math.min(this.end, this.recording.computedTo + 1));
	}

	stepBack(): void {
		if (!this.live) return void this.wake().then(() => this.stepBack());
		const previous = this.recording.previousChange(this.second);
		this.seek(previous ?? 0);
	}

	/** Forks the run here with one action on a server (the document and second as they are now). */
	inject(server: string, action: InjectedAction): Promise<LoadResult> {
		const [document, at] = [this.document, this.second];
		return forking().then((fork) => fork.inject(this, document, at, server, action));
	}

	addServer(): Promise<LoadResult> {
		const [document, at] = [this.document, this.second];
		return forking().then((fork) => fork.addServer(this, document, at));
	}

	removeServer(id: string): Promise<LoadResult> {
		const [document, at] = [this.document, this.second];
		const started = this.frame.servers.find((server) => server.id === id)?.status !== 'off';
		return forking().then((fork) => fork.removeServer(this, document, at, id, started));
	}

	#pendingFrom: number | null = null;
	#spokenAt = -Infinity;

	// While playing, the live region speaks at most every `narrationGap` ms, gathering what
	// happened meanwhile into the next sentence.
	#narrateFrom(before: number): void {
		const from = Math.min(before, this.#pendingFrom ?? before);
		const after = this.frame.logLength;
		if (after <= from || this.verbosity === 'off') return void (this.#pendingFrom = null);
		const now = performance.now();
		if (this.playing && now - this.#spokenAt < narrationGap) return void (this.#pendingFrom = from);
		if (!narration) {
			// Said once the words are here, with whatever happened meanwhile.
			this.#pendingFrom = from;
			return void import('./narration').then((module) => {
				narration = module;
				this.#narrateFrom(Infinity);
			});
		}
		this.#pendingFrom = null;
		const text = narration.narrate(this.recording.log.slice(from, after), this.verbosity);
		if (!text) return;
		this.#spokenAt = now;
		this.announce(text);
	}
}
