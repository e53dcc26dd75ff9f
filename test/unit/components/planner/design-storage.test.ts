import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isUsableDraft, loadDesign, saveDesign } from '../../../../src/components/planner/design-storage';
import { newDraft } from '../../../../src/domain/plan/draft';
import { presets } from '../../../../src/domain/presets/index';

const key = 'lbacademy.planner';

/** A Map-backed localStorage; `full` makes every write fail like a full quota. */
function fakeStorage(full = false): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		getItem: (k) => data.get(k) ?? null,
		key: (i) => [...data.keys()][i] ?? null,
		removeItem: (k) => void data.delete(k),
		setItem: (k, v) => {
			if (full) throw new DOMException('quota', 'QuotaExceededError');
			data.set(k, v);
		},
	};
}

describe('design storage', () => {
	beforeEach(() => {
		globalThis.localStorage = fakeStorage();
	});
	afterEach(() => {
		Reflect.deleteProperty(globalThis, 'localStorage');
	});

	test('a saved design comes back as it was, with its ticks and time', () => {
		const draft = structuredClone(presets[2]!.plan) as never;
		expect(saveDesign(draft, ['a', 'b'], new Date('2026-11-30T10:00:00Z'))).toBe(true);
		expect(loadDesign()).toEqual({ draft, ticks: ['a', 'b'], savedAt: '2026-11-30T10:00:00.000Z' });
	});

	test('an unfinished new design is kept too', () => {
		saveDesign(newDraft('8.18.8'), []);
		expect(loadDesign()).toMatchObject({ draft: { umbraco: '8.18.8', servers: [] } });
	});

	test.each([
		['not JSON', '{"v":1,'],
		['another format', JSON.stringify({ v: 2, draft: newDraft('13.5.2') })],
		['a draft with a bad value', JSON.stringify({ v: 1, draft: { ...newDraft('13.5.2'), hosting: 'moon' } })],
		['no draft', JSON.stringify({ v: 1 })],
		['null', 'null'],
	])('%s is reported as unreadable, never thrown', (_name, text) => {
		localStorage.setItem(key, text);
		expect(loadDesign()).toBe('unreadable');
	});

	test('nothing saved is undefined; ticks that are not strings are dropped', () => {
		expect(loadDesign()).toBeUndefined();
		localStorage.setItem(key, JSON.stringify({ v: 1, draft: newDraft('13.5.2'), ticks: ['x', 3, null] }));
		expect(loadDesign()).toMatchObject({ ticks: ['x'] });
	});

	test('a refused write says so', () => {
		globalThis.localStorage = fakeStorage(true);
		expect(saveDesign(newDraft('13.5.2'), [])).toBe(false);
	});

	test('isUsableDraft accepts plans and drafts missing only required parts', () => {
		expect(isUsableDraft(presets[0]!.plan)).toBe(true);
		expect(isUsableDraft(newDraft('13.5.2'))).toBe(true);
		expect(isUsableDraft({ ...newDraft('13.5.2'), umbraco: '13.5.' })).toBe(false);
		expect(isUsableDraft([])).toBe(false);
	});
});
