// `npm run schema`: writes the plan JSON Schema published with the site.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planJsonSchema, planSchemaPath } from '../../src/domain/plan/json-schema';

const target = join(import.meta.dirname, '../../public', planSchemaPath);
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, '\t')}\n`);
console.log(`wrote ${target}`);
