/**
 * Reading the plan's JSON Schema for the builder's forms: finding the object schema at a
 * location of the document and normalising the ways Zod writes a property (`$ref`,
 * `allOf`, nullable or literal `anyOf`) into one plain node.
 */
// The published file, kept equal to the Zod schema by test/unit/domain/plan/json-schema.test.ts:
// reading it costs the page nothing, where converting the Zod schema took a slow phone ~30 ms.
import publishedSchema from '../../../../public/schema/plan-v1.schema.json';

/** The parts of a JSON Schema node the forms read. */
export interface SchemaNode {
	readonly type?: string | readonly string[];
	readonly properties?: Readonly<Record<string, SchemaNode>>;
	readonly required?: readonly string[];
	readonly items?: SchemaNode;
	readonly enum?: readonly unknown[];
	readonly const?: unknown;
	readonly default?: unknown;
	readonly description?: string;
	readonly anyOf?: readonly SchemaNode[];
	readonly oneOf?: readonly SchemaNode[];
	readonly allOf?: readonly SchemaNode[];
	readonly $ref?: string;
	readonly minimum?: number;
	readonly maximum?: number;
	readonly exclusiveMinimum?: number;
	readonly exclusiveMaximum?: number;
	readonly minLength?: number;
	readonly maxLength?: number;
	readonly pattern?: string;
	readonly format?: string;
}

let cached: SchemaNode | undefined;

/** The plan's JSON Schema (as files are written: defaults optional), made once. */
export function planSchemaRoot(): SchemaNode {
	cached ??= publishedSchema as SchemaNode;
	return cached;
}

/** The node a local `$ref` (`#/$defs/x`, `#/definitions/x`, `#`) points to. */
function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
	if (!ref.startsWith('#')) return undefined;
	let node: unknown = root;
	for (const part of ref.slice(2).split('/').filter(Boolean)) {
		node = (node as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
	}
	return node as SchemaNode | undefined;
}

const isNull = (node: SchemaNode): boolean => node.type === 'null' || (node.const === null && node.type === undefined);

/** The literal values of an `anyOf` made only of `const`s and string `enum`s, else undefined. */
function literals(variants: readonly SchemaNode[]): unknown[] | undefined {
	const values: unknown[] = [];
	for (const v of variants) {
		if ('const' in v) values.push(v.const);
		else if (v.enum) values.push(...v.enum);
		else return undefined;
	}
	return values;
}

/** One plain node for a property: references followed, single-variant wrappers merged. */
export function normalizeNode(node: SchemaNode, root: SchemaNode = planSchemaRoot(), depth = 0): SchemaNode {
	if (depth > 20) return node;
	const { $ref, allOf, anyOf, oneOf, ...own } = node;
	const merge = (inner: SchemaNode): SchemaNode => normalizeNode({ ...inner, ...own }, root, depth + 1);
	if ($ref !== undefined) {
		const target = resolveRef(root, $ref);
		return target ? merge(target) : own;
	}
	if (allOf?.length === 1) return merge(allOf[0]!);
	const variants = (anyOf ?? oneOf)?.filter((v) => !isNull(v));
	if (variants?.length === 1) return merge(variants[0]!);
	if (variants && variants.length > 1) {
		const values = literals(variants.map((v) => normalizeNode(v, root, depth + 1)));
		if (values) return { type: typeof values[0] === 'number' ? 'number' : 'string', ...own, enum: values };
	}
	return node;
}

/** The node's single non-null type. */
export function typeOf(node: SchemaNode): string | undefined {
	return Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : (node.type as string | undefined);
}

/** Whether the node is an object with properties (a group of fields, not a field). */
export const isObjectNode = (node: SchemaNode): boolean => typeOf(node) === 'object' && node.properties !== undefined;

/** The object schema at a location of the plan document (`['servers', 0, 'settings']`), if any. */
export function objectNodeAt(path: readonly (string | number)[]): SchemaNode | undefined {
	let node: SchemaNode | undefined = normalizeNode(planSchemaRoot());
	for (const key of path) {
		if (!node) return undefined;
		const next: SchemaNode | undefined = typeof key === 'number' ? node.items : node.properties?.[key];
		node = next ? normalizeNode(next) : undefined;
	}
	return node && isObjectNode(node) ? node : undefined;
}
