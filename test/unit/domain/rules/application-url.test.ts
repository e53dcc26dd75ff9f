import { describe } from 'vitest';
import { applicationUrlRules } from '../../../../src/domain/rules/groups/application-url';
import { basePlanInput, makePlan, patchServer } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, lbBackofficePlan, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

type Patch = NonNullable<Parameters<typeof makePlan>[0]>;

const allElected = basePlanInput.servers.map((s) => ({ ...s, role: 'elected' as const }));
const forwards = { forwardsInternalHostNames: true } as const;

/** No application URL, the given servers and load balancer. */
const noUrl = (patch: Patch) => makePlan({ applicationUrl: undefined, ...patch });

describe('application URL rules: clean plans', () => {
	expectIds(applicationUrlRules, ['R20', 'R21', 'R22', 'R23', 'R71', 'R80', 'R81']);
	expectNoProblems(applicationUrlRules, [...cleanPlans, { name: 'load-balanced backoffice at 17.6.0', plan: lbBackofficePlan() }, ...presetPlans]);
});

ruleTable(applicationUrlRules, 'R20', {
	fires: [
		{
			name: 'all elected, internal host names forwarded, 13.5.2',
			plan: noUrl({ servers: allElected, loadBalancer: forwards }),
			hits: [{ servers: ['admin', 'web-1', 'web-2'], path: 'applicationUrl', contains: ['Admin, Web 1 and Web 2', 'Umbraco:CMS:WebRouting:UmbracoApplicationUrl', '"https://www.example.com/"'] }],
		},
		{
			name: 'one elected front-end, internal host names forwarded, 8.18.8',
			plan: noUrl({ umbraco: '8.18.8', servers: patchServer('web-1', { role: 'elected' }), loadBalancer: forwards }),
			hits: [{ servers: ['web-1'], path: 'applicationUrl', contains: ['web.routing/@umbracoApplicationUrl in umbracoSettings.config', '"https://www.example.com/umbraco"'], excludes: ['Umbraco:CMS'] }],
		},
		{
			name: 'elected admin, internal host names forwarded, 7.15.10',
			plan: noUrl({ umbraco: '7.15.10', servers: patchServer('admin', { role: 'elected' }), loadBalancer: forwards }),
			hits: [{ servers: ['admin'], path: 'applicationUrl', contains: ['umbracoApplicationUrl'] }],
		},
		{
			name: 'elected servers on 17.4.1 never register without a URL, even without forwarding',
			plan: noUrl({ umbraco: '17.4.1', servers: allElected }),
			hits: [{ servers: ['admin', 'web-1', 'web-2'], path: 'applicationUrl', contains: ['17.4.1', 'never register', '400'] }],
		},
		{
			name: 'elected servers on 18.0.0 never register either (the fix is 18.1)',
			plan: noUrl({ umbraco: '18.0.0', servers: allElected }),
			hits: [{ servers: ['admin', 'web-1', 'web-2'], path: 'applicationUrl', contains: ['never register'] }],
		},
		{
			name: 'elected, not forwarded, no URL, 17.6.0: they register, but e-mails fail',
			plan: noUrl({ umbraco: '17.6.0', servers: allElected }),
			hits: [{ servers: ['admin', 'web-1', 'web-2'], path: 'applicationUrl', contains: ['From 17.4', '400 Bad Request'], excludes: ['never register'] }],
		},
		{
			name: 'all pinned, no URL, 17.5.0: no server is elected, e-mails still fail',
			plan: noUrl({ umbraco: '17.5.0', loadBalancer: forwards }),
			hits: [{ path: 'applicationUrl', contains: ['ApplicationUrlDetection'] }],
		},
		{
			name: 'all pinned, no URL, detection set to None explicitly, 18.3.1',
			plan: noUrl({ umbraco: '18.3.1', webRouting: { applicationUrlDetection: 'none' } }),
			hits: [{ path: 'applicationUrl' }],
		},
		{
			name: 'FirstRequest detection, elected, internal host names forwarded, 17.8.1',
			plan: noUrl({ umbraco: '17.8.1', servers: allElected, loadBalancer: forwards, webRouting: { applicationUrlDetection: 'first-request' } }),
			hits: [{ servers: ['admin', 'web-1', 'web-2'], path: 'applicationUrl', contains: ['internal host name'] }],
		},
	],
	quiet: [
		{ name: 'elected, forwarded, URL set', plan: makePlan({ servers: allElected, loadBalancer: forwards }) },
		{ name: 'elected, not forwarded, no URL, 13.5.2', plan: noUrl({ servers: allElected }) },
		{ name: 'elected, not forwarded, no URL, 17.3.0 (still learnt from the first request)', plan: noUrl({ umbraco: '17.3.0', servers: allElected }) },
		{ name: 'EveryRequest detection, not forwarded, 17.6.0', plan: noUrl({ umbraco: '17.6.0', servers: allElected, webRouting: { applicationUrlDetection: 'every-request' } }) },
		{ name: 'Umbraco Cloud writes the URL itself, 17.8.1', plan: noUrl({ umbraco: '17.8.1', umbracoCloud: true, servers: allElected }) },
		{ name: 'elected, forwarded, no URL, 7.2.8 (traditional: no election)', plan: noUrl({ umbraco: '7.2.8', servers: allElected, loadBalancer: forwards }) },
	],
});

ruleTable(applicationUrlRules, 'R21', {
	fires: [
		{
			name: 'plan URL already ends in /umbraco, 8.18.8',
			plan: makePlan({ umbraco: '8.18.8', applicationUrl: 'https://www.example.com/umbraco' }),
			hits: [{ path: 'applicationUrl', contains: ['umbracoApplicationUrl="https://www.example.com/umbraco/umbraco"'] }],
		},
		{ name: 'plan URL ends in /Umbraco/, 7.15.10', plan: makePlan({ umbraco: '7.15.10', applicationUrl: 'https://www.example.com/Umbraco/' }), hits: [{ path: 'applicationUrl' }] },
	],
	quiet: [
		{ name: 'base URL, 8.18.8', plan: makePlan({ umbraco: '8.18.8' }) },
		{ name: 'site in a virtual directory, 8.18.8', plan: makePlan({ umbraco: '8.18.8', applicationUrl: 'https://www.example.com/site' }) },
		{ name: 'path that only starts with umbraco, 8.18.8', plan: makePlan({ umbraco: '8.18.8', applicationUrl: 'https://www.example.com/umbraco-site' }) },
		{ name: '/umbraco on 13.5.2 (R22 decides)', plan: makePlan({ applicationUrl: 'https://www.example.com/umbraco' }) },
	],
});

ruleTable(applicationUrlRules, 'R22', {
	fires: [
		{ name: '/umbraco on 13.5.2', plan: makePlan({ applicationUrl: 'https://www.example.com/umbraco' }), hits: [{ path: 'applicationUrl', contains: ['scheme and host only'] }] },
		{ name: '/umbraco/ on 17.6.0', plan: makePlan({ umbraco: '17.6.0', applicationUrl: 'https://www.example.com/umbraco/' }), hits: [{ path: 'applicationUrl' }] },
	],
	quiet: [
		{ name: 'base 13.5.2', plan: makePlan() },
		{ name: '/umbraco on 8.18.8 (R21 decides)', plan: makePlan({ umbraco: '8.18.8', applicationUrl: 'https://www.example.com/umbraco' }) },
		{ name: 'a path that is not /umbraco', plan: makePlan({ applicationUrl: 'https://www.example.com/umbracosite' }) },
	],
});

ruleTable(applicationUrlRules, 'R71', {
	fires: [
		{
			name: '17.4.1: elected servers, no URL, custom recurring jobs',
			plan: noUrl({ umbraco: '17.4.1', servers: allElected, code: { customRecurringJobs: true } }),
			hits: [{ servers: ['admin', 'web-1', 'web-2'], path: 'code.customRecurringJobs', contains: ['Unknown', 'recurring background jobs'] }],
		},
		{
			name: '17.5.0: the admin left to election, front-ends pinned as subscribers',
			plan: noUrl({ umbraco: '17.5.0', servers: patchServer('admin', { role: 'elected' }), code: { customRecurringJobs: true } }),
			hits: [{ servers: ['admin'], path: 'code.customRecurringJobs', contains: ['Admin stays Unknown'] }],
		},
		{
			name: '18.0.0: the fix came with 18.1',
			plan: noUrl({ umbraco: '18.0.0', servers: allElected, code: { customRecurringJobs: true } }),
			hits: [{ servers: ['admin', 'web-1', 'web-2'], path: 'code.customRecurringJobs' }],
		},
	],
	quiet: [
		{ name: '17.6.0: the placeholder touch elects a role', plan: noUrl({ umbraco: '17.6.0', servers: allElected, code: { customRecurringJobs: true } }) },
		{ name: '18.1.0: fixed', plan: noUrl({ umbraco: '18.1.0', servers: allElected, code: { customRecurringJobs: true } }) },
		{ name: '17.3.0: the URL comes from the first request', plan: noUrl({ umbraco: '17.3.0', servers: allElected, code: { customRecurringJobs: true } }) },
		{ name: '17.4.1: the URL is set', plan: makePlan({ umbraco: '17.4.1', servers: allElected, code: { customRecurringJobs: true } }) },
		{ name: '17.4.1: FirstRequest detection', plan: noUrl({ umbraco: '17.4.1', servers: allElected, code: { customRecurringJobs: true }, webRouting: { applicationUrlDetection: 'first-request' } }) },
		{ name: '17.4.1: a pinned scheduling server runs them', plan: noUrl({ umbraco: '17.4.1', code: { customRecurringJobs: true } }) },
		{ name: '17.4.1: no custom recurring jobs', plan: noUrl({ umbraco: '17.4.1', servers: allElected }) },
	],
});

ruleTable(applicationUrlRules, 'R23', {
	fires: [
		{ name: 'Umbraco Cloud with a URL, 13.5.2', plan: makePlan({ umbracoCloud: true }), hits: [{ path: 'applicationUrl' }] },
		{ name: 'Umbraco Cloud with a URL, 17.6.0', plan: makePlan({ umbraco: '17.6.0', umbracoCloud: true }), hits: [{ path: 'applicationUrl' }] },
	],
	quiet: [
		{ name: 'Umbraco Cloud without a URL', plan: noUrl({ umbracoCloud: true }) },
		{ name: 'not on Cloud', plan: makePlan() },
		{ name: 'Umbraco Cloud with a URL, 8.18.8 (docs only cover v9+)', plan: makePlan({ umbraco: '8.18.8', umbracoCloud: true }) },
	],
});

ruleTable(applicationUrlRules, 'R80', {
	fires: [
		{
			name: '17.6.0: a 35 s period aligned to the clock',
			plan: makePlan({ umbraco: '17.6.0', scheduledPublishing: { periodSeconds: 35, alignToClock: true } }),
			hits: [{ path: 'scheduledPublishing.periodSeconds', contains: ['35 s', 'does not divide an hour'] }],
		},
		{ name: '18.3.1: 7 minutes', plan: makePlan({ umbraco: '18.3.1', scheduledPublishing: { periodSeconds: 420, alignToClock: true } }), hits: [{ path: 'scheduledPublishing.periodSeconds' }] },
	],
	quiet: [
		{ name: '17.6.0: aligned with the default minute', plan: makePlan({ umbraco: '17.6.0', scheduledPublishing: { alignToClock: true } }) },
		{ name: '17.8.1: aligned every 15 s', plan: makePlan({ umbraco: '17.8.1', scheduledPublishing: { periodSeconds: 15, alignToClock: true } }) },
		{ name: '17.8.1: 35 s, not aligned', plan: makePlan({ umbraco: '17.8.1', scheduledPublishing: { periodSeconds: 35 } }) },
		{ name: '17.5.0: the settings do not exist yet', plan: makePlan({ umbraco: '17.5.0', scheduledPublishing: { periodSeconds: 35, alignToClock: true } }) },
	],
});

ruleTable(applicationUrlRules, 'R81', {
	fires: [
		{
			name: '17.3.0: detection and scheduled publishing stated, neither exists yet',
			plan: makePlan({ umbraco: '17.3.0', webRouting: { applicationUrlDetection: 'first-request' }, scheduledPublishing: { periodSeconds: 30 } }),
			hits: [
				{ path: 'webRouting.applicationUrlDetection', contains: ['17.4', 'ignores it'] },
				{ path: 'scheduledPublishing', contains: ['17.6 (18.1)'] },
			],
		},
		{ name: '16.3.0: distributed-job timings', plan: makePlan({ umbraco: '16.3.0', distributedJobs: { periodSeconds: 10 } }), hits: [{ path: 'distributedJobs' }] },
		{ name: '8.6.2: a named blob connection string (the community package takes the value)', plan: makePlan({ umbraco: '8.6.2', files: { strategy: 'standalone', media: 'blob' }, connectionStrings: { mediaBlob: 'media' } }), hits: [{ path: 'connectionStrings', contains: ['CHANGE-ME', '8.6.2'] }] },
		{ name: '18.0.0: the scheduled-publishing period came with 18.1', plan: makePlan({ umbraco: '18.0.0', scheduledPublishing: { alignToClock: true } }), hits: [{ path: 'scheduledPublishing' }] },
		{ name: '16.0.0: the ASP.NET temp folder left with v9', plan: makePlan({ umbraco: '16.0.0', servers: patchServer('web-1', { settings: { localTemp: 'aspnet-temp' } }) }), hits: [{ servers: ['web-1'], path: 'servers[1].settings.localTemp', contains: ['`EnvironmentTemp`', 'default folder'] }] },
	],
	quiet: [
		{ name: '8.18.8: the ASP.NET temp folder exists', plan: makePlan({ umbraco: '8.18.8', servers: patchServer('web-1', { settings: { localTemp: 'aspnet-temp' } }) }) },
		{ name: '17.8.1: every setting exists', plan: makePlan({ umbraco: '17.8.1', webRouting: { applicationUrlDetection: 'first-request' }, scheduledPublishing: { periodSeconds: 30 }, distributedJobs: { periodSeconds: 10 } }) },
		{ name: '13.5.2: none stated', plan: makePlan() },
	],
});
