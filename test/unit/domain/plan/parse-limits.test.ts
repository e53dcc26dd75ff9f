import { describe, expect, test } from 'vitest';
import { planLimits } from '../../../../src/domain/plan/limits';
import { parseJson, parsePlan, validatePlan } from '../../../../src/domain/plan/parse';
import { basePlanInput } from '../../../helpers/plans';

const nested = (levels: number, open = '[', close = ']') => `${open.repeat(levels)}${close.repeat(levels)}`;
const issuesOf = (text: string) => {
	const result = parseJson(text);
	return result.ok ? [] : result.issues;
};

describe('parseJson: nesting depth', () => {
	test.each([
		['arrays', nested(5_100)],
		['objects', `${'{"a":'.repeat(5_100)}1${'}'.repeat(5_100)}`],
		['unclosed arrays', '['.repeat(200_000)],
		['a plan field', JSON.stringify({ ...basePlanInput, name: 'x' }).replace('"x"', nested(10_000))],
	])('refuses %s nested past the limit with where, instead of overflowing the stack', (_, text) => {
		const issues = issuesOf(text);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.message).toMatch(/^nested deeper than 64 levels at line 1, column \d+; the limit is 64 levels$/);
	});

	test('accepts exactly the limit and refuses one level more', () => {
		expect(parseJson(nested(planLimits.depth)).ok).toBe(true);
		expect(issuesOf(nested(planLimits.depth + 1))[0]!.message).toContain(`at line 1, column ${planLimits.depth + 1}`);
	});

	test('does not count brackets inside strings', () => {
		expect(parseJson(JSON.stringify({ name: `${'[{'.repeat(500)}"\\` })).ok).toBe(true);
	});
});

describe('parseJson: size', () => {
	test('refuses text over the file limit before scanning it', () => {
		const text = `{"name": "${' '.repeat(planLimits.fileBytes)}"}`;
		const started = performance.now();
		expect(issuesOf(text)).toEqual([{ path: '', message: 'the plan is larger than 1 MB; the limit is 1 MB' }]);
		expect(performance.now() - started).toBeLessThan(50);
	});

	test.each([
		['syntax errors (a binary file gives thousands)', `[${'@,'.repeat(100_000)}]`],
		['duplicate keys', `{"a": 1${', "a": 1'.repeat(100_000)}}`],
	])('stops after ten problems: %s', (_, text) => {
		const issues = issuesOf(text);
		expect(issues).toHaveLength(11);
		expect(issues.at(-1)!.message).toBe('stopped after the first 10 problems');
	});

	test('leaves key problems out when the syntax is broken', () => {
		expect(issuesOf('{"a" 1, "a" 2}').map((issue) => issue.path)).toEqual(['', '']);
	});
});

describe('parseJson: keys', () => {
	test('reports a duplicate key with its path instead of keeping the last value', () => {
		const text = JSON.stringify(basePlanInput).replace('"hosting":"iis"', '"hosting":"iis","hosting":"containers"');
		expect(issuesOf(text)).toEqual([{ path: 'hosting', message: 'duplicate key "hosting"; each key may appear once in an object' }]);
	});

	test('reports a duplicate key deep inside, with the array index', () => {
		const text = JSON.stringify(basePlanInput).replace('"host":"web2.internal"', '"host":"web2.internal","host":"evil.internal"');
		expect(issuesOf(text)).toEqual([{ path: 'servers[2].host', message: expect.stringContaining('duplicate key "host"') }]);
	});

	test('allows the same key in different objects', () => {
		expect(parseJson('[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]').ok).toBe(true);
	});

	test.each(['__proto__', 'constructor', 'prototype'])('rejects a "%s" key wherever it is', (key) => {
		const top = JSON.stringify(basePlanInput).replace('{', `{"${key}": {"hosting": "iis"},`);
		expect(issuesOf(top)).toEqual([{ path: key, message: `the key "${key}" is not allowed in a plan` }]);
		const deep = JSON.stringify(basePlanInput).replace('"loadBalancer":{', `"loadBalancer":{"${key}": 1,`);
		expect(issuesOf(deep)).toEqual([{ path: `loadBalancer.${key}`, message: `the key "${key}" is not allowed in a plan` }]);
	});

	test('gives the document JSON.parse gives', () => {
		const text = JSON.stringify(basePlanInput, null, 2);
		const result = parsePlan(text);
		expect(result.ok && result.input).toStrictEqual(JSON.parse(text));
	});
});

describe('validatePlan: servers', () => {
	const servers = (count: number) => Array.from({ length: count }, (_, i) => ({ ...basePlanInput.servers[1], id: `web-${i}` }));

	test('refuses more than the limit with one problem, before the schema looks at them', () => {
		expect(validatePlan({ ...basePlanInput, servers: servers(planLimits.servers + 1) })).toEqual({
			ok: false,
			issues: [{ path: 'servers', message: '201 servers; a plan can have at most 200' }],
		});
	});

	test('leaves the limit itself to the schema', () => {
		const result = validatePlan({ ...basePlanInput, servers: servers(planLimits.servers) });
		expect(result.ok ? [] : result.issues.map((issue) => issue.message)).not.toContain('200 servers; a plan can have at most 200');
	});
});
