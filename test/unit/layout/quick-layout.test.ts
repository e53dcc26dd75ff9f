import { beforeAll, describe, expect, test } from 'vitest';
import { validatePlan } from '../../../src/domain/plan/parse';
import type { Plan } from '../../../src/domain/plan/schema';
import { presets } from '../../../src/domain/presets/index';
import { layoutPlan, QUICK_MAX_WIDTH, quickLayout, renderDiagramSvg, type LayoutBox, type LayoutPoint, type LayoutResult } from '../../../src/layout';
import { makePlan } from '../../helpers/plans';
import { box, contains, coordinateProblems, edgeEndProblems, siblingOverlaps } from './layout-checks';
import { fiftyBoxPlan } from './plans';
import { checkXml } from './xml-check';

function presetPlan(input: unknown): Plan {
	const result = validatePlan(input);
	if (!result.ok) throw new Error(`preset is invalid: ${JSON.stringify(result.issues)}`);
	return result.plan;
}

const server = (n: number, kind: 'backoffice' | 'frontend' = 'frontend') => ({ id: `s-${n}`, name: `Server ${n}`, host: `s${n}.internal`, kind }) as const;

const cases: [name: string, plan: Plan][] = [
	...presets.map((p): [string, Plan] => [`preset ${p.id}`, presetPlan(p.plan)]),
	['one server behind the load balancer', makePlan({ servers: [server(1)] })],
	['one backoffice server outside the load balancer', makePlan({ servers: [server(1, 'backoffice')] })],
	['50 servers', makePlan({ servers: [server(0, 'backoffice'), ...Array.from({ length: 49 }, (_, i) => server(i + 1))] })],
	['50-box plan', fiftyBoxPlan()],
	[
		'no server behind the load balancer',
		makePlan({ servers: [server(1, 'backoffice'), { ...server(2), behindLoadBalancer: false }, { ...server(3), behindLoadBalancer: false }] }),
	],
	[
		'every shared resource',
		makePlan({
			umbraco: '17.6.0',
			servers: [1, 2, 3].map((n) => ({ ...server(n, 'backoffice'), behindLoadBalancer: true })),
			files: { strategy: 'central-share', media: 'blob' },
			sessions: { store: 'redis' },
			backoffice: { mode: 'load-balanced', signalR: 'redis' },
		}),
	],
];

const elkLayouts = new Map<string, LayoutResult>();

beforeAll(async () => {
	for (const [name, plan] of cases) elkLayouts.set(name, await layoutPlan(plan));
}, 60_000);

/** What a box is, without where ELK or the quick layout put it (groups are sized by the layout). */
const identity = (b: LayoutBox) => ({ id: b.id, kind: b.kind, label: b.label, sublabel: b.sublabel, parent: b.parent, ...(b.kind === 'group' ? {} : { width: b.width, height: b.height }) });

/** Whether the axis-aligned segment p–q runs through the inside of `b` (along a border does not count). */
function runsThrough(p: LayoutPoint, q: LayoutPoint, b: LayoutBox): boolean {
	const inside = (v: number, lo: number, size: number) => v > lo && v < lo + size;
	const spans = (a: number, c: number, lo: number, size: number) => Math.max(a, c) > lo && Math.min(a, c) < lo + size;
	return p.x === q.x ? inside(p.x, b.x, b.width) && spans(p.y, q.y, b.y, b.height) : inside(p.y, b.y, b.height) && spans(p.x, q.x, b.x, b.width);
}

/** Edges that run through a leaf box other than their own two ends. */
function crossings(layout: LayoutResult): string[] {
	const leaves = layout.boxes.filter((b) => b.kind !== 'group');
	return layout.edges.flatMap((e) =>
		e.points.slice(1).flatMap((q, i) => {
			const others = leaves.filter((b) => b.id !== e.from && b.id !== e.to && runsThrough(e.points[i]!, q, b));
			return others.map((b) => `edge ${e.id} runs through ${b.id}`);
		})
	);
}

describe.each(cases)('quickLayout: %s', (name, plan) => {
	const layout = quickLayout(plan);
	const elk = () => elkLayouts.get(name)!;

	test('draws the same boxes, in the same order and nesting, as ELK', () => {
		expect(layout.boxes.map(identity)).toEqual(elk().boxes.map(identity));
	});

	test('draws the same edges as ELK', () => {
		expect(layout.edges.map(({ id, from, to }) => ({ id, from, to }))).toEqual(elk().edges.map(({ id, from, to }) => ({ id, from, to })));
	});

	test('keeps boxes inside the diagram and sibling boxes apart', () => {
		expect(coordinateProblems(layout)).toEqual([]);
		expect(siblingOverlaps(layout)).toEqual([]);
	});

	test('puts every grouped server inside its group', () => {
		for (const b of layout.boxes) if (b.parent !== undefined) expect(contains(box(layout, b.parent), b), b.id).toBe(true);
	});

	test('routes edges orthogonally from border to border without crossing other boxes', () => {
		expect(edgeEndProblems(layout)).toEqual([]);
		for (const e of layout.edges) e.points.slice(1).forEach((p, i) => expect(p.x === e.points[i]!.x || p.y === e.points[i]!.y, e.id).toBe(true));
		expect(crossings(layout)).toEqual([]);
	});

	test('puts the load balancer above the servers and the shared resources below them', () => {
		const servers = layout.boxes.filter((b) => b.kind === 'server');
		const lb = box(layout, 'load-balancer');
		const resources = layout.boxes.filter((b) => ['database', 'storage', 'cache', 'signalr', 'keys'].includes(b.kind));
		for (const s of servers) expect(lb.y + lb.height, s.id).toBeLessThan(s.y);
		for (const r of resources) for (const s of servers) expect(s.y + s.height, `${s.id} above ${r.id}`).toBeLessThan(r.y);
	});

	test('stays within the maximum width and covers every box plus padding', () => {
		expect(layout.width).toBeLessThanOrEqual(QUICK_MAX_WIDTH);
		expect(Math.min(...layout.boxes.map((b) => b.x))).toBeGreaterThanOrEqual(16);
		expect(Math.min(...layout.boxes.map((b) => b.y))).toBe(16);
		expect(Math.max(...layout.boxes.map((b) => b.x + b.width)) + 16).toBeLessThanOrEqual(layout.width);
		expect(Math.max(...layout.boxes.map((b) => b.y + b.height)) + 16).toBe(layout.height);
	});

	test('renders to well-formed SVG', () => {
		expect(checkXml(renderDiagramSvg(plan, layout)).errors).toEqual([]);
	});
});

describe('quickLayout', () => {
	test('is pure: the same plan gives the same layout and is left unchanged', () => {
		const plan = fiftyBoxPlan();
		const before = structuredClone(plan);
		expect(quickLayout(plan)).toEqual(quickLayout(plan));
		expect(plan).toEqual(before);
	});

	test('wraps many servers into rows and keeps the backoffice server beside the group, under the editors', () => {
		const layout = quickLayout(fiftyBoxPlan());
		const group = box(layout, 'behind-load-balancer');
		const admin = box(layout, 'server:admin');
		expect(new Set(layout.boxes.filter((b) => b.parent === group.id).map((b) => b.y)).size).toBeGreaterThan(1);
		expect(admin.x).toBeGreaterThanOrEqual(group.x + group.width);
		expect(box(layout, 'editors').y + 40).toBeLessThanOrEqual(admin.y);
	});
});
