import { describe, expect, test } from 'vitest';
import { validatePlan } from '../../../src/domain/plan/parse';
import { findPreset, presets } from '../../../src/domain/presets/index';
import { validate } from '../../../src/domain/rules/validate';
import { latestReleases } from '../../../src/domain/versions/catalogue';

function findingsOf(id: string) {
	const result = validatePlan(findPreset(id)!.plan);
	if (!result.ok) throw new Error(`${id} is not schema-valid: ${JSON.stringify(result.issues)}`);
	return validate(result.plan);
}

const starting = presets.filter((p) => p.purpose !== 'repair');
const repairs = presets.filter((p) => p.purpose === 'repair');

describe('presets', () => {
	test('have unique kebab-case ids; the designs to repair come last', () => {
		expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
		for (const p of presets) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9.]+)*$/);
		expect(presets.slice(-repairs.length)).toEqual(repairs);
		expect(repairs).toHaveLength(3);
	});

	test.each(starting.map((p) => [p.id] as const))('%s (to start from) has no errors', (id) => {
		expect(findingsOf(id).filter((f) => f.severity === 'error')).toEqual([]);
	});

	// The lesson each design to repair is for: exactly these rules, nothing stray.
	test.each([
		// R72: 13.x never got the fix for a publisher that misses MainDom at boot (issue #23219).
		['repair-v13-election-shared-temp', { error: ['R45'], warning: ['R15', 'R20', 'R72'], info: [] }],
		['repair-v8-azure-maindom', { error: ['R24', 'R33'], warning: ['R12'], info: ['R52'] }],
		['repair-v17-lb-backoffice-no-backplane', { error: ['R02', 'R03', 'R05'], warning: [], info: ['R69'] }],
	] as const)('%s breaks exactly the rules it teaches', (id, expected) => {
		const findings = findingsOf(id);
		const ruleIds = (severity: string) => [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.ruleId))].sort();
		expect({ error: ruleIds('error'), warning: ruleIds('warning'), info: ruleIds('info') }).toEqual(expected);
	});

	test('designs to start from on 17 use the newest release (17.7 fixed the publisher that loses MainDom)', () => {
		for (const p of starting.filter((p) => p.plan.umbraco.startsWith('17.'))) expect(p.plan.umbraco, p.id).toBe(latestReleases.v17);
	});

	test('the designs to repair break several things each', () => {
		for (const p of repairs) expect(findingsOf(p.id).filter((f) => f.severity !== 'info').length, p.id).toBeGreaterThanOrEqual(3);
	});
});
