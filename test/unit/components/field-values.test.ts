import { describe, expect, test } from 'vitest';
import { fieldsAt, leaveOut, type FieldDescriptor, type FieldPath } from '../../../src/components/planner/form/field-descriptors';
import { choiceOf, displayText, inputAttributes, parseChoice, parseInput } from '../../../src/components/planner/form/field-values';

const field = (path: FieldPath): FieldDescriptor => fieldsAt(path.slice(0, -1)).find((f) => f.key === path.at(-1))!;
const name = field(['servers', 0, 'name']);
const mediaPath = field(['files', 'mediaPath']);
const instances = field(['servers', 0, 'instances']);
const syncSeconds = field(['servers', 0, 'settings', 'messenger', 'syncSeconds']);

describe('parseInput', () => {
	test('an emptied optional field is left out; an emptied required text is judged as ""', () => {
		expect(parseInput(mediaPath, '')).toEqual({ value: undefined });
		expect(parseInput(instances, '')).toEqual({ value: undefined });
		expect(parseInput(name, '')).toEqual({ value: '' });
	});

	test('texts stay as typed, numbers become numbers', () => {
		expect(parseInput(name, ' Web 1 ')).toEqual({ value: ' Web 1 ' });
		expect(parseInput(instances, '3')).toEqual({ value: 3 });
		expect(parseInput(syncSeconds, '2.5')).toEqual({ value: 2.5 });
	});

	test('what is not a number is refused', () => {
		expect(parseInput(instances, 'three')).toEqual({ message: 'expected a number' });
		expect(parseInput(instances, '', true)).toEqual({ message: 'expected a number' });
	});
});

describe('parseChoice and choiceOf', () => {
	const role = field(['servers', 0, 'role']);
	const kind = field(['servers', 0, 'kind']);
	const httpsOnly = field(['loadBalancer', 'httpsOnly']);

	test('"Default (…)" leaves the value out; tri-states give booleans', () => {
		expect(parseChoice(role, leaveOut)).toBeUndefined();
		expect(parseChoice(role, 'publisher')).toBe('publisher');
		expect(parseChoice(kind, 'frontend')).toBe('frontend');
		expect(parseChoice(httpsOnly, 'false')).toBe(false);
		expect(parseChoice(httpsOnly, 'true')).toBe(true);
		expect(parseChoice(httpsOnly, leaveOut)).toBeUndefined();
	});

	test('a select shows the written value, or the "Default (…)" option', () => {
		expect(choiceOf(undefined)).toBe(leaveOut);
		expect(choiceOf(false)).toBe('false');
		expect(choiceOf('cookie')).toBe('cookie');
		expect(displayText(0)).toBe('0');
		expect(displayText(undefined)).toBe('');
	});
});

describe('inputAttributes', () => {
	test('limits and the default as placeholder', () => {
		expect(inputAttributes(instances)).toMatchObject({ type: 'number', min: 1, max: 100, step: 1, placeholder: '1', required: false });
		expect(inputAttributes(syncSeconds)).toMatchObject({ type: 'number', step: 'any', placeholder: undefined });
		expect(inputAttributes(name)).toMatchObject({ type: 'text', maxlength: 100, required: true, step: undefined });
		expect(inputAttributes(field(['environment']))).toMatchObject({ placeholder: 'Production' });
	});
});
