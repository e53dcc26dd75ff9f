import { beforeAll, describe, expect, test } from 'vitest';
import type { Plan } from '../../../src/domain/plan/schema';
import { isBehindLoadBalancer } from '../../../src/domain/plan/queries';
import { layoutPlan, serverNodeId, type LayoutResult } from '../../../src/layout';
import { makePlan } from '../../helpers/plans';
import { box, contains, coordinateProblems, edgeEndProblems, overlaps, siblingOverlaps } from './layout-checks';
import { fiftyBoxPlan, v13AzureScaledPlan, v17LoadBalancedPlan, v8DedicatedPlan } from './plans';

const cases: [name: string, plan: Plan][] = [
	['v8 dedicated backoffice + 2 front-ends', v8DedicatedPlan()],
	['v13 Azure, front-end scaled to 4 instances', v13AzureScaledPlan()],
	['v17 load-balanced backoffice, 3 nodes + Redis', v17LoadBalancedPlan()],
	['50-box plan', fiftyBoxPlan()],
];

const layouts = new Map<string, LayoutResult>();

beforeAll(async () => {
	for (const [name, plan] of cases) layouts.set(name, await layoutPlan(plan));
});

describe.each(cases)('layoutPlan: %s', (name, plan) => {
	const layout = () => layouts.get(name)!;
	const servers = () => plan.servers.map((s) => ({ server: s, box: box(layout(), serverNodeId(s.id)) }));

	test('has finite, non-negative coordinates inside the diagram', () => {
		expect(coordinateProblems(layout())).toEqual([]);
	});

	test('keeps sibling boxes apart', () => {
		expect(siblingOverlaps(layout())).toEqual([]);
	});

	test('starts and ends every edge on the borders of its boxes', () => {
		expect(layout().edges.length).toBeGreaterThan(0);
		expect(edgeEndProblems(layout())).toEqual([]);
	});

	test('puts visitors above the load balancer and the load balancer above the servers behind it', () => {
		const lb = box(layout(), 'load-balancer');
		expect(box(layout(), 'visitors').y + 40).toBeLessThanOrEqual(lb.y);
		for (const { server, box: b } of servers()) if (isBehindLoadBalancer(server)) expect(lb.y + lb.height, server.id).toBeLessThanOrEqual(b.y);
	});

	test('draws the servers behind the load balancer inside its group, the others outside', () => {
		const group = box(layout(), 'behind-load-balancer');
		for (const { server, box: b } of servers()) {
			if (isBehindLoadBalancer(server)) {
				expect(b.parent, server.id).toBe(group.id);
				expect(contains(group, b), server.id).toBe(true);
			} else {
				expect(b.parent, server.id).toBeUndefined();
				expect(overlaps(group, b), server.id).toBe(false);
			}
		}
	});

	test('puts the database and the other shared resources below every server', () => {
		const bottom = layout().boxes.filter((b) => ['database', 'storage', 'cache', 'signalr', 'keys'].includes(b.kind));
		expect(bottom.map((b) => b.id)).toContain('database');
		for (const resource of bottom) for (const { box: s } of servers()) expect(s.y + s.height, `${s.id} above ${resource.id}`).toBeLessThan(resource.y);
	});
});

describe('layoutPlan', () => {
	test('keeps the classic backoffice server outside the group, below the editors', () => {
		const layout = layouts.get(cases[0]![0])!;
		const admin = box(layout, 'server:admin');
		expect(admin.parent).toBeUndefined();
		expect(overlaps(admin, box(layout, 'behind-load-balancer'))).toBe(false);
		expect(box(layout, 'editors').y + 40).toBeLessThanOrEqual(admin.y);
	});

	test('draws a 50-box plan as 50 boxes', () => {
		expect(layouts.get('50-box plan')!.boxes).toHaveLength(50);
	});

	test('gives the same plan the same layout every time', async () => {
		const plan = v17LoadBalancedPlan();
		expect(await layoutPlan(plan)).toEqual(await layoutPlan(plan));
	});

	test('lays out a single server that is not behind the load balancer', async () => {
		const plan = makePlan({ servers: [{ id: 'solo', name: 'Solo', host: 'h', kind: 'frontend', behindLoadBalancer: false }] });
		const layout = await layoutPlan(plan);
		expect(layout.boxes.map((b) => b.id)).not.toContain('behind-load-balancer');
		expect([...coordinateProblems(layout), ...siblingOverlaps(layout), ...edgeEndProblems(layout)]).toEqual([]);
	});
});
