/**
 * R01, R02, R05–R07: where the backoffice may run. Before 17 exactly one instance serves it
 * (which may also serve visitors); from 17 every node may serve it, with extra configuration.
 * The SignalR rules of that mode (R03, R04) are in `signalr.ts`.
 */
import { backofficeServers, isBackofficeLoadBalanced, isBehindLoadBalancer, isMultiServer } from '../../plan/queries';
import type { Plan } from '../../plan/schema';
import { before17Bands, v17Bands } from '../band-sets';
import { isAzure, nameList, publisherName, serverPath } from '../helpers';
import type { Rule, RuleHit } from '../types';

/**
 * Hits for every way a plan serves the backoffice from more than one instance or through the
 * load balancer (the latter only matters when there is more than one instance to balance).
 * `adminMayServePublic`: the one admin instance may sit behind the load balancer too, as the
 * docs' FAQ allows ("Can my … admin server also serve front-end requests? Yes") [V7-IDX] [V8-IDX] [D13-README].
 */
function backofficeSpread(plan: Plan, adminMayServePublic: boolean): RuleHit[] {
	const editors = backofficeServers(plan);
	const hits: RuleHit[] = [];
	if (editors.length > 1) {
		hits.push({ servers: editors.map((s) => s.id), path: 'servers', message: `${nameList(editors)} all serve the backoffice; only one server may.` });
	}
	const oneAdmin = editors.length === 1 && editors[0]!.instances === 1;
	for (const server of editors) {
		if (server.instances > 1) {
			hits.push({ servers: [server.id], path: `${serverPath(plan, server)}.instances`, message: `${server.name} serves the backoffice from ${server.instances} instances; it must stay a single instance.` });
		}
		if (isBehindLoadBalancer(server) && isMultiServer(plan) && !(adminMayServePublic && oneAdmin)) {
			hits.push({ servers: [server.id], path: `${serverPath(plan, server)}.behindLoadBalancer`, message: `${server.name} serves the backoffice from behind the load balancer.` });
		}
	}
	return hits;
}

// [V7-TRAD] [V7-IDX] [V8-IDX] [D13-README] [D16-README]. The FAQ of the v7, v8 and v9–13 pages lets the
// one admin server also serve front-end requests; traditional load balancing (< 7.3) keeps it
// off the load balancer [V7-TRAD].
const r01: Rule = {
	id: 'R01',
	severity: 'error',
	bands: before17Bands,
	summary: 'Before Umbraco 17 exactly one instance serves the backoffice; it may also serve public traffic, but the backoffice cannot be load balanced.',
	why: 'Before 17 the backoffice relies on application-level locks and on cache instructions being written in order by one server; several backoffice instances risk data integrity. The docs\' FAQ allows that one admin server to serve front-end requests as well (from 7.3; traditional load balancing before 7.3 keeps it off the load balancer).',
	fix: 'Keep one backoffice server with one instance and give editors its own host name; it may also sit behind the load balancer for public traffic. Load-balancing the backoffice needs Umbraco 17.',
	sources: ['V7-TRAD', 'V7-IDX', 'V8-IDX', 'D13-README', 'D16-README'],
	certainty: 'documented',
	lesson: 'load-balancing-the-backoffice',
	check({ plan, band, version }) {
		const hits = backofficeSpread(plan, band.loadBalancing === 'flexible');
		if (isBackofficeLoadBalanced(plan)) {
			hits.push({ path: 'backoffice.mode', message: `backoffice.mode is "load-balanced", which Umbraco ${version[0]} does not support; use "dedicated".` });
		}
		return hits;
	},
};

// [D17-LBBO]: every node SchedulingPublisher, LoadBalanceIsolatedCaches(); SignalR and temp uploads are R03–R05.
const r02: Rule = {
	id: 'R02',
	severity: 'error',
	bands: v17Bands,
	summary: 'A load-balanced backoffice needs every node pinned as SchedulingPublisher and LoadBalanceIsolatedCaches().',
	why: 'With editors on every node, each node writes content and must run as SchedulingPublisher, and the isolated (repository) caches need the version check that LoadBalanceIsolatedCaches() adds; otherwise nodes serve stale backoffice data.',
	fix: 'Set backoffice.mode to "load-balanced", register an IServerRoleAccessor that returns ServerRole.SchedulingPublisher on every node (builder.SetServerRegistrar(...)) and call builder.LoadBalanceIsolatedCaches(). Also see R03–R05.',
	sources: ['D17-LBBO'],
	certainty: 'documented',
	lesson: 'load-balancing-the-backoffice',
	check({ plan, band }) {
		if (!isBackofficeLoadBalanced(plan)) {
			// The 17 docs dropped the FAQ, so an admin behind the load balancer must be declared (backoffice.adminServesPublic).
			const spread = backofficeSpread(plan, plan.backoffice.adminServesPublic === true);
			if (spread.length === 0) return [];
			const ids = [...new Set(spread.flatMap((h) => h.servers ?? []))];
			return [{ servers: ids, path: 'backoffice.mode', message: 'The backoffice is served by more than one instance or through the load balancer, but backoffice.mode is "dedicated": set it to "load-balanced" and meet its requirements, or (one admin instance that also serves visitors) set backoffice.adminServesPublic.' }];
		}
		const hits: RuleHit[] = plan.servers
			.filter((s) => isBehindLoadBalancer(s) && s.role !== 'publisher')
			.map((s) => ({
				servers: [s.id],
				path: `${serverPath(plan, s)}.role`,
				message: `${s.name} is behind the load balancer of a load-balanced backoffice but not pinned as ${publisherName(band)}.`,
			}));
		if (!plan.backoffice.isolatedCaches) {
			hits.push({ path: 'backoffice.isolatedCaches', message: 'A load-balanced backoffice needs builder.LoadBalanceIsolatedCaches() on every node.' });
		}
		return hits;
	},
};

// [D17-LBBO] [D17-HOSTING] [PR-DOCS-7580]: Azure scale-out shares the umbraco folder already.
const r05: Rule = {
	id: 'R05',
	severity: 'error',
	bands: v17Bands,
	summary: 'A load-balanced backoffice needs Umbraco:CMS:Hosting:TemporaryFileUploadLocation on storage every node shares.',
	why: 'Uploads (e.g. media) first go to a temporary file through the management API and are used by a later request, which may land on another node. The default umbraco/Data/TEMP/TemporaryFile/ is local to each node outside Azure scale-out.',
	fix: 'Set Umbraco:CMS:Hosting:TemporaryFileUploadLocation to a path all nodes share (or register a custom ITemporaryFileRepository). On Azure Web Apps scale-out nothing is needed.',
	sources: ['D17-LBBO', 'D17-HOSTING', 'PR-DOCS-7580'],
	certainty: 'documented',
	lesson: 'load-balancing-the-backoffice',
	check({ plan }) {
		const applies = isBackofficeLoadBalanced(plan) && !isAzure(plan) && plan.backoffice.temporaryFileLocation !== 'shared';
		return applies ? [{ path: 'backoffice.temporaryFileLocation' }] : [];
	},
};

// [D17-SCHED] [D17-PITFALLS]
const r06: Rule = {
	id: 'R06',
	severity: 'warning',
	bands: v17Bands,
	summary: 'Recurring jobs meant to run once will run on every node of a load-balanced backoffice; use IDistributedBackgroundJob.',
	why: 'Every node is SchedulingPublisher in this mode, so IRecurringBackgroundJob.ServerRoles no longer limits a job to one server.',
	fix: 'Turn once-per-cluster work into an IDistributedBackgroundJob with a unique Name; tune Umbraco:CMS:DistributedJobs if needed.',
	sources: ['D17-SCHED', 'D17-PITFALLS'],
	certainty: 'documented',
	lesson: 'distributed-jobs',
	check({ plan }) {
		return isBackofficeLoadBalanced(plan) && plan.backoffice.runOnceRecurringJobs ? [{ path: 'backoffice.runOnceRecurringJobs' }] : [];
	},
};

// [D17-PITFALLS]: LoadBalanceIsolatedCaches and IDistributedBackgroundJob arrive in 17.
const r07: Rule = {
	id: 'R07',
	severity: 'error',
	bands: before17Bands,
	summary: 'Backoffice load balancing and LoadBalanceIsolatedCaches() do not exist before Umbraco 17.',
	why: 'The APIs a load-balanced backoffice needs (LoadBalanceIsolatedCaches(), IDistributedBackgroundJob) were added in 17; the generated code would not compile on older versions.',
	fix: 'Use a dedicated backoffice server (backoffice.mode "dedicated", isolatedCaches off), or upgrade to Umbraco 17.',
	sources: ['D17-PITFALLS'],
	certainty: 'documented',
	lesson: 'load-balancing-the-backoffice',
	check({ plan, version }) {
		const hits: RuleHit[] = [];
		if (isBackofficeLoadBalanced(plan)) hits.push({ path: 'backoffice.mode', message: `Backoffice load balancing needs Umbraco 17; this plan is on ${version[0]}.` });
		if (plan.backoffice.isolatedCaches) hits.push({ path: 'backoffice.isolatedCaches', message: `LoadBalanceIsolatedCaches() does not exist in Umbraco ${version[0]}; it arrived in 17.` });
		return hits;
	},
};

/** R01, R02 and R05–R07 (R03/R04 are in `signalr.ts`). */
export const backofficeRules: readonly Rule[] = [r01, r02, r05, r06, r07];
