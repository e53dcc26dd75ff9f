import { describe } from 'vitest';
import { signalRRules } from '../../../../src/domain/rules/groups/signalr';
import { makePlan } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, lbBackofficePlan, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

/** The load-balanced backoffice without affinity, on `umbraco`, with a backplane and the skip switch. */
const stateless = (umbraco: string, signalR: 'none' | 'sql-server' | 'redis' | 'azure-signalr', skipNegotiation?: boolean) =>
	lbBackofficePlan({ umbraco, loadBalancer: { stickySessions: 'none' }, backoffice: { signalR, ...(skipNegotiation === undefined ? {} : { skipNegotiation }) } });

describe('SignalR rules: clean plans', () => {
	expectIds(signalRRules, ['R03', 'R04']);
	expectNoProblems(signalRRules, [
		...cleanPlans,
		{ name: 'load-balanced backoffice at 17.6.0', plan: lbBackofficePlan() },
		{ name: 'skip negotiation with Redis at 17.8.1', plan: stateless('17.8.1', 'redis', true) },
		...presetPlans,
	]);
});

ruleTable(signalRRules, 'R03', {
	fires: [
		{ name: '17.6.0: no sticky sessions, Redis backplane', plan: stateless('17.6.0', 'redis'), hits: [{ path: 'backoffice.signalR', contains: ['Redis', 'No connection with that ID', 'ClientShouldSkipNegotiation'] }] },
		{ name: '17.4.2: SQL Server backplane (no skip switch yet)', plan: stateless('17.4.2', 'sql-server'), hits: [{ path: 'backoffice.signalR', contains: ['SQL Server', 'from 17.5 (18.0)'] }] },
		{ name: '17.4.2: skip switch set but not there yet', plan: stateless('17.4.2', 'redis', true), hits: [{ path: 'backoffice.signalR', contains: ['arrived in 17.5 (18.0)', '17.4.2'] }] },
		{ name: '17.2.0: no backplane', plan: stateless('17.2.0', 'none'), hits: [{ path: 'backoffice.signalR', contains: ['no SignalR backplane'] }] },
		{ name: '18.3.1: no backplane', plan: stateless('18.3.1', 'none'), hits: [{ path: 'backoffice.signalR', contains: ['no SignalR backplane', 'ClientShouldSkipNegotiation'] }] },
		{
			name: '17.6.0: Azure SignalR Service but no distributed cache',
			plan: lbBackofficePlan({ loadBalancer: { stickySessions: 'none' }, backoffice: { signalR: 'azure-signalr' }, sessions: { store: 'none' } }),
			hits: [{ path: 'sessions.store', contains: ['IDistributedCache'] }],
		},
		{
			name: '17.6.0: no backplane, no distributed cache',
			plan: lbBackofficePlan({ loadBalancer: { stickySessions: 'none' }, backoffice: { signalR: 'none' }, sessions: { store: 'none' } }),
			hits: [{ path: 'backoffice.signalR', contains: ['no SignalR backplane'] }, { path: 'sessions.store' }],
		},
		{
			name: '17.5.0: skip negotiation with Redis, but no distributed cache',
			plan: lbBackofficePlan({ umbraco: '17.5.0', loadBalancer: { stickySessions: 'none' }, backoffice: { signalR: 'redis', skipNegotiation: true }, sessions: { store: 'none' } }),
			hits: [{ path: 'sessions.store' }],
		},
	],
	quiet: [
		{ name: '17.6.0: stateless with Azure SignalR Service and a distributed cache', plan: stateless('17.6.0', 'azure-signalr') },
		{ name: '17.5.0: SQL Server backplane with skip negotiation', plan: stateless('17.5.0', 'sql-server', true) },
		{ name: '18.0.0: Redis backplane with skip negotiation', plan: stateless('18.0.0', 'redis', true) },
		{ name: '19.0.0-beta1: Redis backplane with skip negotiation', plan: stateless('19.0.0-beta1', 'redis', true) },
		{ name: 'sticky sessions with Redis', plan: lbBackofficePlan() },
		{ name: 'dedicated backoffice without sticky sessions', plan: makePlan({ umbraco: '17.6.0', loadBalancer: { stickySessions: 'none' } }) },
	],
});

ruleTable(signalRRules, 'R04', {
	fires: [
		{ name: '17.6.0: cookie affinity, no backplane', plan: lbBackofficePlan({ backoffice: { signalR: 'none' } }), hits: [{ path: 'backoffice.signalR', contains: ['no SignalR backplane'] }] },
		{ name: '17.2.0: IP affinity, no backplane', plan: lbBackofficePlan({ umbraco: '17.2.0', loadBalancer: { stickySessions: 'ip' }, backoffice: { signalR: 'none' } }), hits: [{ path: 'backoffice.signalR' }] },
		{ name: '17.5.0: skip negotiation with Azure SignalR Service', plan: stateless('17.5.0', 'azure-signalr', true), hits: [{ path: 'backoffice.skipNegotiation', contains: ['Azure SignalR Service'] }] },
		{
			name: '18.1.0: skip negotiation with Azure SignalR Service, sticky sessions too',
			plan: lbBackofficePlan({ umbraco: '18.1.0', backoffice: { signalR: 'azure-signalr', skipNegotiation: true } }),
			hits: [{ path: 'backoffice.skipNegotiation' }],
		},
	],
	quiet: [
		{ name: 'cookie affinity with SQL Server backplane', plan: lbBackofficePlan({ backoffice: { signalR: 'sql-server' } }) },
		{ name: 'no affinity, no backplane (R03 decides)', plan: stateless('17.6.0', 'none') },
		{ name: '17.4.2: the skip switch with Azure SignalR Service does not exist yet', plan: stateless('17.4.2', 'azure-signalr', true) },
		{ name: 'dedicated backoffice, cookie affinity, no backplane', plan: makePlan({ umbraco: '17.6.0', loadBalancer: { stickySessions: 'cookie' } }) },
	],
});
