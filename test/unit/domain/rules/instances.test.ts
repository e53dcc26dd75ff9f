import { describe } from 'vitest';
import { instancesRules } from '../../../../src/domain/rules/groups/instances';
import { makePlan, patchServer } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, lbBackofficePlan, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

const containers = (umbraco: string, servers = patchServer('web-1', { instances: 3 })) => makePlan({ umbraco, hosting: 'containers', servers });
const withId = (id: string) => ({ settings: { machineIdentifier: id } });
const azureLinux = (umbraco: string) => makePlan({ umbraco, hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, platform: { os: 'linux' } });
const probing = (umbraco: string, healthCheckPath: string) => makePlan({ umbraco, loadBalancer: { healthCheckPath } });

describe('instance rules: clean plans', () => {
	expectIds(instancesRules, ['R73', 'R74']);
	expectNoProblems(instancesRules, [...cleanPlans, { name: 'load-balanced backoffice at 17.6.0', plan: lbBackofficePlan() }, ...presetPlans]);
});

ruleTable(instancesRules, 'R73', {
	fires: [
		{
			name: '17.4.2 in containers: no setting exists yet',
			plan: containers('17.4.2'),
			hits: [
				{ servers: ['admin'], path: 'servers[0].settings.machineIdentifier', contains: ['Admin', 'new machine name', 'Examine', '17.6 (18.1)'] },
				{ servers: ['web-1'], path: 'servers[1].settings.machineIdentifier' },
				{ servers: ['web-2'], path: 'servers[2].settings.machineIdentifier' },
			],
		},
		{ name: '15.4.4: a machine identifier the version does not have', plan: makePlan({ umbraco: '15.4.4', hosting: 'containers', servers: patchServer('web-1', withId('web-{instance}')) }), hits: [{ servers: ['web-1'], path: 'servers[1].settings.machineIdentifier', contains: ['arrived in 17.6 (18.1)', '15.4.4 ignores it'] }] },
		{ name: '17.5.0 on Azure App Service for Linux', plan: azureLinux('17.5.0'), hits: [{ servers: ['admin'], path: 'servers[0].settings.machineIdentifier', contains: ['Upgrade to 17.6 (18.1)', 'WEBSITE_INSTANCE_ID'] }, { servers: ['web-1'], path: 'servers[1].settings.machineIdentifier' }, { servers: ['web-2'], path: 'servers[2].settings.machineIdentifier' }] },
		{ name: '18.0.0: a machine identifier the version ignores', plan: makePlan({ umbraco: '18.0.0', servers: patchServer('web-1', withId('web-1')) }), hits: [{ servers: ['web-1'], path: 'servers[1].settings.machineIdentifier', contains: ['ignores it'] }] },
		{
			name: '17.6.0 in containers: identifiers missing, or shared by three instances',
			plan: containers('17.6.0', patchServer('web-1', { instances: 3, ...withId('web') }, patchServer('admin', withId('admin')))),
			hits: [
				{ servers: ['web-1'], path: 'servers[1].settings.machineIdentifier', contains: ['all 3 instances', '{instance}'] },
				{ servers: ['web-2'], path: 'servers[2].settings.machineIdentifier', contains: ['without `Umbraco:CMS:Hosting:MachineIdentifier`'] },
			],
		},
		{ name: '18.3.1 on IIS: one identifier for two instances', plan: makePlan({ umbraco: '18.3.1', servers: patchServer('web-2', { instances: 2, ...withId('web-2') }) }), hits: [{ servers: ['web-2'], path: 'servers[2].settings.machineIdentifier' }] },
	],
	quiet: [
		{ name: '17.6.0 in containers, one identifier per instance', plan: containers('17.6.0', patchServer('web-1', { instances: 3, ...withId('web-{instance}') }, patchServer('admin', withId('admin'), patchServer('web-2', withId('web-2'))))) },
		{ name: '17.6.0 on Azure for Linux (WEBSITE_INSTANCE_ID)', plan: azureLinux('17.6.0') },
		{ name: '18.1.0 on Azure for Linux', plan: azureLinux('18.1.0') },
		{ name: '17.4.2 on Azure for Windows', plan: makePlan({ umbraco: '17.4.2', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, platform: { os: 'windows' } }) },
		{ name: '17.4.2 on IIS', plan: makePlan({ umbraco: '17.4.2' }) },
		{ name: '16.3.0 in containers (last-synced in a local file before 17)', plan: containers('16.3.0') },
		{ name: '12.3.0 on Azure for Linux', plan: azureLinux('12.3.0') },
	],
});

ruleTable(instancesRules, 'R74', {
	fires: [
		{ name: '17.6.0: the live probe', plan: probing('17.6.0', '/umbraco/api/health/live'), hits: [{ path: 'loadBalancer.healthCheckPath', contains: ['answers 200', '/umbraco/api/health/ready'] }] },
		{ name: '18.3.1: the home page', plan: probing('18.3.1', '/'), hits: [{ path: 'loadBalancer.healthCheckPath', contains: ['"/"', '503'] }] },
		{ name: '17.2.0: a probe that does not exist yet', plan: probing('17.2.0', '/umbraco/api/health/ready'), hits: [{ path: 'loadBalancer.healthCheckPath', contains: ['17.3', 'does not exist'] }] },
		{ name: '15.4.4: nor before 17', plan: probing('15.4.4', '/umbraco/api/health/ready'), hits: [{ path: 'loadBalancer.healthCheckPath', contains: ['17.3', '15.4.4'] }] },
		{ name: '13.5.2: the live probe does not exist either', plan: probing('13.5.2', '/umbraco/api/health/live'), hits: [{ path: 'loadBalancer.healthCheckPath' }] },
	],
	quiet: [
		{ name: '17.3.0: the ready probe', plan: probing('17.3.0', '/umbraco/api/health/ready') },
		{ name: '19.0.0-beta1: the ready probe with a trailing slash and capitals', plan: probing('19.0.0-beta1', '/Umbraco/API/health/ready/') },
		{ name: '17.2.0: a custom page', plan: probing('17.2.0', '/healthz') },
		{ name: '13.5.2: a page of its own', plan: probing('13.5.2', '/healthz') },
		{ name: '17.6.0: no health check stated', plan: makePlan({ umbraco: '17.6.0' }) },
	],
});
