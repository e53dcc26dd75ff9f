import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planJsonSchema, planSchemaPath } from '../../../../src/domain/plan/json-schema';

describe('planJsonSchema', () => {
	test('matches the published file (run `npm run schema` after changing the plan schema)', () => {
		const published = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public', planSchemaPath), 'utf8'));
		expect(published).toEqual(planJsonSchema());
	});

	test('describes the required top-level fields and forbids unknown ones', () => {
		const schema = planJsonSchema() as { required: string[]; additionalProperties: boolean };
		expect(schema.required).toEqual(expect.arrayContaining(['planVersion', 'name', 'umbraco', 'hosting', 'servers', 'loadBalancer', 'files']));
		expect(schema.additionalProperties).toBe(false);
	});
});
