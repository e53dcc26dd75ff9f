/**
 * R20–R23: the application URL servers use for themselves (scheduler pings, server
 * registration). The plan stores the public base URL; the generator writes it per version:
 * `<base>/umbraco` in umbracoSettings.config (v7/v8), `<base>/` in appsettings (v9+).
 */
import type { Plan } from '../../plan/schema';
import { applicationUrlSetting } from '../../versions/catalogue';
import { bandsBetween, flexibleBands, v9PlusBands } from '../band-sets';
import { nameList } from '../helpers';
import type { Rule } from '../types';

/** Whether the URL's path ends in the backoffice folder `/umbraco` (trailing slash and case ignored). */
function endsInUmbraco(url: string): boolean {
	return /\/umbraco\/?$/i.test(new URL(url).pathname);
}

/** The plan's URL, or the public host over HTTPS, as an example value. */
const exampleBase = (plan: Plan): string => plan.applicationUrl ?? `https://${plan.loadBalancer.publicHost}`;

// [V7-FLEX] [D13-README]; 17.4–17.5: request-based URL detection is off by default (runtime semantics §1.3, PR #22307).
const r20: Rule = {
	id: 'R20',
	severity: 'warning',
	bands: flexibleBands,
	summary: 'Elected servers may not resolve the scheduler URL; set the application URL.',
	why: 'Without a configured URL each server learns its own from the first request it gets. When the load balancer forwards internal host names, that is a name like web1.internal that other servers may not resolve. On 17.4 and 17.5 learning the URL from requests is off by default, so an elected server without a configured URL never registers and never gets a role.',
	fix: 'Set the application URL (the message names the key for this version), or pin roles explicitly so front-ends never become the scheduling server.',
	sources: ['V7-FLEX', 'D13-README'],
	certainty: 'documented',
	lesson: 'the-application-url',
	check({ plan, band }) {
		if (plan.applicationUrl !== undefined) return [];
		const elected = plan.servers.filter((s) => s.role === 'elected');
		if (elected.length === 0) return [];
		const { file, key, value } = applicationUrlSetting(band, exampleBase(plan));
		const set = `set ${key} in ${file} (e.g. "${value}")`;
		if (band.applicationUrlDetection === 'none-by-default') {
			return [{ servers: elected.map((s) => s.id), path: 'applicationUrl', message: `On ${plan.umbraco} ${nameList(elected)} never register without a configured URL (learning it from requests is off by default); ${set}.` }];
		}
		if (!plan.loadBalancer.forwardsInternalHostNames) return [];
		return [{ servers: elected.map((s) => s.id), path: 'applicationUrl', message: `${nameList(elected)} may record an internal host name as the scheduler URL; ${set}.` }];
	},
};

// [V8-UMBSET]: pre-v9 format is scheme + host + backoffice path; the generator appends /umbraco.
const r21: Rule = {
	id: 'R21',
	severity: 'error',
	bands: bandsBetween('v7.3+', 'v8.12+'),
	summary: 'umbracoApplicationUrl must be the site URL plus the Umbraco path (e.g. https://www.example.com/umbraco).',
	why: 'In v7 and v8 umbracoApplicationUrl includes the backoffice path. The plan holds the site\'s base URL and the generator adds /umbraco, so a plan URL that already ends in /umbraco would be written as …/umbraco/umbraco.',
	fix: 'Write the site\'s base URL in the plan (e.g. https://www.example.com); the generated web.routing umbracoApplicationUrl then becomes https://www.example.com/umbraco.',
	sources: ['V8-UMBSET'],
	certainty: 'documented',
	lesson: 'the-application-url',
	check({ plan, band }) {
		if (plan.applicationUrl === undefined || !endsInUmbraco(plan.applicationUrl)) return [];
		const written = applicationUrlSetting(band, plan.applicationUrl).value;
		return [{ path: 'applicationUrl', message: `applicationUrl "${plan.applicationUrl}" would be written as umbracoApplicationUrl="${written}"; leave /umbraco out of the plan.` }];
	},
};

// [D16-WEBROUTING]: v9+ is scheme + host only.
const r22: Rule = {
	id: 'R22',
	severity: 'warning',
	bands: v9PlusBands,
	summary: 'Umbraco:CMS:WebRouting:UmbracoApplicationUrl should be scheme and host only, without /umbraco.',
	why: 'From v9 the backoffice path is fixed, so the URL no longer carries the /umbraco suffix that v7 and v8 needed.',
	fix: 'Drop /umbraco from applicationUrl, e.g. https://www.example.com/.',
	sources: ['D16-WEBROUTING'],
	certainty: 'documented',
	lesson: 'the-application-url',
	check({ plan }) {
		if (plan.applicationUrl === undefined || !endsInUmbraco(plan.applicationUrl)) return [];
		return [{ path: 'applicationUrl', message: `applicationUrl "${plan.applicationUrl}" ends in /umbraco; from v9 UmbracoApplicationUrl is scheme and host only.` }];
	},
};

// [D16-WEBROUTING]
const r23: Rule = {
	id: 'R23',
	severity: 'info',
	bands: v9PlusBands,
	summary: 'Umbraco Cloud overwrites UmbracoApplicationUrl; a value in the plan is not used there.',
	why: 'On Umbraco Cloud the platform sets Umbraco:CMS:WebRouting:UmbracoApplicationUrl and it cannot be changed.',
	fix: 'Leave applicationUrl out for Umbraco Cloud, or keep it only for environments outside Cloud.',
	sources: ['D16-WEBROUTING'],
	certainty: 'documented',
	lesson: 'the-application-url',
	check({ plan }) {
		return plan.umbracoCloud && plan.applicationUrl !== undefined ? [{ path: 'applicationUrl' }] : [];
	},
};

/** R20–R23. */
export const applicationUrlRules: readonly Rule[] = [r20, r21, r22, r23];
