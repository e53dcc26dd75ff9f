/** The published JSON Schema of plan files, made from the Zod schema so the two cannot drift. */
import { z } from './zod';
import { PlanSchema } from './schema';

export const planSchemaPath = '/schema/plan-v1.schema.json';

/** JSON Schema (draft 2020-12) of plan file v1, as files are written (defaults optional). */
export function planJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(PlanSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
	return {
		...schema,
		$id: `https://lbacademy.invalid${planSchemaPath}`,
		title: 'LB Academy plan file v1',
		description: 'A load-balanced Umbraco deployment: version, hosting, servers, load balancer, files, keys, caches and add-ons.',
	};
}
