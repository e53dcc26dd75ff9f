import { describe, expect, test } from 'vitest';
import { checkDraftOnce, rememberValid } from '../../../../src/components/planner/checked-drafts';
import { clockTime } from '../../../../src/components/planner/clock-time';
import { checkDraft, newDraft, type PlanDraft } from '../../../../src/domain/plan/draft';
import { validatePlan } from '../../../../src/domain/plan/parse';
import { presets } from '../../../../src/domain/presets/index';

describe('checking a draft once', () => {
	test('gives what checkDraft gives, and the same answer for the same draft object', () => {
		for (const draft of [newDraft('13.5.2'), structuredClone(presets[1]!.plan) as PlanDraft, { ...newDraft('8.18.8'), umbraco: '99' }]) {
			const first = checkDraftOnce(draft);
			expect(first).toEqual(checkDraft(draft));
			expect(checkDraftOnce(draft)).toBe(first);
		}
	});

	test('an equal but different object is checked on its own', () => {
		const draft = structuredClone(presets[0]!.plan) as PlanDraft;
		const broken = { ...draft, hosting: 'mainframe' } as unknown as PlanDraft;
		expect(checkDraftOnce(draft).ok).toBe(true);
		expect(checkDraftOnce(broken).ok).toBe(false);
	});

	test('a draft noted as valid (a decoded link) is not validated again', () => {
		const draft = structuredClone(presets[2]!.plan) as PlanDraft;
		const result = validatePlan(draft);
		if (!result.ok) throw new Error('the preset should be valid');
		rememberValid(draft, result.plan);
		const checked = checkDraftOnce(draft);
		expect(checked.ok && checked.plan).toBe(result.plan);
		expect(checked).toEqual(checkDraft(draft));
	});
});

describe('the time a design was saved', () => {
	test('is written as local hours and minutes, with the day when asked', () => {
		const when = new Date(2026, 0, 5, 9, 7, 30);
		expect(clockTime(when)).toBe('09:07');
		expect(clockTime(when, true)).toBe('2026-01-05 09:07');
	});
});
