import { presets } from '../src/domain/presets/index';
import { planFragment } from './e2e/builder-helpers';
const p = presets.find((x) => x.plan.servers.length >= 4) ?? presets[0];
console.log(planFragment(p.plan));
