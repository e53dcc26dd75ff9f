import { describe, expect, test } from 'vitest';
import { formatPath, parsePlan, validatePlan } from '../../../../src/domain/plan/parse';
import { basePlanInput } from '../../../helpers/plans';

const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...basePlanInput, ...change });

describe('formatPath', () => {
	test.each([
		[[], ''],
		[['umbraco'], 'umbraco'],
		[['servers', 1, 'role'], 'servers[1].role'],
		[['files', 'replication', 'excludesTemp'], 'files.replication.excludesTemp'],
		[['weird key'], '["weird key"]'],
	] as const)('%j → %s', (path, expected) => expect(formatPath(path)).toBe(expected));
});

describe('parsePlan', () => {
	test('accepts the base plan and applies defaults', () => {
		const result = parsePlan(JSON.stringify(basePlanInput));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.plan.environment).toBe('Production');
		expect(result.plan.servers[0]!.instances).toBe(1);
		expect(result.plan.loadBalancer.stickySessions).toBe('none');
		expect(result.plan.keys).toEqual({ shared: true, store: 'config', addedToExistingSite: false });
	});

	test.each([
		['a missing field', withChange({ hosting: undefined }), 'hosting', /missing; expected/],
		['a wrong enum value', withChange({ hosting: 'heroku' }), 'hosting', /expected one of "iis", "azure-web-apps", "containers"/],
		['a version before 7', withChange({ umbraco: '6.2.5' }), 'umbraco', /from 7\.0 to 19/],
		['a version after 19', withChange({ umbraco: '20.0.0' }), 'umbraco', /nothing later exists yet/],
		['a version that is not a version', withChange({ umbraco: 'latest' }), 'umbraco', /such as "13\.5\.2"/],
		['an unknown field', withChange({ colour: 'blue' }), '', /unknown field "colour"/],
		['a bad server id', withChange({ servers: [{ ...basePlanInput.servers[0], id: 'Web 1' }] }), 'servers[0].id', /lower-case letters/],
		['a negative instance count', withChange({ servers: [{ ...basePlanInput.servers[0], instances: 0 }] }), 'servers[0].instances', /./],
		['a wrong plan version', withChange({ planVersion: 2 }), 'planVersion', /./],
	])('reports %s with its JSON path', (_, text, path, message) => {
		const result = parsePlan(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toContainEqual({ path, message: expect.stringMatching(message) });
	});

	test('reports duplicate server ids and dangling references once the shape is right', () => {
		const servers = [basePlanInput.servers[0], { ...basePlanInput.servers[1], id: 'admin' }];
		const result = validatePlan({ ...basePlanInput, servers, engage: { cmServer: 'cms' } });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			{ path: 'servers[1].id', message: expect.stringContaining('"admin" is used by servers[0] too') },
			{ path: 'engage.cmServer', message: expect.stringContaining('there is no "cms"') },
		]);
	});

	test.each([
		['{"planVersion": 1,\n  "name": }', 'line 2, column 11'],
		['{"a": 1,}', 'line 1, column 9'],
		['', 'line 1, column 1'],
		['[1, 2', 'line 1, column 6'],
	])('reports broken JSON %j with its position', (text, where) => {
		const result = parsePlan(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues[0]!.message).toContain(`not valid JSON at ${where}`);
	});

	test('collects every problem, not only the first', () => {
		const result = parsePlan(withChange({ hosting: 'x', umbraco: 'y', name: '' }));
		expect(result.ok ? 0 : result.issues.length).toBeGreaterThanOrEqual(3);
	});
});

describe('number problems in plain words', () => {
	const withInstances = (instances: unknown) => validatePlan({ ...basePlanInput, servers: basePlanInput.servers.map((s, i) => (i === 1 ? { ...s, instances } : s)) });
	test.each([
		[2.5, 'expected a whole number; got 2.5'],
		[0, 'expected a number at least 1; got 0'],
		[101, 'expected a number at most 100; got 101'],
	])('instances %s: %s', (instances, message) => {
		const result = withInstances(instances);
		expect(result.ok ? [] : result.issues).toEqual([{ path: 'servers[1].instances', message }]);
	});

	test('a distributed-job period out of range names its limit', () => {
		const result = validatePlan({ ...basePlanInput, distributedJobs: { periodSeconds: 90_000 } });
		expect(result.ok ? [] : result.issues).toEqual([{ path: 'distributedJobs.periodSeconds', message: 'expected a number at most 86400; got 90000' }]);
	});
});
