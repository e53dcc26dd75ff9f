/**
 * The design kept in the browser as it changes, so a reload or a closed tab never loses
 * work. Stored under `lbacademy.planner` as `{ v: 1, draft, ticks, savedAt }`; anything
 * unreadable is ignored (and reported), never thrown.
 */
import { checkDraft, type PlanDraft } from '../../domain/plan/draft';
import { storageKeys } from '../../lib/storage-keys';
import { readStored, writeStored } from '../../scripts/storage';

export interface SavedDesign {
	readonly draft: PlanDraft;
	readonly ticks: readonly string[];
	readonly savedAt: string;
}

/** Saved designs larger than this are not written (localStorage holds about 5 MB per site). */
const maxSavedLength = 1_000_000;

/** Whether a value is a draft the builder can show: a plan, or one that only lacks required parts. */
export function isUsableDraft(value: unknown): value is PlanDraft {
	if (typeof value !== 'object' || value === null || !Array.isArray((value as PlanDraft).servers)) return false;
	const result = checkDraft(value as PlanDraft);
	return result.ok || result.problems.length === 0;
}

/**
 * Saves the design; returns false when the browser refused (storage full or blocked). An
 * exercise keeps its design under its own key, so the person's own design is never touched.
 */
export function saveDesign(draft: PlanDraft, ticks: readonly string[], now = new Date(), key: string = storageKeys.planner): boolean {
	const text = JSON.stringify({ v: 1, draft, ticks, savedAt: now.toISOString() });
	if (text.length > maxSavedLength) return false;
	writeStored(key, text);
	return readStored(key) === text;
}

/** The saved design, `undefined` when there is none, or `'unreadable'` when what is there cannot be used. */
export function loadDesign(key: string = storageKeys.planner): SavedDesign | undefined | 'unreadable' {
	const text = readStored(key);
	if (text === null) return undefined;
	try {
		const value = JSON.parse(text) as { v?: unknown; draft?: unknown; ticks?: unknown; savedAt?: unknown };
		if (value.v !== 1 || !isUsableDraft(value.draft)) return 'unreadable';
		const ticks = Array.isArray(value.ticks) ? value.ticks.filter((t): t is string => typeof t === 'string') : [];
		return { draft: value.draft, ticks, savedAt: typeof value.savedAt === 'string' ? value.savedAt : '' };
	} catch {
		return 'unreadable';
	}
}
