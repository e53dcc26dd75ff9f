import { describe } from 'vitest';
import { legacyV7Rules } from '../../../../src/domain/rules/groups/legacy-v7';
import { basePlanInput, makePlan, patchServer } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

/** The base servers with the distributedCall serverName each needs below 7.3. */
const namedServers = basePlanInput.servers.map((s) => ({ ...s, settings: { serverName: s.id.toUpperCase() } }));

/** A clean traditional (7.2.8) farm: distributedCall on, every server named. */
const traditional = (patch: Parameters<typeof makePlan>[0] = {}) =>
	makePlan({ umbraco: '7.2.8', legacy: { distributedCall: true }, servers: namedServers, ...patch });

const single = [basePlanInput.servers[0]];

describe('legacy v7/v8 rules: clean plans', () => {
	expectIds(legacyV7Rules, ['R08', 'R09', 'R10', 'R11', 'R12', 'R13', 'R14']);
	expectNoProblems(legacyV7Rules, [...cleanPlans, { name: 'traditional 7.2.8 farm', plan: traditional() }, ...presetPlans]);
});

ruleTable(legacyV7Rules, 'R08', {
	fires: [
		{ name: 'distributedCall off on 7.2.8', plan: traditional({ legacy: { distributedCall: false } }), hits: [{ path: 'legacy.distributedCall' }] },
		{ name: 'distributedCall off on 7.0.0', plan: makePlan({ umbraco: '7.0.0', legacy: { distributedCall: false } }), hits: [{ path: 'legacy.distributedCall' }] },
	],
	quiet: [
		{ name: 'distributedCall on, 7.2.8', plan: traditional() },
		{ name: 'distributedCall left to the generator, 7.2.8', plan: makePlan({ umbraco: '7.2.8', servers: namedServers }) },
		{ name: 'single server with distributedCall off, 7.2.8', plan: makePlan({ umbraco: '7.2.8', servers: single, legacy: { distributedCall: false } }) },
		{ name: 'distributedCall off on 7.15.10 (flexible)', plan: makePlan({ umbraco: '7.15.10', legacy: { distributedCall: false } }) },
	],
});

ruleTable(legacyV7Rules, 'R09', {
	fires: [
		{ name: 'distributedCall on, 7.15.10', plan: makePlan({ umbraco: '7.15.10', legacy: { distributedCall: true } }), hits: [{ path: 'legacy.distributedCall' }] },
		{ name: 'distributedCall on, 7.3.0', plan: makePlan({ umbraco: '7.3.0', legacy: { distributedCall: true } }), hits: [{ path: 'legacy.distributedCall' }] },
	],
	quiet: [
		{ name: 'left out, 7.15.10', plan: makePlan({ umbraco: '7.15.10' }) },
		{ name: 'off, 7.15.10', plan: makePlan({ umbraco: '7.15.10', legacy: { distributedCall: false } }) },
		{ name: 'on, 7.2.8 (traditional needs it)', plan: traditional() },
		{ name: 'on, 8.18.8 (rule is about v7)', plan: makePlan({ umbraco: '8.18.8', legacy: { distributedCall: true } }) },
	],
});

ruleTable(legacyV7Rules, 'R10', {
	fires: [
		{
			name: 'no serverName or appId anywhere, 7.2.8',
			plan: traditional({ servers: basePlanInput.servers }),
			hits: [
				{ servers: ['admin'], path: 'servers[0].settings.serverName', contains: ['Admin', 'serverName', 'appId'] },
				{ servers: ['web-1'], path: 'servers[1].settings.serverName', contains: ['Web 1'] },
				{ servers: ['web-2'], path: 'servers[2].settings.serverName', contains: ['Web 2'] },
			],
		},
		{
			name: 'two servers share a host name (case ignored), 7.1.5',
			plan: traditional({ umbraco: '7.1.5', servers: patchServer('web-2', { host: 'WEB1.internal' }, namedServers) }),
			hits: [{ servers: ['web-1', 'web-2'], path: 'servers', contains: ['Web 1 and Web 2'] }],
		},
		{
			name: 'a front-end scaled out to 2 instances, 7.2.8',
			plan: traditional({ servers: patchServer('web-1', { instances: 2 }, namedServers) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].instances', contains: ['Web 1', '2 instances'] }],
		},
	],
	quiet: [
		{ name: 'named servers, 7.2.8', plan: traditional() },
		{ name: 'appId instead of serverName on one server', plan: traditional({ servers: patchServer('web-1', { settings: { serverName: undefined, appId: '/LM/W3SVC/69/ROOT' } }, namedServers) }) },
		{ name: 'no serverName before 7.1.5 (7.1.4)', plan: traditional({ umbraco: '7.1.4', servers: basePlanInput.servers }) },
		{ name: 'distributedCall off (R08 decides)', plan: traditional({ servers: basePlanInput.servers, legacy: { distributedCall: false } }) },
		{ name: 'single server, 7.2.8', plan: makePlan({ umbraco: '7.2.8', servers: single }) },
		{ name: 'no serverName on 7.15.10', plan: makePlan({ umbraco: '7.15.10' }) },
	],
});

ruleTable(legacyV7Rules, 'R11', {
	fires: [
		{
			name: 'HTTPS only, umbracoUseSSL off on one server',
			plan: traditional({ servers: patchServer('web-1', { settings: { umbracoUseSsl: false } }, namedServers) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.umbracoUseSsl', contains: ['Web 1', 'umbracoUseSSL'] }],
		},
	],
	quiet: [
		{ name: 'HTTPS only, umbracoUseSSL left to the generator', plan: traditional() },
		{ name: 'HTTP allowed, umbracoUseSSL off', plan: traditional({ loadBalancer: { httpsOnly: false }, servers: patchServer('web-1', { settings: { umbracoUseSsl: false } }, namedServers) }) },
		{ name: 'umbracoUseSSL off on 7.15.10', plan: makePlan({ umbraco: '7.15.10', servers: patchServer('web-1', { settings: { umbracoUseSsl: false } }) }) },
	],
});

ruleTable(legacyV7Rules, 'R12', {
	fires: [
		{ name: '8.5.0 farm', plan: makePlan({ umbraco: '8.5.0' }), hits: [{ path: 'umbraco', contains: ['8.5.0', '8.6.4'] }] },
		{ name: '8.6.3 farm', plan: makePlan({ umbraco: '8.6.3' }), hits: [{ path: 'umbraco', contains: ['8.6.3'] }] },
		{ name: '8.0.0 farm', plan: makePlan({ umbraco: '8.0.0' }), hits: [{ path: 'umbraco' }] },
	],
	quiet: [
		{ name: '8.6.4 farm', plan: makePlan({ umbraco: '8.6.4' }) },
		{ name: '8.18.8 farm', plan: makePlan({ umbraco: '8.18.8' }) },
		{ name: '8.5.0 single server', plan: makePlan({ umbraco: '8.5.0', servers: single }) },
	],
});

ruleTable(legacyV7Rules, 'R13', {
	fires: [
		{
			name: 'messenger options on 8.0.1',
			plan: makePlan({ umbraco: '8.0.1', servers: patchServer('web-1', { settings: { messenger: { syncSeconds: 10 } } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.messenger', contains: ['Web 1', '8.0.1'] }],
		},
	],
	quiet: [
		{ name: 'messenger options on 8.0.2', plan: makePlan({ umbraco: '8.0.2', servers: patchServer('web-1', { settings: { messenger: { syncSeconds: 10 } } }) }) },
		{ name: 'no messenger options on 8.0.0', plan: makePlan({ umbraco: '8.0.0' }) },
	],
});

ruleTable(legacyV7Rules, 'R14', {
	fires: [
		{ name: 'pinned admin on 8.10.0', plan: makePlan({ umbraco: '8.10.0' }), hits: [{ servers: ['admin'], path: 'servers[0].role', contains: ['Admin', 'ServerRole.Primary', 'ServerRole.Master'] }] },
		{
			name: 'two pinned publishers on 8.18.8',
			plan: makePlan({ umbraco: '8.18.8', servers: patchServer('web-1', { role: 'publisher' }) }),
			hits: [{ servers: ['admin', 'web-1'], path: 'servers[0].role', contains: ['Admin and Web 1'] }],
		},
	],
	quiet: [
		{ name: 'pinned admin on 8.9.0 (Primary does not exist yet)', plan: makePlan({ umbraco: '8.9.0' }) },
		{ name: 'nothing pinned as publisher on 8.18.8', plan: makePlan({ umbraco: '8.18.8', servers: patchServer('admin', { role: 'elected' }) }) },
		{ name: 'pinned admin on 13.5.2', plan: makePlan() },
	],
});
