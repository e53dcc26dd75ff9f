// `npm run statecharts`: lays out the server process's statechart and its three loops' with
// ELK and writes them to `src/layout/statechart-layouts.json`, which the simulator's
// inspector draws without loading ELK. A unit test fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statechartModels } from '../../src/machines/statechart/statechart-models';
import { layoutStatecharts } from '../../src/layout/statechart-layout';
import { statechartLayoutsPath, stringifyStatechartLayouts } from '../../src/layout/statechart-json';

const target = join(import.meta.dirname, '../..', statechartLayoutsPath);
const json = stringifyStatechartLayouts(await layoutStatecharts(statechartModels()));
writeFileSync(target, json);
console.log(`wrote ${target} (${json.length} bytes)`);
