import { describe } from 'vitest';
import { hostingRules } from '../../../../src/domain/rules/groups/hosting';
import { makePlan, patchServer } from '../../../helpers/plans';
import { expectIds, lbBackofficePlan, lbBackofficeServers, ruleTable } from '../../../helpers/rule-cases-a';

const [node1, node2, node3] = lbBackofficeServers;
const debugOn = { settings: { hostingDebug: true } } as const;
const overlapOff = { settings: { disableOverlappedRecycling: true } } as const;
const azure = { hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' } } as const;

describe('hosting rules', () => {
	expectIds(hostingRules, ['R70', 'R72', 'R84', 'R86']);
});

ruleTable(hostingRules, 'R70', {
	fires: [
		{
			name: '17.6.0: one node of a load-balanced backoffice in debug mode',
			plan: lbBackofficePlan({ servers: [{ ...node1, ...debugOn }, node2, node3] }),
			hits: [{ servers: ['node-1'], path: 'servers[0].settings.hostingDebug', contains: ['Node 1', '`Umbraco:CMS:Hosting:Debug` = `true`', '404'] }],
		},
		{
			name: '18.3.1: every node in debug mode',
			plan: lbBackofficePlan({ umbraco: '18.3.1', servers: [{ ...node1, ...debugOn }, { ...node2, ...debugOn }, { ...node3, ...debugOn }] }),
			hits: [
				{ servers: ['node-1'], path: 'servers[0].settings.hostingDebug' },
				{ servers: ['node-2'], path: 'servers[1].settings.hostingDebug' },
				{ servers: ['node-3'], path: 'servers[2].settings.hostingDebug' },
			],
		},
		{
			name: '17.8.1: Umbraco Cloud load balancing with debug on the admin',
			plan: makePlan({ umbraco: '17.8.1', umbracoCloud: true, servers: patchServer('admin', debugOn) }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.hostingDebug' }],
		},
	],
	quiet: [
		{ name: '17.6.0: load-balanced backoffice, debug off', plan: lbBackofficePlan() },
		{ name: '17.6.0: dedicated backoffice in debug mode (one instance serves it)', plan: makePlan({ umbraco: '17.6.0', servers: patchServer('admin', debugOn) }) },
		{ name: '13.5.2: outside the bands', plan: makePlan({ servers: patchServer('admin', debugOn) }) },
	],
});

ruleTable(hostingRules, 'R72', {
	fires: [
		{
			name: '13.5.2 on IIS: the admin recycles overlapped (13.x has no fix)',
			plan: makePlan(),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.disableOverlappedRecycling', contains: ['Admin', 'MainDom', '13.5.2'] }],
		},
		{
			name: '17.6.0 on Azure with deployment slots, overlap off',
			plan: makePlan({ umbraco: '17.6.0', ...azure, azure: { deploymentSlots: true }, servers: patchServer('admin', overlapOff) }),
			hits: [{ servers: ['admin'], path: 'azure.deploymentSlots', contains: ['slot swap'] }],
		},
		{
			name: '18.1.0: every node of a load-balanced backoffice publishes',
			plan: lbBackofficePlan({ umbraco: '18.1.0' }),
			hits: [
				{ servers: ['node-1'], path: 'servers[0].settings.disableOverlappedRecycling' },
				{ servers: ['node-2'], path: 'servers[1].settings.disableOverlappedRecycling' },
				{ servers: ['node-3'], path: 'servers[2].settings.disableOverlappedRecycling' },
			],
		},
		{
			name: '9.5.0 on Azure: the admin app',
			plan: makePlan({ umbraco: '9.5.0', ...azure }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.disableOverlappedRecycling' }],
		},
	],
	quiet: [
		{ name: '17.7.0: fixed', plan: makePlan({ umbraco: '17.7.0' }) },
		{ name: '18.2.0: fixed', plan: makePlan({ umbraco: '18.2.0', ...azure, azure: { deploymentSlots: true } }) },
		{ name: '13.5.2: overlapped recycling off on the admin', plan: makePlan({ servers: patchServer('admin', overlapOff) }) },
		{ name: '17.6.0 in containers (a new container, not an overlapping process)', plan: makePlan({ umbraco: '17.6.0', hosting: 'containers' }) },
		{ name: '13.5.2: a single server', plan: makePlan({ servers: [{ id: 'site', name: 'Site', host: 'site.internal', kind: 'backoffice', role: 'single' }] }) },
		{ name: '8.18.8: not known for v8', plan: makePlan({ umbraco: '8.18.8' }) },
	],
});

ruleTable(hostingRules, 'R84', {
	fires: [
		{ name: '13.9.2 on Cloud with three instances', plan: makePlan({ umbraco: '13.9.2', umbracoCloud: true }), hits: [{ path: 'umbracoCloud', contains: ['3 instances', '17.4.2', '13.9.2'] }] },
		{ name: '17.6.0 on Cloud without sticky sessions in the plan', plan: makePlan({ umbraco: '17.6.0', umbracoCloud: true, loadBalancer: { publicHost: 'www.example.com', stickySessions: 'none' } }), hits: [{ path: 'loadBalancer.stickySessions', contains: ['sticky sessions'] }] },
	],
	quiet: [
		{ name: '17.6.0 on Cloud with sticky sessions', plan: makePlan({ umbraco: '17.6.0', umbracoCloud: true, loadBalancer: { publicHost: 'www.example.com', stickySessions: 'cookie' } }) },
		{ name: '13.9.2 on Cloud, one server', plan: makePlan({ umbraco: '13.9.2', umbracoCloud: true, servers: [{ id: 'site', name: 'Site', host: 'site.internal', kind: 'backoffice', role: 'single' }] }) },
		{ name: '13.9.2 off Cloud', plan: makePlan({ umbraco: '13.9.2' }) },
	],
});

ruleTable(hostingRules, 'R86', {
	fires: [
		{ name: 'IIS said to run Linux', plan: makePlan({ platform: { os: 'linux' } }), hits: [{ path: 'platform.os', contains: ['IIS', 'Windows'] }] },
		{ name: 'Azure Web Apps storage on IIS', plan: makePlan({ files: { strategy: 'azure-web-apps' } }), hits: [{ path: 'files.strategy', contains: ['IIS', 'Azure App Service'] }] },
		{ name: 'Azure Web Apps storage in containers', plan: makePlan({ hosting: 'containers', files: { strategy: 'azure-web-apps' } }), hits: [{ path: 'files.strategy', contains: ['containers'] }] },
	],
	quiet: [
		{ name: 'IIS on Windows', plan: makePlan({ platform: { os: 'windows' } }) },
		{ name: 'Linux containers', plan: makePlan({ hosting: 'containers', platform: { os: 'linux' } }) },
		{ name: 'Linux App Service with its storage', plan: makePlan({ ...azure, platform: { os: 'linux' } }) },
	],
});
