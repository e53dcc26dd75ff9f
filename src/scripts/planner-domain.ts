/**
 * The planner page's own script: it imports the domain the builder needs (the plan schema,
 * the rules) so the browser evaluates those modules in a task of their own,
 * before the builder's island hydrates, instead of in one long task with it. The island
 * imports the same modules; a module is evaluated once, so this adds no bytes and no work.
 */
import './zod-without-eval';
import '../domain/plan/draft';
import '../domain/rules/validate';
