/**
 * The topology builder's state: the design (a `PlanDraft`, the one model), what is
 * selected, undo/redo history and the last announcement. Every change of the design goes
 * through `edit`, so every change is one undoable step with a sentence that says what it did.
 * Findings and the checklist are derived from the draft by the domain; nothing here
 * keeps a second copy of the plan.
 */
import type { PlanDraft } from '../../domain/plan/draft';
import { serverIdOfPart } from '../../domain/plan/parts';
import { validate } from '../../domain/rules/validate';
import { getBand } from '../../domain/versions/catalogue';
import { checkDraftOnce } from './checked-drafts';

interface Step {
	readonly draft: PlanDraft;
	readonly selection: readonly string[];
	readonly label: string;
}

/** Undo keeps this many steps; older ones are dropped. */
const historyLimit = 200;

export class BuilderState {
	/** The design on screen. */
	draft: PlanDraft = $state.raw({ planVersion: 1, name: 'New design', umbraco: '13.5.2', hosting: 'iis', servers: [] });
	/** Ids of the selected parts (`server:<id>`, `load-balancer`, `database`, …). */
	selection: readonly string[] = $state.raw([]);
	/** Checklist item ids the team has ticked; kept with the design in the browser. */
	ticks: readonly string[] = $state.raw([]);
	/** The latest sentence for the live region; `announceCount` changes even when the text repeats. */
	announcement = $state('');
	announceCount = $state(0);

	#past: readonly Step[] = $state.raw([]);
	#future: readonly Step[] = $state.raw([]);

	readonly result = $derived(checkDraftOnce(this.draft));
	readonly plan = $derived(this.result.ok ? this.result.plan : undefined);
	readonly findings = $derived(this.plan ? validate(this.plan) : []);
	/**
	 * The checklist names the bundle's files, so building it runs the generators: it loads with
	 * the lower panels (`loadChecklist`), not with the page.
	 */
	#checklistModule: typeof import('../../domain/checklist/build-checklist') | undefined = $state.raw();
	readonly checklist = $derived(this.plan && this.#checklistModule ? this.#checklistModule.buildChecklist(this.plan) : undefined);
	readonly band = $derived(bandOf(this.draft.umbraco));
	readonly canUndo = $derived(this.#past.length > 0);
	readonly canRedo = $derived(this.#future.length > 0);
	readonly undoLabel = $derived(this.#past.at(-1)?.label);
	readonly redoLabel = $derived(this.#future.at(-1)?.label);

	/** Loads what builds the checklist; `checklist` follows the draft from then on. */
	async loadChecklist(): Promise<void> {
		this.#checklistModule ??= await import('../../domain/checklist/build-checklist');
	}

	/** Says something in the live region (and in the visible status line). */
	announce(text: string): void {
		this.announcement = text;
		this.announceCount += 1;
	}

	/** Applies one change of the design as an undoable step; a no-op change is ignored. */
	edit(label: string, next: PlanDraft, selection: readonly string[] = this.selection): void {
		if (next === this.draft) return;
		this.#past = [...this.#past.slice(-(historyLimit - 1)), { draft: this.draft, selection: this.selection, label }];
		this.#future = [];
		this.draft = next;
		this.selection = selection.filter((id) => partExists(next, id));
		this.announce(`${label}.`);
	}

	undo(): void {
		const step = this.#past.at(-1);
		if (!step) return this.announce('Nothing to undo.');
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, { draft: this.draft, selection: this.selection, label: step.label }];
		this.draft = step.draft;
		this.selection = step.selection;
		this.announce(`Undone: ${lower(step.label)}.`);
	}

	redo(): void {
		const step = this.#future.at(-1);
		if (!step) return this.announce('Nothing to redo.');
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, { draft: this.draft, selection: this.selection, label: step.label }];
		this.draft = step.draft;
		this.selection = step.selection;
		this.announce(`Redone: ${lower(step.label)}.`);
	}

	/** Replaces the design without history (restoring a saved design at start). */
	restore(draft: PlanDraft, ticks: readonly string[]): void {
		this.draft = draft;
		this.ticks = ticks;
		this.selection = [];
	}

	select(ids: readonly string[]): void {
		const next = ids.filter((id) => partExists(this.draft, id));
		if (next.length === this.selection.length && next.every((id, i) => id === this.selection[i])) return;
		this.selection = next;
	}

	toggleTick(id: string): void {
		this.ticks = this.ticks.includes(id) ? this.ticks.filter((t) => t !== id) : [...this.ticks, id];
	}
}

function bandOf(version: string): string | undefined {
	try {
		return getBand(version).id;
	} catch {
		return undefined;
	}
}

const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Whether a part id still names something in the draft (servers can be deleted). */
function partExists(draft: PlanDraft, id: string): boolean {
	const serverId = serverIdOfPart(id);
	return serverId === undefined || draft.servers.some((s) => s.id === serverId);
}
