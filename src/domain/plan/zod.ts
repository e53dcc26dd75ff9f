/**
 * The Zod the plan schema is built with: `zod/mini`, whose checks are functions rather than
 * methods set on every schema object, so building the plan schema costs a slow phone about
 * half of what classic Zod did (the planner builds it on every load). Messages in English,
 * as classic Zod sets them by default; the issues `parse.ts` reports read the same.
 */
import { _default, config, describe, optional, type ZodMiniType } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * as z from 'zod/mini';

/** `schema` with a description, for the JSON Schema and the builder's forms. */
export const described = <T extends ZodMiniType>(schema: T, description: string): T => schema.check(describe(description));

/** An optional field (left out = nothing stated), with its description. */
export const opt = <T extends ZodMiniType>(schema: T, description?: string) => {
	const field = optional(schema);
	return description === undefined ? field : described(field, description);
};

/** A field with a default (left out = `value`), with its description. */
export const withDefault = <T extends ZodMiniType>(schema: T, value: Parameters<typeof _default<T>>[1], description?: string) => {
	const field = _default(schema, value);
	return description === undefined ? field : described(field, description);
};
