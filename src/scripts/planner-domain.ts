/**
 * The planner page's own script: it imports the domain the builder needs (the plan schema,
 * the rules) so the browser evaluates those modules in a task of their own,
 * before the builder's island hydrates, instead of in one long task with it. The island
 * imports the same modules; a module is evaluated once, so this adds no bytes and no work.
 *
 * Then, in another task, it checks one preset: the schema's first parse sets up much of
 * Zod's machinery, which would otherwise lengthen the task that opens the design.
 */
import './zod-without-eval';
import { checkDraft, type PlanDraft } from '../domain/plan/draft';
import { presets } from '../domain/presets/index';
import '../domain/rules/validate';

setTimeout(() => presets[0] && checkDraft(presets[0].plan as PlanDraft), 0);
