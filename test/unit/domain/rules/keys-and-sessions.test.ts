import { describe } from 'vitest';
import { keysAndSessionsRules } from '../../../../src/domain/rules/groups/keys-and-sessions';
import { basePlanInput, makePlan } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, lbBackofficePlan, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

const unshared = { keys: { shared: false } } as const;
const noStore = { sessions: { store: 'none' } } as const;
const oneServer = [basePlanInput.servers[0]];
const oneServerTwoInstances = [{ ...basePlanInput.servers[1], instances: 2 }];

describe('key and session rules: clean plans', () => {
	expectIds(keysAndSessionsRules, ['R24', 'R25', 'R26', 'R27', 'R28', 'R75']);
	expectNoProblems(keysAndSessionsRules, [...cleanPlans, { name: 'load-balanced backoffice at 17.6.0', plan: lbBackofficePlan() }, ...presetPlans]);
});

ruleTable(keysAndSessionsRules, 'R24', {
	fires: [
		{ name: 'machine key not shared, 8.18.8', plan: makePlan({ umbraco: '8.18.8', ...unshared }), hits: [{ path: 'keys.shared', contains: ['<machineKey>'] }] },
		{ name: 'machine key not shared, 7.15.10', plan: makePlan({ umbraco: '7.15.10', ...unshared }), hits: [{ path: 'keys.shared' }] },
		{ name: 'machine key not shared, 7.2.8', plan: makePlan({ umbraco: '7.2.8', ...unshared }), hits: [{ path: 'keys.shared' }] },
	],
	quiet: [
		{ name: 'shared, 8.18.8', plan: makePlan({ umbraco: '8.18.8' }) },
		{ name: 'one server, 8.18.8', plan: makePlan({ umbraco: '8.18.8', servers: oneServer, ...unshared }) },
		{ name: 'not shared on 13.5.2 (R26 decides)', plan: makePlan(unshared) },
	],
});

ruleTable(keysAndSessionsRules, 'R25', {
	fires: [
		{ name: 'machine key added to a running 8.18.8 site', plan: makePlan({ umbraco: '8.18.8', keys: { addedToExistingSite: true } }), hits: [{ path: 'keys.addedToExistingSite', contains: ['passwords'] }] },
		{ name: 'also on a single 8.0.0 server', plan: makePlan({ umbraco: '8.0.0', servers: oneServer, keys: { addedToExistingSite: true } }), hits: [{ path: 'keys.addedToExistingSite' }] },
	],
	quiet: [
		{ name: 'base at 8.18.8', plan: makePlan({ umbraco: '8.18.8' }) },
		{ name: 'on 7.15.10 (documented for v8)', plan: makePlan({ umbraco: '7.15.10', keys: { addedToExistingSite: true } }) },
		{ name: 'on 13.5.2 (Data Protection)', plan: makePlan({ keys: { addedToExistingSite: true } }) },
	],
});

ruleTable(keysAndSessionsRules, 'R26', {
	fires: [
		{ name: 'key ring not shared, 13.5.2', plan: makePlan(unshared), hits: [{ path: 'keys.shared', contains: ['Data Protection key ring'] }] },
		{ name: 'key ring not shared, 9.0.0', plan: makePlan({ umbraco: '9.0.0', ...unshared }), hits: [{ path: 'keys.shared' }] },
		{ name: 'one server with two instances, 17.6.0', plan: makePlan({ umbraco: '17.6.0', servers: oneServerTwoInstances, ...unshared }), hits: [{ path: 'keys.shared' }] },
	],
	quiet: [
		{ name: 'base 13.5.2', plan: makePlan() },
		{ name: 'one instance, 13.5.2', plan: makePlan({ servers: oneServer, ...unshared }) },
		{ name: 'not shared on 8.18.8 (R24 decides)', plan: makePlan({ umbraco: '8.18.8', ...unshared }) },
	],
});

ruleTable(keysAndSessionsRules, 'R27', {
	fires: [
		{ name: 'sessions used, no store, 8.18.8', plan: makePlan({ umbraco: '8.18.8', ...noStore }), hits: [{ path: 'sessions.store', contains: ['shared session store'] }] },
		{ name: 'sessions used, no store, 7.2.8', plan: makePlan({ umbraco: '7.2.8', ...noStore }), hits: [{ path: 'sessions.store' }] },
	],
	quiet: [
		{ name: 'no session state or TempData, 8.18.8', plan: makePlan({ umbraco: '8.18.8', sessions: { store: 'none', used: false } }) },
		{ name: 'SQL Server store, 7.15.10', plan: makePlan({ umbraco: '7.15.10' }) },
		{ name: 'one server, 8.18.8', plan: makePlan({ umbraco: '8.18.8', servers: oneServer, ...noStore }) },
		{ name: 'no store on 13.5.2 (R28 decides)', plan: makePlan(noStore) },
	],
});

ruleTable(keysAndSessionsRules, 'R28', {
	fires: [
		{ name: 'no distributed cache, 13.5.2', plan: makePlan(noStore), hits: [{ path: 'sessions.store', contains: ['IDistributedCache'] }] },
		{ name: 'no distributed cache even if sessions are not used, 17.6.0', plan: makePlan({ umbraco: '17.6.0', sessions: { store: 'none', used: false } }), hits: [{ path: 'sessions.store' }] },
	],
	quiet: [
		{ name: 'base 13.5.2', plan: makePlan() },
		{ name: 'Redis, 16.3.0', plan: makePlan({ umbraco: '16.3.0', sessions: { store: 'redis' } }) },
		{ name: 'one instance, 13.5.2', plan: makePlan({ servers: oneServer, ...noStore }) },
		{ name: 'no store on 8.18.8 (R27 decides)', plan: makePlan({ umbraco: '8.18.8', ...noStore }) },
	],
});

const oidc = { code: { openIdConnectProvider: true } } as const;

ruleTable(keysAndSessionsRules, 'R75', {
	fires: [
		{ name: 'OIDC provider on three servers, 17.6.2', plan: makePlan({ umbraco: '17.6.2', ...oidc }), hits: [{ path: 'code.openIdConnectProvider', contains: ['OpenID Connect', '3 instances', 'signing key'] }] },
		{ name: 'OIDC provider on one scaled-out server, 14.3.0', plan: makePlan({ umbraco: '14.3.0', servers: oneServerTwoInstances, ...oidc }), hits: [{ path: 'code.openIdConnectProvider', contains: ['2 instances'] }] },
		{ name: 'OIDC provider on a load-balanced backoffice, 18.3.1', plan: lbBackofficePlan({ umbraco: '18.3.1', ...oidc }), hits: [{ path: 'code.openIdConnectProvider' }] },
	],
	quiet: [
		{ name: 'one server, 17.6.2', plan: makePlan({ umbraco: '17.6.2', servers: oneServer, ...oidc }) },
		{ name: 'not an OIDC provider, 17.6.2', plan: makePlan({ umbraco: '17.6.2' }) },
		{ name: '13.5.2: outside the checked versions (UNVERIFIED there)', plan: makePlan(oidc) },
	],
});
