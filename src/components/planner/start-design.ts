/**
 * Which design the planner opens with: a shared link first, else the design saved in this
 * browser, else a new design on the version family remembered from the lessons.
 */
import { newDraft, type PlanDraft } from '../../domain/plan/draft';
import type { PlanIssue } from '../../domain/plan/parse';
import { isVersionFamilyId } from '../../domain/versions/families';
import { storageKeys } from '../../lib/storage-keys';
import { readStored, writeStored } from '../../scripts/storage';
import { rememberAddress } from './address-bar';
import { newDesignVersions, readShareFragment } from './builder-io';
import { clockTime } from './clock-time';
import { loadDesign } from './design-storage';

export interface StartingDesign {
	readonly draft: PlanDraft;
	readonly ticks: readonly string[];
	/** What to tell the person about where the design came from. */
	readonly notice: string;
	/** A link in the address bar that could not be opened. */
	readonly problem?: { readonly source: string; readonly issues: readonly PlanIssue[] };
	/** The design this browser had before a link replaced it on screen, to bring back. */
	readonly previous?: PlanDraft;
}

/** An empty design on the version family the reader picked in the lessons (13.5.2 otherwise). */
export function newDesign(): PlanDraft {
	const family = readStored(storageKeys.version);
	return newDraft(isVersionFamilyId(family) ? newDesignVersions[family] : newDesignVersions['v9-13']);
}

export function startingDesign(): StartingDesign {
	const saved = loadDesign();
	const usable = saved && saved !== 'unreadable' ? saved : undefined;
	const unreadable = saved === 'unreadable' ? ' A design saved earlier in this browser could not be read and was left as it was.' : '';
	const link = location.hash.includes('plan=') ? readShareFragment(location.hash) : undefined;
	const problem = link && !link.ok ? { problem: { source: 'the shared link', issues: link.issues } } : {};
	if (link?.ok) {
		rememberAddress(location.hash, link.draft);
		const sameAsSaved = usable && JSON.stringify(usable.draft) === JSON.stringify(link.draft);
		if (usable && !sameAsSaved) {
			// The link's design will be saved over this one: keep a copy to bring back.
			writeStored(storageKeys.plannerPrevious, JSON.stringify({ v: 1, draft: usable.draft, ticks: usable.ticks, savedAt: usable.savedAt }));
			return { draft: link.draft, ticks: [], notice: `Opened the design from the link. The design you had (“${usable.draft.name}”) is kept.${unreadable}`, previous: usable.draft };
		}
		return { draft: link.draft, ticks: sameAsSaved ? usable.ticks : [], notice: `Opened the design from the link.${unreadable}` };
	}
	if (usable) {
		const savedAt = new Date(usable.savedAt);
		const when = Number.isNaN(savedAt.getTime()) ? 'this browser' : clockTime(savedAt, true);
		return { draft: usable.draft, ticks: usable.ticks, notice: `Restored your design from ${when}.${unreadable}`, ...problem };
	}
	return { draft: newDesign(), ticks: [], notice: unreadable.trim(), ...problem };
}
