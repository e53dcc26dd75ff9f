/**
 * Fixes for where the backoffice runs and how traffic reaches it (R01–R04, R07, R39) and for
 * the sticky sessions Engage needs (R57, R62).
 */
import { setBehindLoadBalancer } from '../plan/edit-servers';
import { setSessionStore, setSignalR, setStickySessions, type SignalRBackplane } from '../plan/edit-parts';
import type { Plan } from '../plan/schema';
import { fieldFix, lastKey, serverFix, type Fix, type Fixer } from './fix-context';
import { pinLoadBalancedNodes } from './fix-roles';

const stickyCookie: Fix = { label: 'Turn on cookie sticky sessions', apply: (draft) => setStickySessions(draft, 'cookie') };

const signalRNames: Record<SignalRBackplane, string> = { none: 'no', 'sql-server': 'a SQL Server', redis: 'a Redis', 'azure-signalr': 'an Azure SignalR Service' };

function backplane(value: SignalRBackplane): Fix {
	const label = value === 'azure-signalr' ? 'Use Azure SignalR Service' : `Add ${signalRNames[value]} SignalR backplane`;
	return { label, apply: (draft) => setSignalR(draft, value) };
}

/** The backplane that fits what the plan already runs: Redis if it has Redis, Azure SignalR on Azure, else SQL Server. */
function suitableBackplane(plan: Plan): SignalRBackplane {
	if (plan.sessions.store === 'redis' || plan.keys.store === 'redis') return 'redis';
	return plan.hosting === 'azure-web-apps' ? 'azure-signalr' : 'sql-server';
}

const distributedCache: Fix = { label: 'Add a SQL Server distributed cache', apply: (draft) => setSessionStore(draft, 'sql-server') };

/** R01: one backoffice instance, outside the load balancer, in dedicated mode. */
const r01: Fixer = ({ path, server }) => {
	if (path === 'backoffice.mode') return fieldFix('Use a dedicated backoffice server', ['backoffice', 'mode'], undefined);
	if (!server || !path.startsWith('servers[')) return undefined;
	if (lastKey(path) === 'instances') return serverFix(`Run ${server.name} as one instance`, server.id, ['instances'], undefined);
	if (lastKey(path) === 'behindLoadBalancer') return { label: `Take ${server.name} out of the load balancer`, apply: (draft) => setBehindLoadBalancer(draft, server.id, false) };
	return undefined;
};

/** R02: the load-balanced backoffice mode and what it needs. */
const r02: Fixer = (context) => {
	if (context.path === 'backoffice.mode') return fieldFix('Load-balance the backoffice', ['backoffice', 'mode'], 'load-balanced');
	if (context.path === 'backoffice.isolatedCaches') return fieldFix('Call LoadBalanceIsolatedCaches()', ['backoffice', 'isolatedCaches'], true);
	return context.path.endsWith('.role') ? pinLoadBalancedNodes(context) : undefined;
};

/**
 * R03: without affinity, keep the backplane and add affinity, or use Azure SignalR Service on
 * Azure. (Skipping negotiation is left to a person: it needs WebSockets through the load balancer.)
 */
const r03: Fixer = ({ path, plan }) => {
	if (path === 'sessions.store') return distributedCache;
	if (path !== 'backoffice.signalR') return undefined;
	return plan.backoffice.signalR === 'none' && plan.hosting === 'azure-web-apps' ? backplane('azure-signalr') : stickyCookie;
};

/** R07: no backoffice load balancing before 17. */
const r07: Fixer = ({ path }) => {
	if (path === 'backoffice.mode') return fieldFix('Use a dedicated backoffice server', ['backoffice', 'mode'], undefined);
	return path === 'backoffice.isolatedCaches' ? fieldFix('Remove LoadBalanceIsolatedCaches()', ['backoffice', 'isolatedCaches'], undefined) : undefined;
};

/** Fixers of the backoffice and sticky-session rules, by rule id. */
export const backofficeFixers: Readonly<Record<string, Fixer>> = {
	R01: r01,
	R02: r02,
	R03: r03,
	R04: ({ plan, path }) =>
		path === 'backoffice.skipNegotiation' ? fieldFix('Turn ClientShouldSkipNegotiation off', ['backoffice', 'skipNegotiation'], undefined) : backplane(suitableBackplane(plan)),
	R07: r07,
	R39: ({ server, path }) => (server && path.endsWith('.instances') ? serverFix(`Run ${server.name} as one instance`, server.id, ['instances'], undefined) : undefined),
	R57: () => stickyCookie,
	R62: () => stickyCookie,
};
