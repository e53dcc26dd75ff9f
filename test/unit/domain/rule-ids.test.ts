import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allRules } from '../../../src/domain/rules/index';
import { factSheetRuleCount, isRuleId, ruleIds } from '../../../src/domain/rules/rule-ids';

describe('ruleIds', () => {
	test('runs from R01 to R86 without gaps', () => {
		expect(ruleIds).toHaveLength(86);
		expect(ruleIds[0]).toBe('R01');
		expect(ruleIds.at(-1)).toBe('R86');
		expect(new Set(ruleIds).size).toBe(86);
	});

	test('every id has a rule, and every rule an id', () => {
		expect(allRules.map((rule) => rule.id)).toEqual(ruleIds);
	});

	test('starts with the ids of the fact sheet catalogue, when it is beside the checkout', () => {
		let sheet: string;
		try {
			sheet = readFileSync(join(import.meta.dirname, '../../../../shared/reference/umbraco-load-balancing-facts.md'), 'utf8');
		} catch {
			return; // The shared folder is not part of the repository; CI has it beside the clone.
		}
		const catalogue = [...sheet.matchAll(/^(R\d{2}) · /gm)].map((m) => m[1]);
		expect(catalogue).toEqual(ruleIds.slice(0, factSheetRuleCount));
	});
});

describe('isRuleId', () => {
	test.each(['R01', 'R42', 'R69', 'R70', 'R79', 'R80', 'R81', 'R82', 'R83', 'R84'])('accepts %s', (id) => expect(isRuleId(id)).toBe(true));
	test.each(['R00', 'R87', 'r01', 'R1', '', undefined])('rejects %s', (id) => expect(isRuleId(id)).toBe(false));
});
