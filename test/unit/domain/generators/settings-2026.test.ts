/**
 * What a plan states for 17.4–18.3 reaches the files, where the version has the key:
 * ApplicationUrlDetection [D17-WEBROUTING], ClientShouldSkipNegotiation [PR-22700],
 * Hosting:Debug false behind a load-balanced backoffice [ISSUE-21568], the scheduled-publishing
 * period [PR-23127] and the distributed-jobs timings [D17-DISTJOBS]. Read from the generated
 * appsettings (and the environment forms, which carry the same entries).
 */
import { describe, expect, test } from 'vitest';
import { makePlan } from '../../../helpers/plans';
import { appSettings, azureSettings } from './helpers';

const lbBackoffice = (umbraco: string, signalR: 'sql-server' | 'redis' | 'azure-signalr', extra: Record<string, unknown> = {}) =>
	makePlan({
		umbraco,
		servers: [
			{ id: 'node-1', name: 'Node 1', host: 'node1.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
			{ id: 'node-2', name: 'Node 2', host: 'node2.internal', kind: 'backoffice', role: 'publisher', behindLoadBalancer: true },
		],
		backoffice: { mode: 'load-balanced', signalR, isolatedCaches: true, skipNegotiation: true },
		...extra,
	});

describe('a load-balanced backoffice', () => {
	test('17.5+: every node skips negotiation with a SQL Server or Redis backplane', () => {
		for (const signalR of ['sql-server', 'redis'] as const) {
			const plan = lbBackoffice('17.8.1', signalR);
			for (const id of ['node-1', 'node-2']) expect(appSettings(plan, id)['Umbraco:CMS:SignalR:ClientShouldSkipNegotiation']).toBe(true);
		}
	});

	test('never with Azure SignalR Service, and not before 17.5 (no such key)', () => {
		expect(appSettings(lbBackoffice('17.8.1', 'azure-signalr'), 'node-1')).not.toHaveProperty(['Umbraco:CMS:SignalR:ClientShouldSkipNegotiation']);
		expect(appSettings(lbBackoffice('17.4.2', 'redis'), 'node-1')).not.toHaveProperty(['Umbraco:CMS:SignalR:ClientShouldSkipNegotiation']);
	});

	test('Hosting:Debug is written false on every node, whatever the plan says the server runs with now', () => {
		const plan = lbBackoffice('17.8.1', 'redis');
		const debugOn = { ...plan, servers: plan.servers.map((s) => ({ ...s, settings: { ...s.settings, hostingDebug: true } })) };
		for (const id of ['node-1', 'node-2']) expect(appSettings(debugOn, id)['Umbraco:CMS:Hosting:Debug']).toBe(false);
		expect(appSettings(makePlan({ umbraco: '17.8.1' }), 'admin')).not.toHaveProperty(['Umbraco:CMS:Hosting:Debug']);
	});
});

describe('web routing, scheduled publishing and distributed jobs', () => {
	test('ApplicationUrlDetection as stated, from 17.4; nothing before', () => {
		const plan = (umbraco: string) => makePlan({ umbraco, applicationUrl: undefined, webRouting: { applicationUrlDetection: 'first-request' } });
		expect(appSettings(plan('17.4.2'), 'web-1')['Umbraco:CMS:WebRouting:ApplicationUrlDetection']).toBe('FirstRequest');
		expect(appSettings(plan('17.3.0'), 'web-1')).not.toHaveProperty(['Umbraco:CMS:WebRouting:ApplicationUrlDetection']);
	});

	test('the scheduled-publishing period as a TimeSpan and AlignToClock, from 17.6 and 18.1', () => {
		const plan = (umbraco: string) => makePlan({ umbraco, scheduledPublishing: { periodSeconds: 300, alignToClock: true } });
		for (const umbraco of ['17.6.0', '18.1.0']) {
			expect(appSettings(plan(umbraco), 'admin')).toMatchObject({ 'Umbraco:CMS:ScheduledPublishing:Period': '00:05:00', 'Umbraco:CMS:ScheduledPublishing:AlignToClock': true });
		}
		for (const umbraco of ['17.5.0', '18.0.0']) expect(appSettings(plan(umbraco), 'admin')).not.toHaveProperty(['Umbraco:CMS:ScheduledPublishing:Period']);
	});

	test('distributed-job timings on v17, MaximumExecutionTime from 17.1; the App Service form carries the same', () => {
		const jobs = { periodSeconds: 10, delaySeconds: 120, maximumExecutionSeconds: 600 };
		expect(appSettings(makePlan({ umbraco: '17.8.1', distributedJobs: jobs }), 'web-1')).toMatchObject({
			'Umbraco:CMS:DistributedJobs:Period': '00:00:10',
			'Umbraco:CMS:DistributedJobs:Delay': '00:02:00',
			'Umbraco:CMS:DistributedJobs:MaximumExecutionTime': '00:10:00',
		});
		expect(appSettings(makePlan({ umbraco: '17.0.0', distributedJobs: jobs }), 'web-1')).not.toHaveProperty(['Umbraco:CMS:DistributedJobs:MaximumExecutionTime']);
		expect(appSettings(makePlan({ umbraco: '16.3.0', distributedJobs: jobs }), 'web-1')).not.toHaveProperty(['Umbraco:CMS:DistributedJobs:Period']);
		const azure = makePlan({ umbraco: '17.8.1', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' }, distributedJobs: jobs });
		expect(azureSettings(azure, 'web-1')['UMBRACO__CMS__DistributedJobs__Period']).toBe('00:00:10');
	});
});
