/**
 * R15–R18 and R79: server roles in flexible load balancing (7.3+), and read-only databases. One scheduling server
 * (Master / SchedulingPublisher), front-ends pinned as Slave / Replica / Subscriber.
 * Traditional load balancing (below 7.3) has no roles: the first distributedCall entry is the master.
 */
import { isBackofficeLoadBalanced, isBehindLoadBalancer, isMultiServer } from '../../plan/queries';
import type { Plan, Server } from '../../plan/schema';
import type { VersionBand } from '../../versions/bands';
import { bandsWhere, flexibleBands } from '../band-sets';
import { nameList, publisherName, registrarHook, serverPath, subscriberName } from '../helpers';
import type { Rule } from '../types';

/** v17 backoffice-LB mode: every node behind the load balancer is meant to be a publisher (R02 checks it). */
const lbBackofficeNode = (plan: Plan, server: Server): boolean => isBackofficeLoadBalanced(plan) && isBehindLoadBalancer(server);

// [V7-FLEX] [D13-README] [D17-ADV]: explicit roles are the recommended set-up.
const r15: Rule = {
	id: 'R15',
	severity: 'warning',
	bands: flexibleBands,
	summary: 'Server roles are left to automatic election; pin the admin server and the front-ends explicitly.',
	why: 'With election any server may become the scheduling server, so every server needs write access to the database and must be able to resolve the application URL; the docs recommend explicit roles because they remove that complexity.',
	fix: 'Pin the admin server as the scheduling server and every front-end as a subscriber with the version\'s registrar hook (see the message).',
	sources: ['V7-FLEX', 'D13-README', 'D17-ADV'],
	certainty: 'documented',
	lesson: 'scheduling-server-election',
	check({ plan, band }) {
		if (!isMultiServer(plan)) return [];
		return plan.servers
			.filter((s) => s.role === 'elected' && !lbBackofficeNode(plan, s))
			.map((s) => {
				const role = s.kind === 'backoffice' ? publisherName(band) : subscriberName(band);
				return { servers: [s.id], path: `${serverPath(plan, s)}.role`, message: `${s.name} takes part in the election; pin it as ${role} with ${registrarHook(band)}.` };
			});
	},
};

/** Instances that run the scheduling work of the cluster: pinned publishers and election-off `single` servers. */
const schedulers = (plan: Plan): Server[] => plan.servers.filter((s) => s.role === 'publisher' || s.role === 'single');

// [D13-ADV] [D17-LBBO]; DERIVED from "only a single scheduling server".
const r16: Rule = {
	id: 'R16',
	severity: 'error',
	bands: flexibleBands,
	summary: 'More than one instance is pinned as the scheduling server.',
	why: 'Only one server should run scheduled publishing and the other scheduled tasks, and prune the instruction queue. Several pinned publishers (or scaled-out instances of one, or servers with election switched off, which report Single) all do that work. DERIVED from the docs\' "single scheduling server"; only the v17 load-balanced backoffice pins every node on purpose.',
	fix: 'Pin exactly one single-instance server (the admin server) as the scheduling server and the others as subscribers; in v17 use backoffice.mode "load-balanced" if editors really use every node.',
	sources: ['D13-ADV', 'D17-LBBO'],
	certainty: 'derived',
	lesson: 'pinning-server-roles',
	check({ plan, band }) {
		if (isBackofficeLoadBalanced(plan) && band.backofficeLoadBalancing) return [];
		const found = schedulers(plan);
		const instances = found.reduce((n, s) => n + s.instances, 0);
		if (instances <= 1) return [];
		const name = publisherName(band);
		const detail = found.map((s) => (s.role === 'single' ? `${s.name} (election off, reports Single)` : s.instances > 1 ? `${s.name} (${s.instances} instances)` : s.name));
		return [{ servers: found.map((s) => s.id), path: 'servers', message: `${instances} instances act as ${name}: ${detail.join(', ')}. Pin only one.` }];
	},
};

/** Why nothing runs when every server is a pinned subscriber, or undefined when v17's distributed jobs cover it. */
function allSubscribersProblem(plan: Plan, band: VersionBand): string | undefined {
	const names = `${nameList(plan.servers)} are all pinned as ${subscriberName(band)}`;
	if (!band.distributedJobs) return `${names}; no server is ${publisherName(band)}, so scheduled publishing and scheduled tasks never run.`;
	// v17: scheduled publishing is a distributed job any server with write access runs, whatever
	// its role (PR #23033) [SRC-SCHEDPUB]; a read-only database runs none (PR #22572).
	if (plan.servers.every((s) => s.database !== 'read-write')) {
		return `${names} with read-only database access: no server runs distributed jobs, so scheduled publishing never happens.`;
	}
	if (plan.code.customRecurringJobs) {
		return `${names}: scheduled publishing still runs as a distributed job, but IRecurringBackgroundJobs with the default roles (Single, ${publisherName(band)}) run nowhere.`;
	}
	return undefined;
}

// [V7-FLEX] [D13-README] [SRC-SCHEDPUB]; v17: scheduled publishing is distributed and not tied to a role
// (updates reference §1 #3, PR #23033), so only jobs that still use roles are stranded.
const r17: Rule = {
	id: 'R17',
	severity: 'warning',
	bands: flexibleBands,
	summary: 'Every server is pinned as a subscriber, so work that needs the scheduling server runs nowhere.',
	why: 'Up to 16 only the scheduling server runs scheduled publishing and scheduled tasks, and pinned subscribers never take part in an election, so nobody runs them (DERIVED from the docs). From 17 scheduled publishing is a distributed job that any server with write access runs, whatever its role; recurring jobs with the default roles (Single, SchedulingPublisher) still need a scheduling server, and a read-only database runs no distributed jobs.',
	fix: 'Pin the admin server as the scheduling server (SchedulingPublisher, Master or Primary for your version).',
	sources: ['V7-FLEX', 'D13-README', 'SRC-SCHEDPUB', 'PR-23033', 'PR-22572'],
	certainty: 'derived',
	lesson: 'pinning-server-roles',
	check({ plan, band }) {
		if (!plan.servers.every((s) => s.role === 'subscriber')) return [];
		const message = allSubscribersProblem(plan, band);
		return message ? [{ servers: plan.servers.map((s) => s.id), path: 'servers', message }] : [];
	},
};

// [V7-ADV] [D13-ADV]: read-only front-ends must not take part in the election.
const r18: Rule = {
	id: 'R18',
	severity: 'error',
	bands: flexibleBands,
	summary: 'A server with read-only database access must be pinned as a subscriber.',
	why: 'By default every server writes umbracoServer and umbracoNode to take part in the election, and an elected scheduling server writes everything. Only a server pinned as a subscriber stops writing.',
	fix: 'Pin the server as a subscriber with the version\'s registrar hook, or give it read-write access.',
	sources: ['V7-ADV', 'D13-ADV'],
	certainty: 'documented',
	lesson: 'pinning-server-roles',
	check({ plan, band }) {
		return plan.servers
			.filter((s) => s.database !== 'read-write' && s.role !== 'subscriber')
			.map((s) => ({
				servers: [s.id],
				path: `${serverPath(plan, s)}.role`,
				message: `${s.name} has ${s.database === 'read-only-login' ? 'a read-only database login' : 'a read-only replica database'} but is not pinned as ${subscriberName(band)}; use ${registrarHook(band)}.`,
			}));
	},
};

// Issues #21783 (17.1/17.2: last-synced writes fail), #22191 and #22570 (17.3: distributed jobs and
// ContentCacheRefresher write); fixed in 17.3-RC and 17.4.0 (PRs #22145, #22208, #22572).
const r79: Rule = {
	id: 'R79',
	severity: 'error',
	bands: bandsWhere((band) => band.readOnlyDatabase === 'fails-at-boot' || band.readOnlyDatabase === 'throws-in-jobs'),
	summary: 'Umbraco 17 before 17.4 cannot run on a read-only database, even as a pinned Subscriber.',
	why: 'Umbraco 17 keeps the last-synced position in the database and runs distributed jobs on every server. On 17.0–17.2 a Subscriber with a read-only database fails writing its last-synced position and stops working; 17.3 fixed that, but distributed jobs and the content cache refresher still write and throw. 17.4 detects a read-only database and skips those writes.',
	fix: 'Upgrade to 17.4 or later, or give the server a login that can write.',
	sources: ['ISSUE-21783', 'ISSUE-22191', 'ISSUE-22570', 'PR-22572'],
	certainty: 'documented',
	lesson: 'pinning-server-roles',
	check({ plan, band }) {
		const stage = band.readOnlyDatabase === 'fails-at-boot' ? 'stops working once it tries to record its last-synced position' : 'throws when distributed jobs and the content cache refresher write';
		return plan.servers
			.filter((s) => s.database !== 'read-write')
			.map((s) => ({ servers: [s.id], path: `${serverPath(plan, s)}.database`, message: `${s.name} has a read-only database; on ${plan.umbraco} it ${stage}. Upgrade to 17.4 or later.` }));
	},
};

/** R15–R18 and R79. */
export const rolesRules: readonly Rule[] = [r15, r16, r17, r18, r79];
