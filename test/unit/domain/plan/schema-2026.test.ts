/**
 * Plan file v1 grew in 2026 (17.4–18.3): every new field is optional, so a plan written before
 * means the same, and each new field accepts what it describes and refuses what it does not.
 */
import { describe, expect, test } from 'vitest';
import { validatePlan } from '../../../../src/domain/plan/parse';
import { planJsonSchema } from '../../../../src/domain/plan/json-schema';
import { basePlanInput, mergePatch, patchServer } from '../../../helpers/plans';

/** The issue paths of the base plan with `patch` merged in (empty = valid). */
function issuePaths(patch: Record<string, unknown>): string[] {
	const result = validatePlan(mergePatch(basePlanInput, patch));
	return result.ok ? [] : result.issues.map((i) => i.path);
}

describe('old plans keep working', () => {
	test('a plan without any of the new fields validates to the same object as before', () => {
		const result = validatePlan(basePlanInput);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const added = ['platform', 'webRouting', 'connectionStrings', 'distributedJobs', 'scheduledPublishing'];
		for (const key of added) expect(Object.hasOwn(result.plan, key), key).toBe(false);
		expect(result.plan.backoffice).toEqual({ mode: 'dedicated', signalR: 'none', temporaryFileLocation: 'default', isolatedCaches: false, runOnceRecurringJobs: false });
		expect(result.plan.code).toEqual({ reliesOnMachineName: false });
	});

	test('no new field is required by the published JSON Schema', () => {
		const schema = planJsonSchema() as { required: string[] };
		expect(schema.required.sort()).toEqual(['files', 'hosting', 'loadBalancer', 'name', 'planVersion', 'servers', 'umbraco']);
	});
});

describe('new fields', () => {
	test.each([
		['operating system', { platform: { os: 'linux' } }],
		['application URL detection', { webRouting: { applicationUrlDetection: 'every-request' } }],
		['connection string names', { connectionStrings: { mediaBlob: 'umbracoMediaBlob', redis: 'redis.cache', azureSignalR: 'Azure_SignalR', keyStore: 'keys-store' } }],
		['distributed-job settings', { distributedJobs: { periodSeconds: 10, delaySeconds: 120, maximumExecutionSeconds: 600 } }],
		['scheduled publishing', { scheduledPublishing: { periodSeconds: 30, alignToClock: true } }],
		['code facts', { code: { customRecurringJobs: true, openIdConnectProvider: true } }],
		['the backoffice switches', { backoffice: { skipNegotiation: true, adminServesPublic: true } }],
		['the Engage generation', { engage: { cmServer: 'admin', product: 'umarketingsuite' } }],
		['a health check path', { loadBalancer: { healthCheckPath: '/umbraco/api/health/ready' } }],
		['per-instance values', { servers: patchServer('web-1', { instances: 3, settings: { machineIdentifier: 'web-{instance}', mainDomKeyDiscriminator: 'slot-{instance}' } }) }],
		['server switches', { servers: patchServer('admin', { settings: { hostingDebug: false, disableKeepAlive: true, customMainDomLock: true, disableOverlappedRecycling: true } }) }],
	])('accepts %s', (_, patch) => {
		expect(issuePaths(patch)).toEqual([]);
	});

	test.each([
		['an unknown operating system', { platform: { os: 'macos' } }, 'platform.os'],
		['a detection mode Umbraco has not', { webRouting: { applicationUrlDetection: 'always' } }, 'webRouting.applicationUrlDetection'],
		['a connection string name with a space', { connectionStrings: { redis: 'my redis' } }, 'connectionStrings.redis'],
		['a connection string name starting with a digit', { connectionStrings: { keyStore: '1keys' } }, 'connectionStrings.keyStore'],
		['a period of zero seconds', { distributedJobs: { periodSeconds: 0 } }, 'distributedJobs.periodSeconds'],
		['a fractional period', { scheduledPublishing: { periodSeconds: 1.5 } }, 'scheduledPublishing.periodSeconds'],
		['a health check path without a slash', { loadBalancer: { healthCheckPath: 'umbraco/api/health/ready' } }, 'loadBalancer.healthCheckPath'],
		['a health check path with a query', { loadBalancer: { healthCheckPath: '/ready?x=1' } }, 'loadBalancer.healthCheckPath'],
		['a machine identifier longer than 255 characters', { servers: patchServer('web-1', { settings: { machineIdentifier: 'x'.repeat(256) } }) }, 'servers[1].settings.machineIdentifier'],
		['an unknown Engage product', { engage: { cmServer: 'admin', product: 'personalisation' } }, 'engage.product'],
		['an unknown key in a new part', { distributedJobs: { period: 5 } }, 'distributedJobs'],
	])('refuses %s', (_, patch, path) => {
		expect(issuePaths(patch)).toContain(path);
	});
});
