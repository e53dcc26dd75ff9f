/**
 * R70 and R72: how the host runs the servers editors use, as Umbraco 17 and 18 changed it:
 * debug mode behind a load-balanced backoffice, and restarts that overlap while a publisher
 * holds MainDom. Facts: `shared/reference/umbraco-updates-2026.md` §1 (#6, #20).
 */
import { effectiveSettings } from '../../plan/recommend';
import { backofficeServers, instanceCount, isBackofficeLoadBalanced, isBehindLoadBalancer, isMultiServer, mainServer } from '../../plan/queries';
import type { Plan, Server } from '../../plan/schema';
import { allBands, bandsWhere, v17Bands } from '../band-sets';
import { isAzure, nameList, settingPath } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

// Issue #21568 (maintainer comment: keep Debug false); PR #22951: "in debug mode GetCacheBustHash returns
// a new value per request"; Umbraco Cloud LB lists `Umbraco:CMS:Hosting:Debug` false as a prerequisite.
const R70: Rule = {
	id: 'R70',
	severity: 'error',
	bands: v17Bands,
	summary: 'A load-balanced backoffice needs `Umbraco:CMS:Hosting:Debug` = `false` on every node.',
	why: 'In debug mode each instance puts its own cache-busting hash in the backoffice asset URLs, so a page served by one node asks for scripts another node does not know: the backoffice fails with 404s behind a round-robin load balancer. Umbraco Cloud refuses to turn on load balancing with Debug on.',
	fix: 'Set `Umbraco:CMS:Hosting:Debug` to `false` (the default) on every node behind the load balancer.',
	sources: ['ISSUE-21568', 'PR-22951', 'CLOUD-LB', 'D17-HOSTING-2026'],
	certainty: 'documented',
	lesson: 'load-balancing-the-backoffice',
	check({ plan }: RuleContext): RuleHit[] {
		const cloudFarm = plan.umbracoCloud && isMultiServer(plan);
		if (!isBackofficeLoadBalanced(plan) && !cloudFarm) return [];
		return plan.servers
			.filter((s) => s.settings.hostingDebug === true && (cloudFarm || isBehindLoadBalancer(s)))
			.map((s) => ({ servers: [s.id], path: settingPath(plan, s, 'hostingDebug'), message: `${s.name} runs with \`Umbraco:CMS:Hosting:Debug\` = \`true\`: its backoffice asset URLs differ from the other nodes', so editors get 404s.` }));
	},
};

/** The servers editors publish from, i.e. the ones that write cache instructions. */
function publishingServers(plan: Plan): Server[] {
	const editors = backofficeServers(plan);
	return editors.length > 0 ? editors : [mainServer(plan)];
}

// Issue #23219 (reported on 13.13, same path in v17; fixed 17.7 and 18.2 by PR #23421): a process that
// fails to get MainDom at boot caches that and never writes umbracoCacheInstruction rows; no log line.
// 9–12 share the code path (DERIVED). Containers start a new machine instead of overlapping.
const R72: Rule = {
	id: 'R72',
	severity: 'warning',
	bands: bandsWhere((band) => band.instructionsWithoutMainDom === 'lost'),
	summary: 'Before 17.7 (18.2), a publisher started while its old process still holds MainDom (overlapped recycle, slot swap) silently stops writing cache instructions.',
	why: 'If a new process cannot take MainDom at boot, it remembers that for its whole lifetime: it updates its own cache but writes no cache instructions, so the front-ends never see what editors publish there. Nothing is logged; only a restart helps. Overlapped IIS recycles, Azure restarts and slot swaps start the new process while the old one still runs. Fixed in 17.7 and 18.2; 13.x has no fix.',
	fix: 'Turn overlapped recycling off on the servers editors use (IIS application pool "Disable Overlapped Recycle"; Azure app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1), avoid slot swaps of those apps, or upgrade to 17.7 / 18.2. If front-ends stop seeing changes, restart the publishing server.',
	sources: ['ISSUE-23219', 'PR-23421'],
	certainty: 'documented',
	lesson: 'maindom-locks',
	check({ plan }: RuleContext): RuleHit[] {
		if (!isMultiServer(plan) || plan.hosting === 'containers') return [];
		const publishers = publishingServers(plan);
		const hits: RuleHit[] = publishers
			.filter((s) => !effectiveSettings(plan, s).disableOverlappedRecycling)
			.map((s) => ({
				servers: [s.id],
				path: settingPath(plan, s, 'disableOverlappedRecycling'),
				message: `${s.name} writes the cache instructions and its restarts overlap; on ${plan.umbraco} a new process that misses MainDom writes none until it restarts. Turn overlapped recycling off for it.`,
			}));
		if (isAzure(plan) && plan.azure.deploymentSlots) {
			hits.push({ servers: publishers.map((s) => s.id), path: 'azure.deploymentSlots', message: `A slot swap starts ${nameList(publishers)} while the old process still runs; on ${plan.umbraco} the new one may never write cache instructions. Restart after swapping, or upgrade to 17.7 / 18.2.` });
		}
		return hits;
	},
};

// Umbraco Cloud's Load Balancing feature (updates-2026 §1 #25): a portal switch from CMS 17.5 (17.4.2 in
// earlier revisions of the page), with Redis, shared keys and sticky sessions supplied by Cloud [CLOUD-LB].
const R84: Rule = {
	id: 'R84',
	severity: 'error',
	bands: allBands,
	summary: 'Umbraco Cloud runs a site on more than one instance only through its Load Balancing feature, from Umbraco 17.',
	why: 'A Cloud environment is one instance unless Load Balancing is turned on in the Cloud portal (Project > Configuration > Load Balancing). It requires CMS 17.4.2 with Umbraco.Cloud.Cms 17.1.3 and Umbraco.Deploy.Cloud 17.1.0 at the revision this planner follows (newer revisions of the page ask for CMS 17.5 with both packages at 17.2), runtime mode Production, `Umbraco:CMS:Hosting:Debug` false and `ModelsMode` Nothing; Cloud then supplies Redis (SignalR and distributed cache), shared Data Protection keys and sticky sessions, scales by hand, and restarts every instance on a deployment.',
	fix: 'Upgrade to Umbraco 17.4.2 or later (17.5 to meet the newest revision of the Cloud page) and turn on Load Balancing in the Cloud portal, or plan the Cloud environment as one instance.',
	sources: ['CLOUD-LB'],
	certainty: 'documented',
	lesson: 'azure-web-apps-scale-out',
	check({ plan, band }: RuleContext): RuleHit[] {
		if (!plan.umbracoCloud || !isMultiServer(plan)) return [];
		if (!band.umbracoCloudLoadBalancing) return [{ path: 'umbracoCloud', message: `This Cloud plan runs ${instanceCount(plan)} instances, but Umbraco Cloud load balancing needs CMS 17.4.2 or later (17.5 on the newest revision of its page); ${plan.umbraco} runs as one instance there.` }];
		if (plan.loadBalancer.stickySessions === 'none') return [{ path: 'loadBalancer.stickySessions', message: 'Umbraco Cloud load balancing always runs with sticky sessions; describe them in the plan so the findings and the checklist match what Cloud does.' }];
		return [];
	},
};

// The plan format: `platform.os` is for containers and App Service, IIS being Windows (README, plan format);
// the Azure Web Apps file option is App Service's own shared storage (D13-AZ: "the file system is shared").
const R86: Rule = {
	id: 'R86',
	severity: 'error',
	bands: allBands,
	summary: 'The hosting, operating system and file storage of a plan must fit together: IIS runs on Windows, and Azure Web Apps storage exists only on Azure Web Apps.',
	why: 'Rules and generated files follow the hosting: IIS gets Windows settings and IIS files, and the Azure Web Apps storage option assumes App Service’s shared file system, with local temp and index settings for it. A plan that says otherwise gets advice for a platform it does not run on.',
	fix: 'On IIS leave the operating system out (or set Windows); choose Azure Web Apps hosting for Azure Web Apps storage, or another file option (replication, a central share, standalone servers).',
	sources: ['D13-AZ'],
	certainty: 'documented',
	lesson: 'what-a-farm-needs',
	check({ plan }: RuleContext): RuleHit[] {
		const hits: RuleHit[] = [];
		if (plan.hosting === 'iis' && plan.platform?.os === 'linux') hits.push({ path: 'platform.os', message: 'The plan runs on IIS, which is Windows, but says Linux: the findings and files follow IIS on Windows.' });
		if (plan.files.strategy === 'azure-web-apps' && !isAzure(plan)) hits.push({ path: 'files.strategy', message: `The files use Azure Web Apps storage, but the servers are hosted on ${plan.hosting === 'iis' ? 'IIS' : 'containers'}: that storage exists only on Azure App Service.` });
		return hits;
	},
};

/** R70, R72, R84 and R86 (R73–R74 are in `instances.ts`). */
export const hostingRules: readonly Rule[] = [R70, R72, R84, R86];
