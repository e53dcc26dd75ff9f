/**
 * Fixes for the server-role findings (R02 roles, R15–R18): pin the roles as the docs
 * recommend, one scheduling server and subscribers for the rest. Labels use the version's
 * official role names.
 */
import { setRoles, type ServerRole } from '../plan/edit-servers';
import { isBackofficeLoadBalanced, isBehindLoadBalancer } from '../plan/queries';
import type { Server } from '../plan/schema';
import type { VersionBand } from '../versions/bands';
import { officialRoleName } from '../versions/catalogue';
import type { Fix, Fixer } from './fix-context';
import { nameList, publisherName } from './helpers';

/** The `ServerRole` value a pinned scheduling server returns (Master, Primary from 8.10, SchedulingPublisher). */
const publisher = (band: VersionBand): string => publisherName(band);
const subscriber = (band: VersionBand): string => officialRoleName(band, 'subscriber');

/** A server that can be the one scheduling server: one instance, read-write database; backoffice servers first. */
function publisherCandidate(servers: readonly Server[]): Server | undefined {
	const able = servers.filter((s) => s.instances === 1 && s.database === 'read-write');
	return able.find((s) => s.kind === 'backoffice') ?? able[0];
}

const isScheduler = (s: Server): boolean => s.role === 'publisher' || s.role === 'single';

function pin(label: string, chosen: Server | undefined, subscribers: readonly Server[]): Fix {
	const roles: Record<string, ServerRole> = Object.fromEntries(subscribers.map((s) => [s.id, 'subscriber']));
	if (chosen) roles[chosen.id] = 'publisher';
	return { label, apply: (draft) => setRoles(draft, roles) };
}

/** R15: pin every elected server; the first able backoffice server becomes the scheduling server if there is none. */
const r15: Fixer = ({ plan, band }) => {
	const lbNode = (s: Server) => isBackofficeLoadBalanced(plan) && isBehindLoadBalancer(s);
	const elected = plan.servers.filter((s) => s.role === 'elected' && !lbNode(s));
	const chosen = plan.servers.some(isScheduler) ? undefined : publisherCandidate(elected);
	if (elected.length === 0 || (!chosen && !plan.servers.some(isScheduler))) return undefined;
	const others = elected.filter((s) => s !== chosen);
	if (!chosen) return pin(`Pin ${nameList(others)} as ${subscriber(band)}`, undefined, others);
	const rest = others.length > 0 ? ` and the others as ${subscriber(band)}` : '';
	return pin(`Pin ${chosen.name} as ${publisher(band)}${rest}`, chosen, others);
};

/** R16: keep one single-instance scheduling server, pin the other schedulers as subscribers. */
const r16: Fixer = ({ plan, band }) => {
	const schedulers = plan.servers.filter(isScheduler);
	const chosen = publisherCandidate(schedulers) ?? publisherCandidate(plan.servers.filter((s) => !isScheduler(s)));
	if (!chosen) return undefined;
	const demoted = schedulers.filter((s) => s !== chosen);
	const verb = chosen.role === 'publisher' ? 'Keep' : 'Pin';
	return pin(`${verb} ${chosen.name} as ${publisher(band)} and pin ${nameList(demoted)} as ${subscriber(band)}`, chosen, demoted);
};

/** R17: every server is a subscriber; pin the admin server as the scheduling server. */
const r17: Fixer = ({ plan, band }) => {
	const chosen = publisherCandidate(plan.servers);
	return chosen && pin(`Pin ${chosen.name} as ${publisher(band)}`, chosen, []);
};

/** R18: a read-only server is pinned as a subscriber. */
const r18: Fixer = ({ server, band }) => server && pin(`Pin ${server.name} as ${subscriber(band)}`, undefined, [server]);

/** R02 roles: every node behind the load balancer of a load-balanced backoffice is pinned as SchedulingPublisher. */
export const pinLoadBalancedNodes: Fixer = ({ plan, band }) => {
	const nodes = plan.servers.filter((s) => isBehindLoadBalancer(s) && s.role !== 'publisher');
	if (nodes.length === 0) return undefined;
	const roles: Record<string, ServerRole> = Object.fromEntries(nodes.map((s) => [s.id, 'publisher']));
	return { label: `Pin ${nameList(nodes)} as ${publisher(band)}`, apply: (draft) => setRoles(draft, roles) };
};

/** Fixers of the role rules, by rule id. */
export const roleFixers: Readonly<Record<string, Fixer>> = { R15: r15, R16: r16, R17: r17, R18: r18 };
