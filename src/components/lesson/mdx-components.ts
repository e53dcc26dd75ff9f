/**
 * Components every lesson can use without importing them. Adding an author-facing
 * component = add it here and describe it in the README's "Adding a lesson".
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Exercise from './Exercise.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import PlanDiagram from './PlanDiagram.astro';
import SimulatorEmbed from './SimulatorEmbed.astro';
import Term from './Term.astro';
import Version from './Version.astro';

export const mdxComponents = { Callout, Cite, Exercise, KnowledgeCheck, PlanDiagram, SimulatorEmbed, Term, Version };
