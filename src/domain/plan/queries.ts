/** Questions about a plan that rules, generators and the diagram all ask. */
import type { Plan, Server } from './schema';

/** Front-ends sit behind the load balancer unless told otherwise; backoffice servers do not. */
export const defaultBehindLoadBalancer = (kind: Server['kind']): boolean => kind === 'frontend';

/** Whether the server sits behind the load balancer; also answers for a server of a draft. */
export function isBehindLoadBalancer(server: Pick<Server, 'behindLoadBalancer' | 'kind'>): boolean {
	return server.behindLoadBalancer ?? defaultBehindLoadBalancer(server.kind);
}

/** Servers editors use. */
export function backofficeServers(plan: Plan): Server[] {
	return plan.servers.filter((s) => s.kind === 'backoffice');
}

/** Servers that serve the public site. */
export function frontEndServers(plan: Plan): Server[] {
	return plan.servers.filter((s) => s.kind === 'frontend');
}

/** Total running instances across all servers. */
export function instanceCount(plan: Plan): number {
	return plan.servers.reduce((n, s) => n + s.instances, 0);
}

/** More than one instance shares the database: the plan is a load-balanced farm. */
export function isMultiServer(plan: Plan): boolean {
	return instanceCount(plan) > 1;
}

/** The v17 mode where every node behind the load balancer serves the backoffice. */
export function isBackofficeLoadBalanced(plan: Plan): boolean {
	return plan.backoffice.mode === 'load-balanced';
}

/**
 * The server that should run once-per-cluster work (scheduling, unattended upgrades,
 * Engage processing): the first pinned publisher, else the first backoffice server,
 * else the first server.
 */
export function mainServer(plan: Plan): Server {
	return (
		plan.servers.find((s) => s.role === 'publisher') ??
		plan.servers.find((s) => s.kind === 'backoffice') ??
		plan.servers[0]!
	);
}

/** Whether the server runs as more than one instance (scale-out). */
export function isScaledOut(server: Server): boolean {
	return server.instances > 1;
}

/**
 * Whether the servers write logs into one folder: the plan says so, or they run one copy of the site
 * from a central share, whose default log folder (`~/App_Data/Logs`, `~/umbraco/Logs`) is then on the
 * share too [V7-SHARED] [V7-LOG].
 */
export function sharesLogFolder(plan: Pick<Plan, 'logging' | 'files'>): boolean {
	return plan.logging.sharedDirectory || plan.files.strategy === 'central-share';
}

/**
 * The servers' operating system: IIS runs on Windows whatever the plan says (R86 names the
 * contradiction); containers and App Service as the plan states, else their usual defaults,
 * Linux containers and Windows App Service.
 */
export function operatingSystem(plan: Pick<Plan, 'hosting' | 'platform'>): 'windows' | 'linux' {
	if (plan.hosting === 'iis') return 'windows';
	return plan.platform?.os ?? (plan.hosting === 'containers' ? 'linux' : 'windows');
}
