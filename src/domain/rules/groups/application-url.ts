/**
 * R20–R23 and R71: the application URL servers use for themselves (scheduler pings, server
 * registration). The plan stores the public base URL; the generator writes it per version:
 * `<base>/umbraco` in umbracoSettings.config (v7/v8), `<base>/` in appsettings (v9+).
 */
import type { Plan, Server } from '../../plan/schema';
import type { VersionBand } from '../../versions/bands';
import { applicationUrlSetting } from '../../versions/catalogue';
import { allBands, bandsBetween, bandsWhere, flexibleBands, v9PlusBands } from '../band-sets';
import { nameList, serverPath } from '../helpers';
import type { Rule, RuleHit } from '../types';

/** Whether the URL's path ends in the backoffice folder `/umbraco` (trailing slash and case ignored). */
function endsInUmbraco(url: string): boolean {
	return /\/umbraco\/?$/i.test(new URL(url).pathname);
}

/** The plan's URL, or the public host over HTTPS, as an example value. */
const exampleBase = (plan: Plan): string => plan.applicationUrl ?? `https://${plan.loadBalancer.publicHost}`;

/** The detection mode the plan sets, `none` (the 17.4+ default) when it sets none. */
const detectionOf = (plan: Plan) => plan.webRouting?.applicationUrlDetection ?? 'none';

/** The hit for 17.4+ with no URL and detection `None`: nothing learns the URL any more. */
function noUrlHit(plan: Plan, band: VersionBand, elected: readonly Server[], set: string): RuleHit {
	const servers = elected.map((s) => s.id);
	const emails = 'user invitations and password resets fail with 400 Bad Request';
	if (band.applicationUrlDetection === 'none-by-default' && elected.length > 0) {
		const one = elected.length === 1;
		const who = `${nameList(elected)} never ${one ? 'registers' : 'register'} without a configured URL (ApplicationUrlDetection is None by default), so ${one ? 'it stays' : 'they stay'} Unknown`;
		return { servers, path: 'applicationUrl', message: `On ${plan.umbraco} ${who}, and ${emails}; ${set}.` };
	}
	return { servers, path: 'applicationUrl', message: `From 17.4 Umbraco learns no URL from requests unless ApplicationUrlDetection says so: ${emails}; ${set}.` };
}

// [V7-FLEX] [D13-README]; 17.4+: ApplicationUrlDetection defaults to None [D17-WEBROUTING] (PR #22307);
// 17.4–17.5 and 18.0: an elected server without a URL never touches (PR #23033 fixed it in 17.6/18.1).
const r20: Rule = {
	id: 'R20',
	severity: 'warning',
	bands: flexibleBands,
	summary: 'Set the application URL: elected servers may record an unreachable one, and from 17.4 nothing is detected unless you ask for it.',
	why: 'Up to 17.3 each server takes its URL from the requests it receives (the docs say the first one; the code replaces it for any host it has not seen); when the load balancer forwards internal host names, that is a name like web1.internal that other servers may not resolve. From 17.4 Umbraco:CMS:WebRouting:ApplicationUrlDetection defaults to None: without UmbracoApplicationUrl, invitations and password resets fail with 400, and on 17.4–17.5 (18.0) an elected server never registers and never gets a role.',
	fix: 'Set the application URL (the message names the key for this version). On 17.4+ an explicit UmbracoApplicationUrl is what the docs recommend; ApplicationUrlDetection FirstRequest or EveryRequest is the alternative (restrict AllowedHosts then).',
	sources: ['V7-FLEX', 'D13-README', 'D17-WEBROUTING', 'PR-22307', 'PR-23033'],
	certainty: 'documented',
	lesson: 'the-application-url',
	check({ plan, band }) {
		// Umbraco Cloud writes UmbracoApplicationUrl itself (the project's Cloud URL) [D17-WEBROUTING].
		if (plan.applicationUrl !== undefined || plan.umbracoCloud) return [];
		const elected = plan.servers.filter((s) => s.role === 'elected');
		const { file, key, value } = applicationUrlSetting(band, exampleBase(plan));
		const set = `set ${key} in ${file} (e.g. "${value}")`;
		if (band.applicationUrlDetectionSetting && detectionOf(plan) === 'none') return [noUrlHit(plan, band, elected, set)];
		if (elected.length === 0 || !plan.loadBalancer.forwardsInternalHostNames) return [];
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

// [D16-WEBROUTING] [D17-WEBROUTING]: v9+ is scheme + host only; from 17.4 the setting is the URL's only source by default.
const r22: Rule = {
	id: 'R22',
	severity: 'warning',
	bands: v9PlusBands,
	summary: 'Umbraco:CMS:WebRouting:UmbracoApplicationUrl should be scheme and host only, without /umbraco.',
	why: 'From v9 the backoffice path is fixed, so the URL no longer carries the /umbraco suffix that v7 and v8 needed. From 17.4 this value is what e-mails (invitations, password resets) and server registration use, since nothing is detected from requests by default.',
	fix: 'Drop /umbraco from applicationUrl, e.g. https://www.example.com/.',
	sources: ['D16-WEBROUTING', 'D17-WEBROUTING'],
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

// PR #23033 (updates reference §1 #3): 17.4–17.5 (and 18.0) with detection None and no URL never run
// TouchServerJob, so the role stays Unknown and recurring jobs with the default roles never run.
const r71: Rule = {
	id: 'R71',
	severity: 'error',
	bands: bandsWhere((band) => band.applicationUrlDetection === 'none-by-default'),
	summary: '17.4–17.5 (18.0) with no application URL: elected servers stay Unknown, so custom recurring jobs never run.',
	why: 'With ApplicationUrlDetection None and no UmbracoApplicationUrl, an elected server never registers, so its role stays Unknown. IRecurringBackgroundJobs with the default roles (Single, SchedulingPublisher), such as Umbraco Automate\'s, then run on no server, silently. Core scheduled work is a distributed job and still runs. Fixed in 17.6 and 18.1.',
	fix: 'Set Umbraco:CMS:WebRouting:UmbracoApplicationUrl, pin a scheduling server, or upgrade to 17.6 (18.1).',
	sources: ['PR-23033', 'PR-22307', 'D17-WEBROUTING'],
	certainty: 'documented',
	lesson: 'distributed-jobs',
	check({ plan }) {
		if (plan.applicationUrl !== undefined || plan.umbracoCloud || detectionOf(plan) !== 'none' || !plan.code.customRecurringJobs) return [];
		if (plan.servers.some((s) => s.role === 'publisher' || s.role === 'single')) return [];
		const elected = plan.servers.filter((s) => s.role === 'elected');
		if (elected.length === 0) return [];
		return [{ servers: elected.map((s) => s.id), path: 'code.customRecurringJobs', message: `${nameList(elected)} ${elected.length === 1 ? 'stays' : 'stay'} Unknown on ${plan.umbraco} without an application URL, so your recurring background jobs run on no server.` }];
	},
};

// PR #23127 and the 17.6 settings page [D17-SCHEDPUB]: with AlignToClock the period must divide an
// hour in whole seconds, else start-up validation fails (default period 00:01:00).
const r80: Rule = {
	id: 'R80',
	severity: 'error',
	bands: bandsWhere((band) => band.scheduledPublishing !== null),
	summary: 'With `ScheduledPublishing:AlignToClock` on (17.6+, 18.1+), the period must be a whole number of seconds that divides 3,600.',
	why: 'Aligned runs fall on multiples of the period within each hour; a period that does not divide an hour evenly is refused by start-up validation, so the site does not start.',
	fix: 'Choose a period such as 10, 15, 20, 30 or 60 seconds, or turn AlignToClock off.',
	sources: ['D17-SCHEDPUB', 'PR-23127'],
	certainty: 'documented',
	lesson: 'distributed-jobs',
	check({ plan }) {
		const publishing = plan.scheduledPublishing;
		const period = publishing?.periodSeconds ?? 60;
		if (publishing?.alignToClock !== true || 3600 % period === 0) return [];
		return [{ path: 'scheduledPublishing.periodSeconds', message: `A period of ${period} s does not divide an hour evenly, so Umbraco ${plan.umbraco} refuses to start with AlignToClock on.` }];
	},
};

// The 17.4–18.3 settings exist from a version on (the band's keys); before it Umbraco ignores them and
// the generators leave them out, which a plan should not do silently.
const r81: Rule = {
	id: 'R81',
	severity: 'warning',
	bands: allBands,
	summary: 'A setting the plan states does not exist in the chosen version: Umbraco ignores it and the bundle leaves it out.',
	why: 'ApplicationUrlDetection arrived in 17.4, ClientShouldSkipNegotiation in 17.5 (18.0), the scheduled-publishing Period and AlignToClock in 17.6 (18.1), distributed jobs in 17; the ASP.NET temp folder left with v9. On a version without it the setting does nothing, so the design behaves as if it were not there.',
	fix: 'Upgrade to a version that has the setting, or remove it from the plan and plan for the older behaviour.',
	sources: ['D17-WEBROUTING', 'PR-22700', 'D17-SCHEDPUB', 'D17-DISTJOBS', 'D17-HOSTING'],
	certainty: 'documented',
	lesson: 'distributed-jobs',
	check({ plan, band }) {
		const hits: RuleHit[] = [];
		const ignored = (path: string, what: string, since: string) => hits.push({ path, message: `${what} arrived in ${since}: Umbraco ${plan.umbraco} ignores it, and the bundle leaves it out.` });
		if (plan.webRouting?.applicationUrlDetection !== undefined && band.applicationUrlDetectionSetting === null) ignored('webRouting.applicationUrlDetection', '`Umbraco:CMS:WebRouting:ApplicationUrlDetection`', '17.4');
		if (plan.backoffice.skipNegotiation === true && band.skipNegotiationSetting === null) ignored('backoffice.skipNegotiation', '`Umbraco:CMS:SignalR:ClientShouldSkipNegotiation`', '17.5 (18.0)');
		const publishing = plan.scheduledPublishing;
		if (publishing && (publishing.periodSeconds !== undefined || publishing.alignToClock !== undefined) && band.scheduledPublishing === null) ignored('scheduledPublishing', '`Umbraco:CMS:ScheduledPublishing`', '17.6 (18.1)');
		const jobs = plan.distributedJobs;
		if (jobs && Object.values(jobs).some((v) => v !== undefined) && band.distributedJobsSettings === null) ignored('distributedJobs', '`Umbraco:CMS:DistributedJobs`', '17.0');
		// AspNetTemp is not a LocalTempStorageLocation value from v9 (Default, EnvironmentTemp) [D17-HOSTING].
		for (const s of plan.servers) {
			if (band.config === 'appsettings' && s.settings.localTemp === 'aspnet-temp') {
				hits.push({ servers: [s.id], path: `${serverPath(plan, s)}.settings.localTemp`, message: `${s.name} keeps temp files in the ASP.NET temp folder, which Umbraco ${plan.umbraco} does not offer (\`Umbraco:CMS:Hosting:LocalTempStorageLocation\` is \`Default\` or \`EnvironmentTemp\` from v9): the bundle leaves it out, so temp files stay in the default folder. Choose the environment temp folder.` });
			}
		}
		// Names of connection strings are read by the v9+ composers; the v7/v8 files take the values themselves.
		if (band.config === 'web-config' && Object.values(plan.connectionStrings ?? {}).some((v) => v !== undefined)) {
			hits.push({ path: 'connectionStrings', message: `Connection strings by name are read by the generated v9+ code; Umbraco ${plan.umbraco}'s files (web.config, FileSystemProviders.config) take each value itself, so the bundle leaves CHANGE-ME placeholders where the names would go.` });
		}
		return hits;
	},
};

/** R20–R23, R71, R80 and R81. */
export const applicationUrlRules: readonly Rule[] = [r20, r21, r22, r23, r71, r80, r81];
