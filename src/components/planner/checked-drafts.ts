/**
 * The builder's drafts are never changed in place (every edit makes a new one), so the
 * answer of `checkDraft` for a draft object holds for as long as the object lives. Kept
 * here per object: opening a link checks its design once (the decoder already did), and
 * undo or redo back to an earlier design does not check it again.
 */
import { checkDraft, type DraftResult, type PlanDraft } from '../../domain/plan/draft';
import type { Plan, PlanInput } from '../../domain/plan/schema';

const checked = new WeakMap<PlanDraft, DraftResult>();

/** `checkDraft(draft)`, once per draft object. */
export function checkDraftOnce(draft: PlanDraft): DraftResult {
	let result = checked.get(draft);
	if (!result) checked.set(draft, (result = checkDraft(draft)));
	return result;
}

/** Notes that `draft` was validated as a whole plan already (it is `plan`'s document). */
export function rememberValid(draft: PlanDraft, plan: Plan): void {
	checked.set(draft, { ok: true, plan, input: draft as PlanInput });
}
