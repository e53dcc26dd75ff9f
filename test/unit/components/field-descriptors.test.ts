import { describe, expect, test } from 'vitest';
import {
	fieldsAt,
	groupsAt,
	hiddenFields,
	leaveOut,
	validateFieldValue,
	type FieldDescriptor,
	type FieldPath,
} from '../../../src/components/planner/form/field-descriptors';
import { humanizeKey, humanizeValue, pathPattern } from '../../../src/components/planner/form/field-labels';
import { normalizeNode, type SchemaNode } from '../../../src/components/planner/form/schema-nodes';
import { newDraft, type PlanDraft } from '../../../src/domain/plan/draft';
import { planJsonSchema } from '../../../src/domain/plan/json-schema';

const schema = planJsonSchema() as SchemaNode;

/** Every leaf of the JSON Schema as a location pattern, walked without the code under test. */
function schemaLeaves(node: SchemaNode, path: string[] = []): { pattern: string; node: SchemaNode }[] {
	if (node.type === 'array' && node.items) return schemaLeaves(node.items, [...path, '*']);
	if (node.type === 'object' && node.properties) {
		return Object.entries(node.properties).flatMap(([key, child]) => schemaLeaves(child, [...path, key]));
	}
	return [{ pattern: path.join('.'), node }];
}

/** Every form location the builder reaches: the top level, a server, and their groups, recursively. */
function formLocations(): FieldPath[] {
	const found: FieldPath[] = [];
	const visit = (path: FieldPath) => {
		found.push(path);
		for (const group of groupsAt(path)) visit(group.path);
	};
	visit([]);
	visit(['servers', 0]);
	return found;
}

const allFields = (): FieldDescriptor[] => formLocations().flatMap((path) => fieldsAt(path));
const fieldAt = (path: FieldPath): FieldDescriptor => {
	const field = fieldsAt(path.slice(0, -1)).find((f) => f.key === path.at(-1));
	if (!field) throw new Error(`no field at ${path.join('.')}`);
	return field;
};

describe('fieldsAt and groupsAt cover the plan schema', () => {
	test('reach the locations the builder shows', () => {
		const locations = formLocations().map((path) => pathPattern(path));
		expect(locations).toEqual(
			expect.arrayContaining([
				'', 'servers.*', 'servers.*.settings', 'servers.*.settings.messenger', 'loadBalancer', 'files', 'files.replication',
				'files.share', 'database', 'keys', 'sessions', 'logging', 'backoffice', 'upgrades', 'azure', 'engage', 'legacy', 'code', 'staging',
			])
		);
		expect(new Set(locations).size).toBe(locations.length);
	});

	test('every leaf field of the schema is in exactly one location, except the hidden ones', () => {
		const expected = schemaLeaves(schema)
			.filter(({ pattern, node }) => !('const' in node) && !hiddenFields.includes(pattern))
			.map(({ pattern }) => pattern)
			.sort();
		const shown = allFields().map((f) => pathPattern(f.path)).sort();
		expect(shown).toEqual(expected);
	});

	test('hidden fields name real fields of the schema', () => {
		const leaves = schemaLeaves(schema).map(({ pattern }) => pattern);
		for (const hidden of hiddenFields) expect(leaves).toContain(hidden);
	});

	test('a field path ends with its key under the location asked for', () => {
		for (const f of fieldsAt(['servers', 3, 'settings'])) expect(f.path).toEqual(['servers', 3, 'settings', f.key]);
	});

	test('nested objects are groups, arrays are neither', () => {
		expect(groupsAt([]).map((g) => g.key)).not.toContain('servers');
		expect(fieldsAt([]).map((f) => f.key)).toEqual(['name', 'umbraco', 'hosting', 'environment', 'umbracoCloud', 'applicationUrl']);
		expect(groupsAt(['servers', 0, 'settings'])).toEqual([
			expect.objectContaining({ key: 'messenger', path: ['servers', 0, 'settings', 'messenger'], required: false }),
		]);
		const required = groupsAt([]).filter((g) => g.required).map((g) => g.key);
		expect(required).toEqual(['loadBalancer', 'files']);
	});

	test('an unknown location has no fields or groups', () => {
		expect(fieldsAt(['nope'])).toEqual([]);
		expect(groupsAt(['servers', 0, 'name'])).toEqual([]);
	});
});

describe('labels', () => {
	test.each([
		[['name'], 'Design name'],
		[['umbraco'], 'Umbraco version'],
		[['servers', 0, 'name'], 'Name'],
		[['servers', 0, 'role'], 'Role'],
		[['files', 'strategy'], 'File storage'],
		[['loadBalancer', 'stickySessions'], 'Sticky sessions'],
		[['loadBalancer', 'publicHost'], 'Public host'],
		[['servers', 0, 'settings', 'umbracoUseSsl'], 'umbracoUseSSL'],
		[['applicationUrl'], 'Application URL'],
	] as const)('%j is labelled "%s"', (path, label) => {
		expect(fieldAt(path).label).toBe(label);
	});

	test('humanise keys and values', () => {
		expect(humanizeKey('httpsOnly')).toBe('HTTPS only');
		expect(humanizeValue('azure-web-apps')).toBe('Azure Web Apps');
		expect(['iis-arr', 'nginx', 's3', 'sql-ce', 'azure-signalr'].map(humanizeValue)).toEqual([
			'IIS ARR', 'nginx', 'Amazon S3', 'SQL Server CE', 'Azure SignalR Service',
		]);
	});

	test('every field and group has a label and no two fields of a location share one', () => {
		for (const path of formLocations()) {
			const labels = fieldsAt(path).map((f) => f.label);
			expect(labels.every(Boolean)).toBe(true);
			expect(new Set(labels).size).toBe(labels.length);
		}
	});
});

describe('controls', () => {
	test('booleans with a default or optional are tri-state selects; "Default" writes nothing', () => {
		expect(fieldAt(['loadBalancer', 'httpsOnly'])).toMatchObject({
			control: 'tri-state',
			required: false,
			defaultValue: true,
			options: [{ value: leaveOut, label: 'Default (yes)' }, { value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }],
		});
		expect(fieldAt(['loadBalancer', 'forwardsInternalHostNames']).options?.[0]?.label).toBe('Default (no)');
		expect(fieldAt(['servers', 0, 'behindLoadBalancer']).options?.[0]).toEqual({ value: leaveOut, label: 'Default' });
		expect(allFields().filter((f) => f.control === 'checkbox')).toEqual([]);
	});

	test('select options are the schema enums, after a "Default (…)" one unless the value is required', () => {
		const enums = new Map(schemaLeaves(schema).map(({ pattern, node }) => [pattern, node.enum]));
		const selects = allFields().filter((f) => f.control === 'select');
		expect(selects.length).toBeGreaterThan(15);
		for (const f of selects) {
			const values = f.options!.map((o) => o.value);
			expect(values.filter((v) => v !== leaveOut)).toEqual(enums.get(pathPattern(f.path)));
			expect(values[0] === leaveOut).toBe(!f.required);
		}
		expect(fieldAt(['hosting'])).toMatchObject({ control: 'select', required: true });
		expect(fieldAt(['files', 'strategy']).options?.map((o) => o.label)).toEqual(['Azure Web Apps', 'Replication', 'Central share', 'Standalone']);
		expect(fieldAt(['loadBalancer', 'stickySessions']).options?.[0]).toEqual({ value: leaveOut, label: 'Default (None)' });
		expect(fieldAt(['servers', 0, 'settings', 'mainDomLock']).options?.[0]).toEqual({ value: leaveOut, label: 'Not set' });
	});

	test('option labels come from the caller when it has one, the default option included', () => {
		const names: Record<string, string> = { elected: 'Elected (automatic)', publisher: 'SchedulingPublisher', subscriber: 'Subscriber' };
		const role = fieldsAt(['servers', 1], (path, value) => (path.at(-1) === 'role' ? names[value] : undefined)).find((f) => f.key === 'role');
		expect(role?.options?.map((o) => o.label)).toEqual(['Default (Elected (automatic))', 'Elected (automatic)', 'SchedulingPublisher', 'Subscriber', 'Single']);
	});

	test('numbers, texts and their limits', () => {
		expect(fieldAt(['servers', 0, 'instances'])).toMatchObject({ control: 'number', integer: true, min: 1, max: 100, defaultValue: 1, required: false });
		const max = fieldAt(['servers', 0, 'settings', 'messenger', 'maxProcessingInstructions']);
		expect(max).toMatchObject({ min: 1, integer: true });
		expect(max.max).toBeUndefined();
		expect(fieldAt(['servers', 0, 'host'])).toMatchObject({ control: 'text', required: true, maxLength: 253, description: expect.stringContaining('web1.internal') });
		expect(fieldAt(['environment'])).toMatchObject({ control: 'text', required: false, defaultValue: 'Production', pattern: expect.any(String) });
	});
});

describe('validateFieldValue', () => {
	const draft: PlanDraft = { ...newDraft('13.5.2'), servers: [{ id: 'web-1', name: 'Web 1', host: 'web1.internal', kind: 'frontend' }] };

	test.each([
		[['umbraco'], '13.5.', 'expected a version such as "13.5.2"'],
		[['umbraco'], '6.1.0', 'expected an Umbraco version from 7.0 to 19 (19 is a preview; nothing later exists yet), e.g. "13.5.2"'],
		[['servers', 0, 'host'], '', 'expected a non-empty string'],
		[['servers', 0, 'host'], 'h'.repeat(254), 'expected at most 253 characters'],
		[['applicationUrl'], 'not a url', expect.any(String)],
		[['applicationUrl'], 'ftp://www.example.com', expect.any(String)],
		[['environment'], '1st', expect.stringContaining('environment name')],
		[['servers', 0, 'instances'], 0, expect.any(String)],
		[['loadBalancer', 'publicHost'], '', 'expected a non-empty string'],
		[['name'], undefined, expect.stringContaining('missing')],
	] as const)('%j = %j is refused', (path, value, message) => {
		expect(validateFieldValue(draft, path, value)).toEqual(message);
	});

	test.each([
		[['umbraco'], '13.5.2'],
		[['umbraco'], '17.0.0-rc1'],
		[['servers', 0, 'host'], 'web2.internal'],
		[['applicationUrl'], 'https://www.example.com'],
		[['applicationUrl'], undefined],
		[['environment'], 'Staging'],
		[['servers', 0, 'instances'], 3],
		[['servers', 0, 'settings', 'messenger', 'syncSeconds'], 5],
		[['loadBalancer', 'stickySessions'], 'cookie'],
		[['engage', 'cockpitHost'], 'cockpit.example.com'],
	] as const)('%j = %j is accepted', (path, value) => {
		expect(validateFieldValue(draft, path, value)).toBeUndefined();
	});

	test('only the edited field counts, and the draft is not changed', () => {
		const broken: PlanDraft = { ...draft, name: '', servers: [] };
		const copy = structuredClone(broken);
		expect(validateFieldValue(broken, ['environment'], 'Test')).toBeUndefined();
		expect(validateFieldValue(broken, ['servers', 0, 'host'], 'web1')).toBeUndefined();
		expect(broken).toEqual(copy);
	});
});

describe('normalizeNode', () => {
	test('reads nullable, literal and referenced properties as plain nodes', () => {
		const root: SchemaNode = { $defs: { id: { type: 'string', pattern: '^a$' } } } as SchemaNode;
		expect(normalizeNode({ anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'null' }], description: 'd' }, root)).toEqual({
			type: 'string', enum: ['a', 'b'], description: 'd',
		});
		expect(normalizeNode({ anyOf: [{ const: 'x' }, { const: 'y' }] }, root)).toEqual({ type: 'string', enum: ['x', 'y'] });
		expect(normalizeNode({ $ref: '#/$defs/id', description: 'd' }, root)).toEqual({ type: 'string', pattern: '^a$', description: 'd' });
		expect(normalizeNode({ allOf: [{ type: 'boolean' }], default: true }, root)).toEqual({ type: 'boolean', default: true });
	});
});
