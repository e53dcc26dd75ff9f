import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { versionFamilyIds } from './domain/versions/families';
import { isRuleId, ruleRange } from './domain/rules/rule-ids';
import { unitIds } from './lib/curriculum';

/** Lessons: one MDX file each under `content/lessons/<unit>/`. */
const lessons = defineCollection({
	loader: glob({ base: './content/lessons', pattern: '**/*.mdx' }),
	schema: z.object({
		title: z.string().min(3),
		/** One sentence for cards, search results and `<meta name="description">`. */
		description: z.string().min(20).max(200),
		unit: z.enum(unitIds),
		/** Position inside the unit, from 1. */
		order: z.number().int().positive(),
		/** Version families the lesson covers. */
		versions: z.array(z.enum(versionFamilyIds)).nonempty(),
		/** What the reader can do afterwards; each starts with a verb. */
		objectives: z.array(z.string().min(5)).nonempty(),
		/** Catalogue rules (`ruleRange`) the lesson teaches. */
		rules: z
			.array(z.string().refine(isRuleId, (id) => ({ message: `"${id}" is not a rule id (${ruleRange})` })))
			.default([]),
		/** Estimated reading time in minutes. */
		minutes: z.number().int().positive().max(90),
		draft: z.boolean().default(false),
	}),
});

/** Glossary: one Markdown file per term under `content/glossary/`; the file name is the id. */
const glossary = defineCollection({
	loader: glob({ base: './content/glossary', pattern: '*.md' }),
	schema: z.object({
		term: z.string().min(2),
		/** Plain sentence for the tooltip. */
		short: z.string().min(10).max(180),
		aliases: z.array(z.string()).default([]),
	}),
});

export const collections = { lessons, glossary };
