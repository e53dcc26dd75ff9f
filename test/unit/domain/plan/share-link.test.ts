import { describe, expect, test } from 'vitest';
import { decodePlanFragment, encodePlanFragment, planShareLink } from '../../../../src/domain/plan/share-link';
import { validatePlan } from '../../../../src/domain/plan/parse';
import type { PlanInput } from '../../../../src/domain/plan/schema';
import { presets } from '../../../../src/domain/presets/index';

describe('share links', () => {
	test.each(presets.map((p) => [p.id, p.plan] as const))('round-trip the %s preset', (_, plan) => {
		const decoded = decodePlanFragment(new URL(planShareLink('https://example.test/planner/', plan)).hash);
		expect(decoded).toEqual(validatePlan(plan));
	});

	test('keep names with any printable characters intact', () => {
		const plan = { ...presets[0]!.plan, name: 'Ω <script>&"\'` -- plan 🚀' };
		const decoded = decodePlanFragment(encodePlanFragment(plan));
		expect(decoded.ok && decoded.plan.name).toBe(plan.name);
	});

	test('bring back the schema’s verdict on control characters', () => {
		const decoded = decodePlanFragment(encodePlanFragment({ ...presets[0]!.plan, name: 'two\nlines' }));
		expect(decoded.ok ? [] : decoded.issues).toEqual([{ path: 'name', message: expect.stringMatching(/control characters/) }]);
	});

	test('are URL-safe and much smaller than the JSON', () => {
		const fragment = encodePlanFragment(presets[2]!.plan);
		expect(fragment).toMatch(/^plan=1\.[A-Za-z0-9_-]+$/);
		expect(fragment.length).toBeLessThan(JSON.stringify(presets[2]!.plan).length * 0.7);
	});

	test('replace the fragment of the site URL instead of adding a second one', () => {
		expect(planShareLink('https://example.test/planner/#old', presets[0]!.plan)).toMatch(/^https:\/\/example\.test\/planner\/#plan=1\./);
	});

	test.each([
		['no plan part', '#view=1', /no "plan=" part/],
		['a damaged plan part', '#plan=abc', /damaged/],
		['an unknown format', '#plan=9.eJw', /format 9 is not known/],
		['cut-off data', `#${encodePlanFragment(presets[0]!.plan).slice(0, 40)}`, /damaged or cut off|not valid JSON/],
	])('explain %s instead of throwing', (_, fragment, message) => {
		const decoded = decodePlanFragment(fragment);
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.issues[0]!.message).toMatch(message);
	});

	test('report schema problems of a decoded plan with their paths', () => {
		const decoded = decodePlanFragment(encodePlanFragment({ ...presets[0]!.plan, hosting: 'moon' as never }));
		expect(decoded.ok ? [] : decoded.issues.map((i) => i.path)).toEqual(['hosting']);
	});

	test('give back exactly the shared document, so re-sharing gives the same link', () => {
		const minimal: PlanInput = {
			planVersion: 1,
			name: 'Minimal',
			umbraco: '13.5.2',
			hosting: 'iis',
			servers: [{ id: 'admin', name: 'Admin', host: 'admin.internal', kind: 'backoffice' }],
			loadBalancer: { publicHost: 'www.example.com' },
			files: { strategy: 'standalone' },
		};
		const fragment = encodePlanFragment(minimal);
		const decoded = decodePlanFragment(`#${fragment}`);
		if (!decoded.ok) throw new Error('minimal plan did not decode');
		expect(decoded.input).toStrictEqual(minimal);
		expect(Object.keys(decoded.input)).toEqual(Object.keys(minimal));
		expect(encodePlanFragment(decoded.input)).toBe(fragment);
		expect(encodePlanFragment(decoded.plan).length).toBeGreaterThan(fragment.length);
	});

	test.each(presets.map((p) => [p.id, p.plan] as const))('re-encode the %s preset to the identical fragment', (_, plan) => {
		const fragment = encodePlanFragment(plan);
		const decoded = decodePlanFragment(fragment);
		expect(decoded.ok && encodePlanFragment(decoded.input)).toBe(fragment);
	});
});
