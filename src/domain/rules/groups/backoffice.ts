/**
 * R01–R07: where the backoffice may run. Before 17 exactly one instance serves it, outside
 * the load balancer; from 17 it may sit behind the load balancer with extra configuration.
 */
import { backofficeServers, isBackofficeLoadBalanced, isBehindLoadBalancer, isMultiServer } from '../../plan/queries';
import type { Plan } from '../../plan/schema';
import { before17Bands, v17Bands } from '../band-sets';
import { isAzure, nameList, publisherName, serverPath } from '../helpers';
import type { Rule, RuleHit } from '../types';

/**
 * Hits for every way a plan serves the backoffice from more than one instance or through the
 * load balancer (the latter only matters when there is more than one instance to balance).
 */
function backofficeSpread(plan: Plan): RuleHit[] {
	const editors = backofficeServers(plan);
	const hits: RuleHit[] = [];
	if (editors.length > 1) {
		hits.push({ servers: editors.map((s) => s.id), path: 'servers', message: `${nameList(editors)} all serve the backoffice; only one server may.` });
	}
	for (const server of editors) {
		if (server.instances > 1) {
			hits.push({ servers: [server.id], path: `${serverPath(plan, server)}.instances`, message: `${server.name} serves the backoffice from ${server.instances} instances; it must stay a single instance.` });
		}
		if (isBehindLoadBalancer(server) && isMultiServer(plan)) {
			hits.push({ servers: [server.id], path: `${serverPath(plan, server)}.behindLoadBalancer`, message: `${server.name} serves the backoffice from behind the load balancer.` });
		}
	}
	return hits;
}

// [V7-TRAD] [V7-IDX] [V8-IDX] [D13-README] [D16-README]
const r01: Rule = {
	id: 'R01',
	severity: 'error',
	bands: before17Bands,
	summary: 'Before Umbraco 17 the backoffice must run on one instance that is not behind the load balancer.',
	why: 'Before 17 the backoffice relies on application-level locks and on cache instructions being written in order by one server; several backoffice instances, or editors reaching any node through the load balancer, risk data integrity.',
	fix: 'Keep one backoffice server with one instance outside the load balancer, and give editors their own host name for it. Load-balancing the backoffice needs Umbraco 17.',
	sources: ['V7-TRAD', 'V7-IDX', 'V8-IDX', 'D13-README', 'D16-README'],
	certainty: 'documented',
	lesson: 'load-balancing-the-backoffice',
	check({ plan, version }) {
		const hits = backofficeSpread(plan);
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
			const spread = backofficeSpread(plan);
			if (spread.length === 0) return [];
			const ids = [...new Set(spread.flatMap((h) => h.servers ?? []))];
			return [{ servers: ids, path: 'backoffice.mode', message: 'The backoffice is served by more than one instance or through the load balancer, but backoffice.mode is "dedicated"; set it to "load-balanced" and meet its requirements.' }];
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

// [D17-LBBO] [D17-SIGNALR]: without affinity only Azure SignalR Service + IDistributedCache work.
const r03: Rule = {
	id: 'R03',
	severity: 'error',
	bands: v17Bands,
	summary: 'A load-balanced backoffice without sticky sessions needs Azure SignalR Service and a distributed cache.',
	why: 'Without session affinity a SignalR connection made on one node is used on another. SQL Server or Redis backplanes do not centralise connections, so editors get intermittent "No connection with that ID" errors; the stateless option needs Azure SignalR Service plus an IDistributedCache for session state.',
	fix: 'Either enable sticky sessions on the load balancer (any backplane then works), or use Azure SignalR Service (Microsoft.Azure.SignalR, Azure:SignalR:ConnectionString, AddSignalR().AddAzureSignalR()) together with an IDistributedCache.',
	sources: ['D17-LBBO', 'D17-SIGNALR'],
	certainty: 'documented',
	lesson: 'signalr-and-sticky-sessions',
	check({ plan }) {
		if (!isBackofficeLoadBalanced(plan) || plan.loadBalancer.stickySessions !== 'none') return [];
		const hits: RuleHit[] = [];
		const { signalR } = plan.backoffice;
		if (signalR === 'none') {
			hits.push({ path: 'backoffice.signalR', message: 'No sticky sessions and no SignalR backplane: enable sticky sessions (with any backplane) or use Azure SignalR Service.' });
		} else if (signalR !== 'azure-signalr') {
			const backplane = signalR === 'redis' ? 'Redis' : 'SQL Server';
			hits.push({ path: 'backoffice.signalR', message: `No sticky sessions with the ${backplane} backplane: editors will get "No connection with that ID" errors. Enable sticky sessions or use Azure SignalR Service.` });
		}
		if (plan.sessions.store === 'none') {
			hits.push({ path: 'sessions.store', message: 'A stateless load-balanced backoffice needs an IDistributedCache for session state.' });
		}
		return hits;
	},
};

// [D17-LBBO]: sticky sessions work with any backplane; DERIVED that "none" is not one.
const r04: Rule = {
	id: 'R04',
	severity: 'error',
	bands: v17Bands,
	summary: 'A load-balanced backoffice with sticky sessions still needs a SignalR backplane.',
	why: 'The docs pair sticky sessions with "any" backplane (SQL Server, Redis, Azure SignalR Service); without one, a notification raised on one node never reaches editors connected to another. That no backplane is invalid is DERIVED from the docs, not stated.',
	fix: 'Add a SignalR backplane: SQL Server (IntelliTect.AspNetCore.SignalR.SqlServer, AddSignalR().AddSqlServer(...)), Redis, or Azure SignalR Service.',
	sources: ['D17-LBBO'],
	certainty: 'derived',
	lesson: 'signalr-and-sticky-sessions',
	check({ plan }) {
		const applies = isBackofficeLoadBalanced(plan) && plan.loadBalancer.stickySessions !== 'none' && plan.backoffice.signalR === 'none';
		return applies ? [{ path: 'backoffice.signalR' }] : [];
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

/** R01–R07. */
export const backofficeRules: readonly Rule[] = [r01, r02, r03, r04, r05, r06, r07];
