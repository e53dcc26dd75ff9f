/**
 * R15–R18: server roles in flexible load balancing (7.3+). One scheduling server
 * (Master / SchedulingPublisher), front-ends pinned as Slave / Replica / Subscriber.
 * Traditional load balancing (below 7.3) has no roles: the first distributedCall entry is the master.
 */
import { isBackofficeLoadBalanced, isBehindLoadBalancer, isMultiServer } from '../../plan/queries';
import type { Plan, Server } from '../../plan/schema';
import { bandsBetween, flexibleBands } from '../band-sets';
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

// [V7-FLEX] [D13-README] [SRC-SCHEDPUB]; DERIVED. v17 runs scheduled publishing as a distributed job.
const r17: Rule = {
	id: 'R17',
	severity: 'warning',
	bands: bandsBetween('v7.3+', 'v14-16'),
	summary: 'Every server is pinned as a subscriber, so no server runs scheduled publishing and scheduled tasks.',
	why: 'Only the scheduling server runs scheduled publishing and scheduled tasks; pinned subscribers never take part in an election, so nobody runs them. DERIVED from the docs. (In v17 scheduled publishing became a distributed job, so the rule stops there.)',
	fix: 'Pin the admin server as the scheduling server.',
	sources: ['V7-FLEX', 'D13-README', 'SRC-SCHEDPUB'],
	certainty: 'derived',
	lesson: 'pinning-server-roles',
	check({ plan, band }) {
		if (!plan.servers.every((s) => s.role === 'subscriber')) return [];
		return [{ servers: plan.servers.map((s) => s.id), path: 'servers', message: `${nameList(plan.servers)} are all pinned as ${subscriberName(band)}; no server is ${publisherName(band)}.` }];
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

/** R15–R18. */
export const rolesRules: readonly Rule[] = [r15, r16, r17, r18];
