/**
 * Plans for the layout tests and the layout benchmark: one per topology the diagram must
 * draw well, plus a 50-box plan for the performance budget.
 */
import type { Plan } from '../../../src/domain/plan/schema';
import { makePlan } from '../../helpers/plans';

/** v8, dedicated backoffice (Master) + two front-ends (Replica) behind the load balancer. */
export function v8DedicatedPlan(): Plan {
	return makePlan({ name: 'v8 classic', umbraco: '8.18.8' });
}

/** v13 on Azure web apps: a backoffice app and one front-end app scaled out to 4 instances. */
export function v13AzureScaledPlan(): Plan {
	return makePlan({
		name: 'v13 Azure',
		hosting: 'azure-web-apps',
		servers: [
			{ id: 'admin', name: 'Backoffice app', host: 'admin.azurewebsites.net', kind: 'backoffice', role: 'publisher' },
			{ id: 'web', name: 'Front-end app', host: 'web.azurewebsites.net', kind: 'frontend', role: 'subscriber', instances: 4 },
		],
		loadBalancer: { publicHost: 'www.example.com', product: 'azure-front-door' },
		database: { engine: 'azure-sql' },
		files: { strategy: 'azure-web-apps', media: 'blob' },
	});
}

/** v17 load-balanced backoffice: three nodes behind the load balancer, Redis cache, backplane and key ring. */
export function v17LoadBalancedPlan(): Plan {
	const node = (n: number) => ({ id: `node-${n}`, name: `Node ${n}`, host: `node${n}.internal`, kind: 'backoffice', role: 'elected', behindLoadBalancer: true }) as const;
	return makePlan({
		name: 'v17 load-balanced backoffice',
		umbraco: '17.6.0',
		servers: [node(1), node(2), node(3)],
		loadBalancer: { publicHost: 'www.example.com', stickySessions: 'cookie' },
		files: { strategy: 'central-share', media: 'unc' },
		sessions: { store: 'redis' },
		backoffice: { mode: 'load-balanced', signalR: 'redis' },
		keys: { store: 'redis' },
	});
}

/**
 * A v13 plan that draws exactly 50 boxes: visitors, editors, load balancer, group, the
 * backoffice server, 41 front-ends, database, DFS replication, blob media and Redis.
 */
export function fiftyBoxPlan(): Plan {
	const frontEnds = Array.from({ length: 41 }, (_, i) => ({ id: `web-${i + 1}`, name: `Web ${i + 1}`, host: `web${i + 1}.internal`, kind: 'frontend', role: 'subscriber' }) as const);
	return makePlan({
		name: 'Fifty boxes',
		servers: [{ id: 'admin', name: 'Admin', host: 'admin.internal', kind: 'backoffice', role: 'publisher' }, ...frontEnds],
		files: { strategy: 'replication', media: 'blob' },
		sessions: { store: 'redis' },
	});
}
