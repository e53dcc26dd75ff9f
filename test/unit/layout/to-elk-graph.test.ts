import { describe, expect, test } from 'vitest';
import { bottomLayerOptions, groupOptions, layeredDown } from '../../../src/layout/options';
import { toElkGraph, type DiagramElkNode } from '../../../src/layout/to-elk-graph';
import { makePlan } from '../../helpers/plans';
import { v13AzureScaledPlan, v17LoadBalancedPlan } from './plans';

const server = (id: string, label: string, sublabel: string): DiagramElkNode => ({ id: `server:${id}`, width: 240, height: 52, diagram: { kind: 'server', label, sublabel } });
const resource = (id: string, kind: 'database' | 'storage' | 'cache' | 'keys', label: string, sublabel: string): DiagramElkNode => ({
	id,
	width: 220,
	height: 52,
	diagram: { kind, label, sublabel },
	layoutOptions: bottomLayerOptions,
});
const edge = (from: string, to: string) => ({ id: `${from}->${to}`, sources: [from], targets: [to] });
const ids = (nodes: readonly DiagramElkNode[] = []) => nodes.map((n) => n.id);
const edgeIds = (plan = makePlan()) => toElkGraph(plan).edges.map((e) => e.id);

describe('toElkGraph', () => {
	test('maps the classic v13 plan to visitors, load balancer, group, editors, backoffice and shared resources', () => {
		expect(toElkGraph(makePlan())).toEqual({
			id: 'diagram',
			layoutOptions: layeredDown,
			children: [
				{ id: 'visitors', width: 140, height: 40, diagram: { kind: 'visitors', label: 'Visitors' } },
				{ id: 'load-balancer', width: 240, height: 52, diagram: { kind: 'load-balancer', label: 'Load balancer', sublabel: 'www.example.com' } },
				{
					id: 'behind-load-balancer',
					diagram: { kind: 'group', label: 'Behind the load balancer', sublabel: 'no sticky sessions' },
					layoutOptions: groupOptions,
					children: [server('web-1', 'Web 1', 'Subscriber'), server('web-2', 'Web 2', 'Subscriber')],
				},
				{ id: 'editors', width: 140, height: 40, diagram: { kind: 'visitors', label: 'Editors' } },
				server('admin', 'Admin', 'SchedulingPublisher'),
				resource('database', 'database', 'SQL Server', 'Umbraco database'),
				resource('files', 'storage', 'DFS replication', 'files synced between servers'),
				resource('cache', 'cache', 'SQL Server cache', 'distributed cache'),
			],
			edges: [
				edge('visitors', 'load-balancer'),
				edge('load-balancer', 'server:web-1'),
				edge('load-balancer', 'server:web-2'),
				edge('editors', 'server:admin'),
				edge('server:admin', 'database'),
				edge('server:admin', 'files'),
				edge('server:admin', 'cache'),
				edge('server:web-1', 'database'),
				edge('server:web-1', 'files'),
				edge('server:web-1', 'cache'),
				edge('server:web-2', 'database'),
				edge('server:web-2', 'files'),
				edge('server:web-2', 'cache'),
			],
		});
	});

	test('lays out the whole hierarchy in one pass, top-down, with pinned ordering', () => {
		expect(layeredDown).toMatchObject({
			'elk.algorithm': 'layered',
			'elk.direction': 'DOWN',
			'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
			'elk.randomSeed': '1',
			'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
		});
	});

	test('puts v17 load-balanced backoffice nodes in the group, sends editors through the load balancer and adds the backplane', () => {
		const graph = toElkGraph(v17LoadBalancedPlan());
		const group = graph.children.find((n) => n.id === 'behind-load-balancer');
		expect(ids(group?.children)).toEqual(['server:node-1', 'server:node-2', 'server:node-3']);
		expect(ids(graph.children)).toEqual(['visitors', 'load-balancer', 'behind-load-balancer', 'editors', 'database', 'files', 'media', 'cache', 'signalr', 'keys']);
		expect(edgeIds(v17LoadBalancedPlan())).toContain('editors->load-balancer');
		expect(edgeIds(v17LoadBalancedPlan()).filter((id) => id.endsWith('->signalr'))).toEqual(['server:node-1->signalr', 'server:node-2->signalr', 'server:node-3->signalr']);
		expect(graph.children.find((n) => n.id === 'keys')).toEqual(resource('keys', 'keys', 'Key ring in Redis', 'Data Protection keys'));
		expect(group?.children?.[0]?.diagram).toEqual({ kind: 'server', label: 'Node 1', sublabel: 'elected role' });
	});

	test('labels a scaled-out server with its instance count and names Azure storage and blob media', () => {
		const graph = toElkGraph(v13AzureScaledPlan());
		const web = graph.children.flatMap((n) => [n, ...(n.children ?? [])]).find((n) => n.id === 'server:web');
		expect(web?.diagram.sublabel).toBe('Subscriber · × 4 instances');
		const labels = Object.fromEntries(graph.children.map((n) => [n.id, n.diagram.label]));
		expect(labels).toMatchObject({ 'load-balancer': 'Azure Front Door', database: 'Azure SQL Database', files: 'Azure App Service storage', media: 'Blob storage' });
	});

	test.each([
		['8.18.8', 'Master', 'Replica'],
		['7.15.10', 'Master', 'Slave'],
		['13.5.2', 'SchedulingPublisher', 'Subscriber'],
	])('uses v%s official role names (%s / %s)', (umbraco, publisher, subscriber) => {
		const graph = toElkGraph(makePlan({ umbraco }));
		const admin = graph.children.find((n) => n.id === 'server:admin');
		const web = graph.children.find((n) => n.id === 'behind-load-balancer')?.children?.[0];
		expect([admin?.diagram.sublabel, web?.diagram.sublabel]).toEqual([publisher, subscriber]);
	});

	test.each([
		[{ files: { strategy: 'standalone' } }, 'files'],
		[{ files: { media: 'site-folder' } }, 'media'],
		[{ umbraco: '8.18.8', sessions: { used: false } }, 'cache'],
		[{ sessions: { store: 'none' } }, 'cache'],
		[{ umbraco: '17.6.0', backoffice: { mode: 'load-balanced', signalR: 'none' } }, 'signalr'],
		[{ keys: { store: 'config' } }, 'keys'],
		[{ umbraco: '8.18.8', keys: { store: 'config' } }, 'keys'],
	] as const)('leaves out a resource the plan does not have (%j → no %s)', (patch, id) => {
		expect(ids(toElkGraph(makePlan(patch)).children)).not.toContain(id);
	});

	test.each([
		['13.5.2', 'file-share', 'Key ring on a file share', 'Data Protection keys'],
		['13.5.2', 'azure-blob', 'Key ring in Azure Blob', 'Data Protection keys'],
		['17.6.0', 'redis', 'Key ring in Redis', 'Data Protection keys'],
		['10.8.0', 'database', 'Key ring in the database', 'Data Protection keys'],
		['13.5.2', 'other', 'Key ring store', 'Data Protection keys'],
		['8.18.8', 'file-share', 'Shared machine key store', 'machine key'],
		['7.15.10', 'database', 'Shared machine key store', 'machine key'],
	] as const)('draws v%s keys kept in %s as "%s" (%s), after the other resources and read by every server', (umbraco, store, label, sublabel) => {
		const graph = toElkGraph(makePlan({ umbraco, keys: { store } }));
		expect(graph.children.at(-1)).toEqual(resource('keys', 'keys', label, sublabel));
		expect(graph.edges.filter((e) => e.targets.includes('keys')).map((e) => e.sources[0])).toEqual(['server:admin', 'server:web-1', 'server:web-2']);
	});

	test('prefixes server ids so a server named like a fixed box cannot clash', () => {
		const plan = makePlan({ servers: [{ id: 'database', name: 'DB box?', host: 'h', kind: 'frontend' }] });
		expect(ids(toElkGraph(plan).children.find((n) => n.id === 'behind-load-balancer')?.children)).toEqual(['server:database']);
	});

	test('leaves out the group and editors when no server is behind the load balancer or serves the backoffice', () => {
		const plan = makePlan({ servers: [{ id: 'solo', name: 'Solo', host: 'h', kind: 'frontend', behindLoadBalancer: false }] });
		expect(ids(toElkGraph(plan).children)).toEqual(['visitors', 'load-balancer', 'server:solo', 'database', 'files', 'cache']);
	});
});
