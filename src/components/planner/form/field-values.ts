/**
 * Between the design's values and what form controls hold: inputs and selects hold text,
 * the design holds strings, numbers, booleans, or nothing at all ("leave it out").
 */
import type { HTMLInputAttributes } from 'svelte/elements';
import { leaveOut, type FieldDescriptor } from './field-descriptors';

/** What a text or number input shows for a value of the design. */
export const displayText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The option a select shows for a value of the design: `leaveOut` when the value is not written. */
export const choiceOf = (value: unknown): string => displayText(value) || leaveOut;

/**
 * The value a text or number input commits, or why it cannot. An emptied optional field is
 * left out (undefined); an emptied required text is `''`, for validation to refuse.
 * `badInput` is the browser's word that a number input holds something not a number.
 */
export function parseInput(field: FieldDescriptor, text: string, badInput = false): { value: unknown } | { message: string } {
	if (field.control === 'number' && (badInput || (text.trim() !== '' && !Number.isFinite(Number(text))))) {
		return { message: 'expected a number' };
	}
	if (text === '') return { value: field.required && field.control === 'text' ? '' : undefined };
	return { value: field.control === 'number' ? Number(text) : text };
}

/** The value a select commits: undefined for "Default (…)", a boolean for a tri-state, else the option. */
export function parseChoice(field: FieldDescriptor, chosen: string): unknown {
	if (chosen === leaveOut && !field.required) return undefined;
	return field.control === 'tri-state' ? chosen === 'true' : chosen;
}

/** The attributes of a text or number input for a field: type, limits, default as placeholder. */
export function inputAttributes(field: FieldDescriptor): HTMLInputAttributes {
	const number = field.control === 'number';
	return {
		type: number ? 'number' : 'text',
		placeholder: field.defaultValue === undefined ? undefined : String(field.defaultValue),
		required: field.required,
		maxlength: field.maxLength,
		min: field.min,
		max: field.max,
		step: number ? (field.integer ? 1 : 'any') : undefined,
		inputmode: number ? (field.integer ? 'numeric' : 'decimal') : undefined,
		spellcheck: false,
		autocomplete: 'off',
	};
}
