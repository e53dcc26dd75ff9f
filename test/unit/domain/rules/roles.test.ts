import { describe } from 'vitest';
import { rolesRules } from '../../../../src/domain/rules/groups/roles';
import { basePlanInput, makePlan, patchServer } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, lbBackofficePlan, lbBackofficeServers, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

type Servers = NonNullable<NonNullable<Parameters<typeof makePlan>[0]>['servers']>;
const allAs = (role: 'elected' | 'subscriber'): Servers => basePlanInput.servers.map((s) => ({ ...s, role }));
const allIds = ['admin', 'web-1', 'web-2'];

describe('role rules: clean plans', () => {
	expectIds(rolesRules, ['R15', 'R16', 'R17', 'R18', 'R79']);
	expectNoProblems(rolesRules, [...cleanPlans, { name: 'load-balanced backoffice at 17.6.0', plan: lbBackofficePlan() }, ...presetPlans]);
});

ruleTable(rolesRules, 'R15', {
	fires: [
		{
			name: 'everything elected on 13.5.2',
			plan: makePlan({ servers: allAs('elected') }),
			hits: [
				{ servers: ['admin'], path: 'servers[0].role', contains: ['Admin', 'SchedulingPublisher', 'builder.SetServerRegistrar'] },
				{ servers: ['web-1'], path: 'servers[1].role', contains: ['Web 1', 'Subscriber'] },
				{ servers: ['web-2'], path: 'servers[2].role', contains: ['Web 2', 'Subscriber'] },
			],
		},
		{
			name: 'an elected front-end on 8.18.8',
			plan: makePlan({ umbraco: '8.18.8', servers: patchServer('web-1', { role: 'elected' }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].role', contains: ['Replica', 'composition.SetServerRegistrar'], excludes: ['Subscriber'] }],
		},
		{
			name: 'an elected admin on 8.12.0',
			plan: makePlan({ umbraco: '8.12.0', servers: patchServer('admin', { role: 'elected' }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].role', contains: ['Primary'] }],
		},
		{
			name: 'an elected admin on 7.15.10',
			plan: makePlan({ umbraco: '7.15.10', servers: patchServer('admin', { role: 'elected' }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].role', contains: ['Master', 'ServerRegistrarResolver'] }],
		},
	],
	quiet: [
		{ name: 'base 13.5.2', plan: makePlan() },
		{ name: 'one elected server, no farm', plan: makePlan({ servers: [{ ...basePlanInput.servers[0], role: 'elected' }] }) },
		{ name: 'elected servers on 7.2.8 (traditional: no election)', plan: makePlan({ umbraco: '7.2.8', servers: allAs('elected') }) },
		{ name: 'elected nodes of a load-balanced backoffice (R02 decides)', plan: lbBackofficePlan({ servers: lbBackofficeServers.map((s) => ({ ...s, role: 'elected' })) }) },
	],
});

ruleTable(rolesRules, 'R16', {
	fires: [
		{
			name: 'two pinned publishers on 13.5.2',
			plan: makePlan({ servers: patchServer('web-1', { role: 'publisher' }) }),
			hits: [{ servers: ['admin', 'web-1'], path: 'servers', contains: ['2 instances act as SchedulingPublisher', 'Admin, Web 1'] }],
		},
		{
			name: 'a pinned admin with 2 instances on 8.18.8',
			plan: makePlan({ umbraco: '8.18.8', servers: patchServer('admin', { instances: 2 }) }),
			hits: [{ servers: ['admin'], path: 'servers', contains: ['act as Primary', 'Admin (2 instances)'] }],
		},
		{
			name: 'two pinned publishers on 8.9.0',
			plan: makePlan({ umbraco: '8.9.0', servers: patchServer('web-2', { role: 'publisher' }) }),
			hits: [{ servers: ['admin', 'web-2'], path: 'servers', contains: ['act as Master'] }],
		},
		{
			name: 'a publisher and a server with election off on 13.5.2',
			plan: makePlan({ servers: patchServer('web-1', { role: 'single' }) }),
			hits: [{ servers: ['admin', 'web-1'], path: 'servers', contains: ['Web 1 (election off, reports Single)'] }],
		},
		{
			name: 'two publishers with a dedicated backoffice on 17.6.0',
			plan: makePlan({ umbraco: '17.6.0', servers: patchServer('web-1', { role: 'publisher' }) }),
			hits: [{ servers: ['admin', 'web-1'], path: 'servers' }],
		},
		{
			name: 'the load-balanced backoffice design on 16.3.0',
			plan: lbBackofficePlan({ umbraco: '16.3.0' }),
			hits: [{ servers: ['node-1', 'node-2', 'node-3'], path: 'servers', contains: ['3 instances'] }],
		},
	],
	quiet: [
		{ name: 'base 13.5.2', plan: makePlan() },
		{ name: 'load-balanced backoffice at 17.6.0', plan: lbBackofficePlan() },
		{ name: 'load-balanced backoffice at 17.0.0, one node with 3 instances', plan: lbBackofficePlan({ umbraco: '17.0.0', servers: [{ ...lbBackofficeServers[0], instances: 3 }] }) },
		{ name: 'two publishers on 7.2.8 (traditional)', plan: makePlan({ umbraco: '7.2.8', servers: patchServer('web-1', { role: 'publisher' }) }) },
		{ name: 'one server with election off', plan: makePlan({ servers: [{ ...basePlanInput.servers[0], role: 'single' }] }) },
	],
});

ruleTable(rolesRules, 'R17', {
	fires: [
		{ name: 'all Subscriber on 13.5.2', plan: makePlan({ servers: allAs('subscriber') }), hits: [{ servers: allIds, path: 'servers', contains: ['pinned as Subscriber', 'no server is SchedulingPublisher'] }] },
		{ name: 'all Replica on 8.18.8', plan: makePlan({ umbraco: '8.18.8', servers: allAs('subscriber') }), hits: [{ servers: allIds, path: 'servers', contains: ['Replica', 'Primary'] }] },
		{ name: 'all Slave on 7.15.10', plan: makePlan({ umbraco: '7.15.10', servers: allAs('subscriber') }), hits: [{ servers: allIds, path: 'servers', contains: ['Slave', 'Master'] }] },
		{ name: 'all Subscriber on 16.3.0', plan: makePlan({ umbraco: '16.3.0', servers: allAs('subscriber') }), hits: [{ servers: allIds, path: 'servers' }] },
		{
			name: 'all Subscriber on 17.6.0 with custom recurring jobs (default roles exclude Subscriber)',
			plan: makePlan({ umbraco: '17.6.0', servers: allAs('subscriber'), code: { customRecurringJobs: true } }),
			hits: [{ servers: allIds, path: 'servers', contains: ['scheduled publishing still runs', 'run nowhere'] }],
		},
		{
			name: 'all Subscriber on read-only databases on 18.3.1 (no distributed jobs at all)',
			plan: makePlan({ umbraco: '18.3.1', servers: allAs('subscriber').map((s) => ({ ...s, database: 'read-only-login' as const })) }),
			hits: [{ servers: allIds, path: 'servers', contains: ['read-only', 'scheduled publishing never happens'] }],
		},
	],
	quiet: [
		{ name: 'base 13.5.2', plan: makePlan() },
		{ name: 'one elected, two subscribers', plan: makePlan({ servers: patchServer('admin', { role: 'elected' }) }) },
		{ name: 'all Subscriber on 17.6.0 (scheduled publishing is a distributed job)', plan: makePlan({ umbraco: '17.6.0', servers: allAs('subscriber') }) },
		{ name: 'all Subscriber on 17.0.0, one with write access', plan: makePlan({ umbraco: '17.0.0', servers: patchServer('web-1', { database: 'read-only-login' }, allAs('subscriber')) }) },
		{ name: 'all subscriber on 7.2.8 (traditional)', plan: makePlan({ umbraco: '7.2.8', servers: allAs('subscriber') }) },
	],
});

ruleTable(rolesRules, 'R18', {
	fires: [
		{
			name: 'elected front-end with a read-only login on 13.5.2',
			plan: makePlan({ servers: patchServer('web-1', { role: 'elected', database: 'read-only-login' }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].role', contains: ['Web 1', 'read-only database login', 'Subscriber'] }],
		},
		{
			name: 'publisher on a read-only replica on 8.18.8',
			plan: makePlan({ umbraco: '8.18.8', servers: patchServer('web-2', { role: 'publisher', database: 'read-only-replica' }) }),
			hits: [{ servers: ['web-2'], path: 'servers[2].role', contains: ['read-only replica', 'Replica', 'composition.SetServerRegistrar'] }],
		},
		{
			name: 'the admin with a read-only login on 17.6.0',
			plan: makePlan({ umbraco: '17.6.0', servers: patchServer('admin', { database: 'read-only-login' }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].role' }],
		},
	],
	quiet: [
		{ name: 'pinned Subscriber with a read-only login', plan: makePlan({ servers: patchServer('web-1', { database: 'read-only-login' }) }) },
		{ name: 'pinned Subscriber on a read-only replica, 17.6.0', plan: makePlan({ umbraco: '17.6.0', servers: patchServer('web-1', { database: 'read-only-replica' }) }) },
		{ name: 'read-only login on 7.2.8 (traditional: no roles)', plan: makePlan({ umbraco: '7.2.8', servers: patchServer('web-1', { role: 'elected', database: 'read-only-login' }) }) },
	],
});

ruleTable(rolesRules, 'R79', {
	fires: [
		{
			name: 'a read-only Subscriber on 17.2.0',
			plan: makePlan({ umbraco: '17.2.0', servers: patchServer('web-1', { database: 'read-only-login' }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].database', contains: ['Web 1', 'last-synced', '17.4'] }],
		},
		{
			name: 'a read-only replica on 17.3.5',
			plan: makePlan({ umbraco: '17.3.5', servers: patchServer('web-2', { database: 'read-only-replica' }) }),
			hits: [{ servers: ['web-2'], path: 'servers[2].database', contains: ['distributed jobs'] }],
		},
	],
	quiet: [
		{ name: 'read-only Subscriber on 17.4.0 (detected)', plan: makePlan({ umbraco: '17.4.0', servers: patchServer('web-1', { database: 'read-only-login' }) }) },
		{ name: 'read-only Subscriber on 18.0.0', plan: makePlan({ umbraco: '18.0.0', servers: patchServer('web-1', { database: 'read-only-login' }) }) },
		{ name: 'read-only Subscriber on 16.3.0 (no distributed jobs there)', plan: makePlan({ umbraco: '16.3.0', servers: patchServer('web-1', { database: 'read-only-login' }) }) },
		{ name: 'write access everywhere on 17.2.0', plan: makePlan({ umbraco: '17.2.0' }) },
	],
});
