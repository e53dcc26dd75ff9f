/**
 * R03–R04: how backoffice notifications (SignalR) reach every node of a load-balanced
 * backoffice. Three ways work: sticky sessions with any backplane; Azure SignalR Service with
 * a distributed cache; and from 17.5 (18.0) a SQL Server or Redis backplane with
 * `ClientShouldSkipNegotiation`, which makes the hubs WebSockets-only. The docs describe the
 * first two [D17-LBBO] [D17-SIGNALR]; the third comes from the code (PR #22700) and the
 * setting's own remarks: never with Azure SignalR Service [SRC-SIGNALRSET].
 */
import { isBackofficeLoadBalanced } from '../../plan/queries';
import type { Plan } from '../../plan/schema';
import type { VersionBand } from '../../versions/bands';
import { v17Bands } from '../band-sets';
import type { Rule, RuleHit } from '../types';

const backplaneNames = { 'sql-server': 'SQL Server', redis: 'Redis' } as const;

/** The skip-negotiation setting as a reader writes it, with the version it needs. */
const skipSetting = '`Umbraco:CMS:SignalR:ClientShouldSkipNegotiation` = `true`';

/** Whether the plan uses the skip-negotiation path and the version has it. */
const skipsNegotiation = (plan: Plan, band: VersionBand): boolean => plan.backoffice.skipNegotiation === true && band.skipNegotiationSetting !== null;

/** What a backplane without affinity lacks, or undefined when it works. */
function statelessProblem(plan: Plan, band: VersionBand): string | undefined {
	const { signalR } = plan.backoffice;
	if (signalR === 'azure-signalr') return undefined;
	const third = band.skipNegotiationSetting
		? `, or keep a SQL Server or Redis backplane and set ${skipSetting}`
		: '; from 17.5 (18.0) a SQL Server or Redis backplane also works with `ClientShouldSkipNegotiation`';
	if (signalR === 'none') return `No sticky sessions and no SignalR backplane: enable sticky sessions (with any backplane) or use Azure SignalR Service${third}.`;
	if (skipsNegotiation(plan, band)) return undefined;
	const backplane = backplaneNames[signalR];
	if (plan.backoffice.skipNegotiation) {
		return `No sticky sessions with the ${backplane} backplane: \`ClientShouldSkipNegotiation\` arrived in 17.5 (18.0), so ${plan.umbraco} still negotiates and editors get "No connection with that ID" errors. Upgrade, enable sticky sessions or use Azure SignalR Service.`;
	}
	return `No sticky sessions with the ${backplane} backplane: a negotiate request and the WebSocket that follows may reach different nodes, and editors get "No connection with that ID" errors. Enable sticky sessions or use Azure SignalR Service${third}.`;
}

// [D17-LBBO] [D17-SIGNALR]; the skip-negotiation path: PR #22700, SignalRSettings.cs [SRC-SIGNALRSET].
const r03: Rule = {
	id: 'R03',
	severity: 'error',
	bands: v17Bands,
	summary: 'A load-balanced backoffice without sticky sessions needs Azure SignalR Service, or (17.5+) a SQL Server or Redis backplane with ClientShouldSkipNegotiation, plus a distributed cache.',
	why: 'Without session affinity the SignalR negotiate request and the connection that follows can land on different nodes, which gives intermittent "No connection with that ID" errors. The docs offer Azure SignalR Service (it keeps the connections) with an IDistributedCache for session state. From 17.5 and 18.0, ClientShouldSkipNegotiation makes the hubs WebSockets-only so the client skips negotiation, and a SQL Server or Redis backplane then works without affinity; the docs do not describe this yet.',
	fix: 'Enable sticky sessions (any backplane then works); or use Azure SignalR Service (Microsoft.Azure.SignalR, Azure:SignalR:ConnectionString, AddSignalR().AddAzureSignalR()) with an IDistributedCache; or on 17.5+ (18.0+) set Umbraco:CMS:SignalR:ClientShouldSkipNegotiation to true with a SQL Server or Redis backplane, and let WebSockets through the load balancer.',
	sources: ['D17-LBBO', 'D17-SIGNALR', 'PR-22700', 'SRC-SIGNALRSET'],
	certainty: 'documented',
	lesson: 'signalr-and-sticky-sessions',
	check({ plan, band }) {
		if (!isBackofficeLoadBalanced(plan) || plan.loadBalancer.stickySessions !== 'none') return [];
		const hits: RuleHit[] = [];
		const problem = statelessProblem(plan, band);
		if (problem) hits.push({ path: 'backoffice.signalR', message: problem });
		if (plan.sessions.store === 'none') {
			hits.push({ path: 'sessions.store', message: 'A load-balanced backoffice without sticky sessions needs an IDistributedCache for session state.' });
		}
		return hits;
	},
};

// [D17-LBBO]: sticky sessions work with any backplane (DERIVED that "none" is not one);
// SignalRSettings.cs: skip negotiation "must not be used with Azure SignalR Service" [SRC-SIGNALRSET];
// the service redirects clients in its negotiate answer (Azure/azure-signalr docs/tsg.md, "404 returned").
const r04: Rule = {
	id: 'R04',
	severity: 'error',
	bands: v17Bands,
	summary: 'A load-balanced backoffice needs a SignalR backplane, and ClientShouldSkipNegotiation must not be combined with Azure SignalR Service.',
	why: 'The docs pair sticky sessions with "any" backplane (SQL Server, Redis, Azure SignalR Service); without one, a notification raised on one node never reaches editors connected to another (that no backplane is invalid is DERIVED). Azure SignalR Service answers the negotiate request with a redirect to itself, so a client that skips negotiation never reaches it; Umbraco\'s SignalR settings say the switch must not be used with it.',
	fix: 'Add a SignalR backplane: SQL Server (IntelliTect.AspNetCore.SignalR.SqlServer, AddSignalR().AddSqlServer(...)), Redis, or Azure SignalR Service. With Azure SignalR Service leave Umbraco:CMS:SignalR:ClientShouldSkipNegotiation false.',
	sources: ['D17-LBBO', 'SRC-SIGNALRSET', 'PR-22700'],
	certainty: 'derived',
	lesson: 'signalr-and-sticky-sessions',
	check({ plan, band }) {
		if (!isBackofficeLoadBalanced(plan)) return [];
		const hits: RuleHit[] = [];
		if (plan.loadBalancer.stickySessions !== 'none' && plan.backoffice.signalR === 'none') {
			hits.push({ path: 'backoffice.signalR', message: 'Sticky sessions, but no SignalR backplane: notifications raised on one node never reach editors on the others.' });
		}
		if (plan.backoffice.signalR === 'azure-signalr' && skipsNegotiation(plan, band)) {
			hits.push({ path: 'backoffice.skipNegotiation', message: '`ClientShouldSkipNegotiation` is on with Azure SignalR Service: clients skip the negotiate request that sends them to the service and cannot connect. Turn it off.' });
		}
		return hits;
	},
};

/** R03–R04. */
export const signalRRules: readonly Rule[] = [r03, r04];
