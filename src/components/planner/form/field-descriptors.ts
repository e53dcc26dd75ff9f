/**
 * The builder's property forms, derived from the plan's JSON Schema: which fields an object
 * of the plan document has, with which control, label, hint, options and limits. A field
 * added to the schema shows up in the builder without another edit.
 */
import { humanizeValue, labelFor, pathPattern } from './field-labels';
import { isObjectNode, normalizeNode, objectNodeAt, typeOf, type SchemaNode } from './schema-nodes';

export { validateFieldValue } from './validate-field-value';

/** A location in the plan document: keys and array indexes. */
export type FieldPath = readonly (string | number)[];

/** How a field is edited: tri-state is a select of "Default (…)", Yes and No. */
export type FieldControl = 'text' | 'select' | 'checkbox' | 'tri-state' | 'number';

/** One choice of a select; the value `''` (`leaveOut`) means "write nothing". */
export interface FieldOption {
	readonly value: string;
	readonly label: string;
}

/** One editable value of the plan document. */
export interface FieldDescriptor {
	readonly key: string;
	readonly path: FieldPath;
	readonly label: string;
	readonly description?: string;
	readonly control: FieldControl;
	/** Every option the select shows, the "Default (…)" one first (value `''`) when leaving out is allowed. */
	readonly options?: readonly FieldOption[];
	readonly defaultValue?: unknown;
	/** The value must be written (no default, not optional). */
	readonly required: boolean;
	readonly min?: number;
	readonly max?: number;
	readonly integer?: boolean;
	readonly maxLength?: number;
	readonly pattern?: string;
}

/** A nested object of the plan document, shown as its own fieldset. */
export interface GroupDescriptor {
	readonly key: string;
	readonly path: FieldPath;
	readonly label: string;
	readonly description?: string;
	/** A plan file must have this object (the load balancer, file storage). */
	readonly required: boolean;
}

/** The caller's label for an enum value (e.g. a role's official name in the plan's version). */
export type OptionLabeler = (path: FieldPath, value: string) => string | undefined;

/** The option value that means "leave the field out". */
export const leaveOut = '';

/**
 * Fields the builder does not show, as location patterns: the `$schema` link, the format
 * version (a constant) and server ids (the builder makes them; rules and folders refer to them).
 */
export const hiddenFields: readonly string[] = ['$schema', 'planVersion', 'servers.*.id'];

// Zod writes `.int()` as this maximum; it is no limit a person needs to see.
const unboundedInt = Number.MAX_SAFE_INTEGER;

function entriesAt(path: FieldPath): [string, SchemaNode, boolean][] {
	const node = objectNodeAt(path);
	if (!node?.properties) return [];
	const required = new Set(node.required ?? []);
	return Object.entries(node.properties).map(([key, child]) => [key, normalizeNode(child), required.has(key)]);
}

function controlOf(node: SchemaNode, mustWrite: boolean): FieldControl | undefined {
	if (node.enum) return 'select';
	const type = typeOf(node);
	if (type === 'boolean') return mustWrite ? 'checkbox' : 'tri-state';
	if (type === 'number' || type === 'integer') return 'number';
	if (type === 'string') return 'text';
	return undefined;
}

function optionsOf(node: SchemaNode, path: FieldPath, mustWrite: boolean, optionLabel?: OptionLabeler): FieldOption[] {
	const label = (value: string) => optionLabel?.(path, value) ?? humanizeValue(value);
	if (typeOf(node) === 'boolean') {
		const fallback = node.default === undefined ? 'Default' : `Default (${node.default ? 'yes' : 'no'})`;
		return [{ value: leaveOut, label: fallback }, { value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }];
	}
	const values = (node.enum ?? []).map((value) => ({ value: String(value), label: label(String(value)) }));
	if (mustWrite) return values;
	const fallback = node.default === undefined ? 'Not set' : `Default (${label(String(node.default))})`;
	return [{ value: leaveOut, label: fallback }, ...values];
}

function describeField(key: string, node: SchemaNode, required: boolean, at: FieldPath, optionLabel?: OptionLabeler): FieldDescriptor | undefined {
	const path = [...at, key];
	const mustWrite = required && node.default === undefined;
	const control = controlOf(node, mustWrite);
	if (!control || 'const' in node || hiddenFields.includes(pathPattern(path))) return undefined;
	const integer = typeOf(node) === 'integer';
	const min = node.minimum ?? (integer && node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : undefined);
	const max = node.maximum === unboundedInt ? undefined : (node.maximum ?? (integer && node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - 1 : undefined));
	return {
		key,
		path,
		label: labelFor(path),
		control,
		required: mustWrite,
		...(node.description !== undefined && { description: node.description }),
		...((control === 'select' || control === 'tri-state') && { options: optionsOf(node, path, mustWrite, optionLabel) }),
		...(node.default !== undefined && { defaultValue: node.default }),
		...(control === 'number' && min !== undefined && { min }),
		...(control === 'number' && max !== undefined && { max }),
		...(integer && { integer }),
		...(node.maxLength !== undefined && { maxLength: node.maxLength }),
		...(node.pattern !== undefined && { pattern: node.pattern }),
	};
}

/**
 * The fields of the object at `path` in a plan document (`[]` for the top level,
 * `['servers', 2]`, `['files', 'replication']` …), in schema order. Nested objects and
 * arrays are not fields: see `groupsAt`.
 */
export function fieldsAt(path: FieldPath, optionLabel?: OptionLabeler): FieldDescriptor[] {
	return entriesAt(path).flatMap(([key, node, required]) =>
		isObjectNode(node) ? [] : (describeField(key, node, required, path, optionLabel) ?? [])
	);
}

/** The nested objects of the object at `path`, each to be shown as a fieldset of its own. */
export function groupsAt(path: FieldPath): GroupDescriptor[] {
	return entriesAt(path)
		.filter(([, node]) => isObjectNode(node))
		.map(([key, node, required]) => ({
			key,
			path: [...path, key],
			label: labelFor([...path, key]),
			required: required && node.default === undefined,
			...(node.description !== undefined && { description: node.description }),
		}));
}
