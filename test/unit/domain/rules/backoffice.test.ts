import { describe } from 'vitest';
import { backofficeRules } from '../../../../src/domain/rules/groups/backoffice';
import { basePlanInput, makePlan, patchServer } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, lbBackofficePlan, lbBackofficeServers, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

const [node1, node2, node3] = lbBackofficeServers;

describe('backoffice rules: clean plans', () => {
	expectIds(backofficeRules, ['R01', 'R02', 'R05', 'R06', 'R07']);
	expectNoProblems(backofficeRules, [
		...cleanPlans,
		{ name: 'load-balanced backoffice at 17.6.0', plan: lbBackofficePlan() },
		{ name: 'load-balanced backoffice at 17.0.0', plan: lbBackofficePlan({ umbraco: '17.0.0' }) },
		...presetPlans,
	]);
});

ruleTable(backofficeRules, 'R01', {
	fires: [
		{
			name: 'two backoffice servers on 13.5.2',
			plan: makePlan({ servers: patchServer('web-1', { kind: 'backoffice', behindLoadBalancer: false }) }),
			hits: [{ servers: ['admin', 'web-1'], path: 'servers', contains: ['Admin and Web 1'] }],
		},
		{
			name: 'admin scaled out to 2 instances on 8.18.8',
			plan: makePlan({ umbraco: '8.18.8', servers: patchServer('admin', { instances: 2 }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].instances', contains: ['Admin', '2 instances'] }],
		},
		{
			name: 'admin behind the load balancer with 2 instances on 13.5.2 (the FAQ allows one instance)',
			plan: makePlan({ servers: patchServer('admin', { behindLoadBalancer: true, instances: 2 }) }),
			hits: [
				{ servers: ['admin'], path: 'servers[0].instances' },
				{ servers: ['admin'], path: 'servers[0].behindLoadBalancer', contains: ['Admin'] },
			],
		},
		{
			name: 'admin behind the load balancer on 7.2.8 (traditional)',
			plan: makePlan({ umbraco: '7.2.8', servers: patchServer('admin', { behindLoadBalancer: true }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].behindLoadBalancer' }],
		},
		{
			name: 'backoffice.mode load-balanced on 16.3.0',
			plan: makePlan({ umbraco: '16.3.0', backoffice: { mode: 'load-balanced' } }),
			hits: [{ path: 'backoffice.mode', contains: ['Umbraco 16'] }],
		},
		{
			name: 'the v17 load-balanced design on 13.5.2',
			plan: lbBackofficePlan({ umbraco: '13.5.2' }),
			hits: [
				{ servers: ['node-1', 'node-2', 'node-3'], path: 'servers', contains: ['Node 1, Node 2 and Node 3'] },
				{ servers: ['node-1'], path: 'servers[0].behindLoadBalancer' },
				{ servers: ['node-2'], path: 'servers[1].behindLoadBalancer' },
				{ servers: ['node-3'], path: 'servers[2].behindLoadBalancer' },
				{ path: 'backoffice.mode', contains: ['Umbraco 13'] },
			],
		},
	],
	quiet: [
		...cleanPlans.slice(0, 3),
		{ name: 'base at 7.2.8', plan: makePlan({ umbraco: '7.2.8' }) },
		// The FAQ: "Can my … admin server also serve front-end requests? Yes." [V7-IDX] [V8-IDX] [D13-README]
		{ name: 'the one admin server also serves visitors, 7.15.10', plan: makePlan({ umbraco: '7.15.10', servers: patchServer('admin', { behindLoadBalancer: true }) }) },
		{ name: 'the one admin server also serves visitors, 8.18.8', plan: makePlan({ umbraco: '8.18.8', servers: patchServer('admin', { behindLoadBalancer: true }) }) },
		{ name: 'the one admin server also serves visitors, 16.3.0', plan: makePlan({ umbraco: '16.3.0', servers: patchServer('admin', { behindLoadBalancer: true }), backoffice: { adminServesPublic: true } }) },
		{ name: 'one server behind a load balancer (nothing to balance)', plan: makePlan({ servers: [{ ...node1, role: 'single' }] }) },
		{ name: 'two backoffice servers on 17.6.0 (R02 decides)', plan: makePlan({ umbraco: '17.6.0', servers: patchServer('web-1', { kind: 'backoffice' }) }) },
	],
});

ruleTable(backofficeRules, 'R02', {
	fires: [
		{
			name: 'dedicated mode, admin behind the load balancer, 17.6.0',
			plan: makePlan({ umbraco: '17.6.0', servers: patchServer('admin', { behindLoadBalancer: true }) }),
			hits: [{ servers: ['admin'], path: 'backoffice.mode', contains: ['"dedicated"'] }],
		},
		{
			name: 'dedicated mode, admin behind the load balancer, 18.3.1, adminServesPublic off',
			plan: makePlan({ umbraco: '18.3.1', servers: patchServer('admin', { behindLoadBalancer: true }), backoffice: { adminServesPublic: false } }),
			hits: [{ servers: ['admin'], path: 'backoffice.mode', contains: ['adminServesPublic'] }],
		},
		{
			name: 'dedicated mode, admin with 2 instances, 17.0.0',
			plan: makePlan({ umbraco: '17.0.0', servers: patchServer('admin', { instances: 2 }) }),
			hits: [{ servers: ['admin'], path: 'backoffice.mode' }],
		},
		{
			name: 'load-balanced mode, one node pinned subscriber',
			plan: lbBackofficePlan({ servers: [node1, { ...node2, role: 'subscriber' }, node3] }),
			hits: [{ servers: ['node-2'], path: 'servers[1].role', contains: ['Node 2', 'SchedulingPublisher'] }],
		},
		{
			name: 'load-balanced mode with the classic servers: front-ends behind the LB are subscribers',
			plan: lbBackofficePlan({ servers: basePlanInput.servers }),
			hits: [
				{ servers: ['web-1'], path: 'servers[1].role', contains: ['Web 1'] },
				{ servers: ['web-2'], path: 'servers[2].role', contains: ['Web 2'] },
			],
		},
		{
			name: 'load-balanced mode, elected nodes and no LoadBalanceIsolatedCaches()',
			plan: lbBackofficePlan({ servers: [{ ...node1, role: 'elected' }, node2], backoffice: { isolatedCaches: false } }),
			hits: [
				{ servers: ['node-1'], path: 'servers[0].role' },
				{ path: 'backoffice.isolatedCaches', contains: ['LoadBalanceIsolatedCaches()'] },
			],
		},
	],
	quiet: [
		{ name: 'load-balanced backoffice at 17.6.0', plan: lbBackofficePlan() },
		{ name: 'load-balanced backoffice at 17.4.1', plan: lbBackofficePlan({ umbraco: '17.4.1' }) },
		{ name: 'load-balanced backoffice at 19.0.0-beta1 (preview)', plan: lbBackofficePlan({ umbraco: '19.0.0-beta1' }) },
		{ name: 'dedicated mode, the one admin also serves visitors, 17.8.1', plan: makePlan({ umbraco: '17.8.1', servers: patchServer('admin', { behindLoadBalancer: true }), backoffice: { adminServesPublic: true } }) },
		{ name: 'base at 17.6.0', plan: makePlan({ umbraco: '17.6.0' }) },
		{ name: 'the same design on 13.5.2 (R01/R07 decide)', plan: lbBackofficePlan({ umbraco: '13.5.2', servers: [node1, { ...node2, role: 'subscriber' }], backoffice: { isolatedCaches: false } }) },
	],
});

ruleTable(backofficeRules, 'R05', {
	fires: [
		{ name: 'IIS, default upload location', plan: lbBackofficePlan({ backoffice: { temporaryFileLocation: 'default' } }), hits: [{ path: 'backoffice.temporaryFileLocation' }] },
		{ name: 'containers, default upload location', plan: lbBackofficePlan({ hosting: 'containers', backoffice: { temporaryFileLocation: 'default' } }), hits: [{ path: 'backoffice.temporaryFileLocation' }] },
	],
	quiet: [
		{ name: 'shared upload location', plan: lbBackofficePlan() },
		{
			name: 'Azure Web Apps scale-out, default location',
			plan: lbBackofficePlan({ hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' }, backoffice: { temporaryFileLocation: 'default' } }),
		},
		{ name: 'dedicated backoffice, default location', plan: makePlan({ umbraco: '17.6.0' }) },
	],
});

ruleTable(backofficeRules, 'R06', {
	fires: [{ name: 'run-once recurring jobs', plan: lbBackofficePlan({ backoffice: { runOnceRecurringJobs: true } }), hits: [{ path: 'backoffice.runOnceRecurringJobs' }] }],
	quiet: [
		{ name: 'no such jobs', plan: lbBackofficePlan() },
		{ name: 'dedicated backoffice keeps ServerRoles meaningful', plan: makePlan({ umbraco: '17.6.0', backoffice: { runOnceRecurringJobs: true } }) },
	],
});

ruleTable(backofficeRules, 'R07', {
	fires: [
		{ name: 'load-balanced mode on 13.5.2', plan: makePlan({ backoffice: { mode: 'load-balanced' } }), hits: [{ path: 'backoffice.mode', contains: ['Umbraco 17', 'on 13'] }] },
		{ name: 'isolated caches on 16.3.0', plan: makePlan({ umbraco: '16.3.0', backoffice: { isolatedCaches: true } }), hits: [{ path: 'backoffice.isolatedCaches', contains: ['Umbraco 16'] }] },
		{
			name: 'both on 8.18.8',
			plan: makePlan({ umbraco: '8.18.8', backoffice: { mode: 'load-balanced', isolatedCaches: true } }),
			hits: [{ path: 'backoffice.mode' }, { path: 'backoffice.isolatedCaches' }],
		},
	],
	quiet: [
		{ name: 'base 13.5.2', plan: makePlan() },
		{ name: 'load-balanced backoffice on 17.6.0', plan: lbBackofficePlan() },
		{ name: 'isolated caches with a dedicated backoffice on 17.0.0', plan: makePlan({ umbraco: '17.0.0', backoffice: { isolatedCaches: true } }) },
	],
});
