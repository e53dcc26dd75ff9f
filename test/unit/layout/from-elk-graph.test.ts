import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, test } from 'vitest';
import { fromElkGraph, type LaidOutGraph } from '../../../src/layout/from-elk-graph';
import { layeredDown } from '../../../src/layout/options';
import type { DiagramElkGraph, DiagramElkNode } from '../../../src/layout/to-elk-graph';
import { box, edgeEndProblems } from './layout-checks';

const leaf = (id: string, x: number, y: number): DiagramElkNode => ({ id, x, y, width: 100, height: 40, diagram: { kind: 'server', label: id } });

/** A hand-laid-out graph: group at (50, 100) holding a at (10, 30) and b at (130, 30); db below. */
function laidOut(edges: LaidOutGraph['edges']): LaidOutGraph {
	return {
		id: 'diagram',
		x: 0,
		y: 0,
		width: 400,
		height: 300,
		children: [
			{ id: 'grp', x: 50, y: 100, width: 250, height: 80, diagram: { kind: 'group', label: 'Group', sublabel: 'sub' }, children: [leaf('a', 10, 30), leaf('b', 130, 30)] },
			{ ...leaf('db', 60, 240), diagram: { kind: 'database', label: 'DB' } },
		],
		...(edges ? { edges } : {}),
	};
}

describe('fromElkGraph', () => {
	test('turns parent-relative node positions into absolute boxes, parents first, with parent ids', () => {
		const result = fromElkGraph(laidOut([]));
		expect(result).toEqual({
			width: 400,
			height: 300,
			edges: [],
			boxes: [
				{ id: 'grp', kind: 'group', label: 'Group', sublabel: 'sub', x: 50, y: 100, width: 250, height: 80 },
				{ id: 'a', kind: 'server', label: 'a', x: 60, y: 130, width: 100, height: 40, parent: 'grp' },
				{ id: 'b', kind: 'server', label: 'b', x: 180, y: 130, width: 100, height: 40, parent: 'grp' },
				{ id: 'db', kind: 'database', label: 'DB', x: 60, y: 240, width: 100, height: 40 },
			],
		});
	});

	test('offsets edge points by the edge container, not by where the edge was declared', () => {
		const result = fromElkGraph(
			laidOut([
				// Declared on the root, contained by the group: points are group-relative.
				{ id: 'a->b', sources: ['a'], targets: ['b'], container: 'grp', sections: [{ id: 's', startPoint: { x: 110, y: 50 }, endPoint: { x: 130, y: 50 } }] },
				// Crosses the group border, so the root contains it: points are absolute already.
				{ id: 'a->db', sources: ['a'], targets: ['db'], container: 'diagram', sections: [{ id: 's', startPoint: { x: 110, y: 170 }, bendPoints: [{ x: 110, y: 200 }], endPoint: { x: 110, y: 240 } }] },
			])
		);
		expect(result.edges).toEqual([
			{ id: 'a->b', from: 'a', to: 'b', points: [{ x: 160, y: 150 }, { x: 180, y: 150 }] },
			{ id: 'a->db', from: 'a', to: 'db', points: [{ x: 110, y: 170 }, { x: 110, y: 200 }, { x: 110, y: 240 }] },
		]);
		expect(edgeEndProblems(result)).toEqual([]);
	});

	test('falls back to the declaring node when ELK gives no container', () => {
		const graph = laidOut([]);
		graph.children![0]!.edges = [{ id: 'a->b', sources: ['a'], targets: ['b'], sections: [{ id: 's', startPoint: { x: 110, y: 50 }, endPoint: { x: 130, y: 50 } }] }];
		expect(fromElkGraph(graph).edges[0]?.points).toEqual([{ x: 160, y: 150 }, { x: 180, y: 150 }]);
	});

	test('joins several sections in path order and drops repeated joints', () => {
		const result = fromElkGraph(
			laidOut([
				{
					id: 'a->db',
					sources: ['a'],
					targets: ['db'],
					container: 'diagram',
					sections: [
						{ id: 's2', startPoint: { x: 110, y: 200 }, endPoint: { x: 110, y: 240 }, incomingSections: ['s1'] },
						{ id: 's1', startPoint: { x: 110, y: 170 }, endPoint: { x: 110, y: 200 }, outgoingSections: ['s2'] },
					],
				},
			])
		);
		expect(result.edges[0]?.points).toEqual([{ x: 110, y: 170 }, { x: 110, y: 200 }, { x: 110, y: 240 }]);
	});

	test('refuses a graph that was not laid out', () => {
		const graph = laidOut([]);
		delete graph.children![1]!.x;
		expect(() => fromElkGraph(graph)).toThrow(/"db" has no position/);
	});

	test('agrees with real ELK on a hierarchical edge between two children of a group', async () => {
		const graph: DiagramElkGraph = {
			id: 'diagram',
			layoutOptions: layeredDown,
			children: [
				{ id: 'top', width: 100, height: 40, diagram: { kind: 'visitors', label: 'top' } },
				{ id: 'grp', diagram: { kind: 'group', label: 'g' }, layoutOptions: { 'elk.padding': '[top=40,left=20,bottom=20,right=20]' }, children: [leaf('a', 0, 0), leaf('b', 0, 0)] },
			],
			edges: [
				{ id: 'top->a', sources: ['top'], targets: ['a'] },
				{ id: 'a->b', sources: ['a'], targets: ['b'] },
			],
		};
		const elk = new ELK();
		const raw = await elk.layout(structuredClone(graph));
		// ELK itself reports the inner edge relative to the group, which is what this guards.
		expect(raw.edges?.map((e) => e.container)).toEqual(['diagram', 'grp']);
		const result = fromElkGraph(raw);
		expect(edgeEndProblems(result)).toEqual([]);
		expect(box(result, 'b').y).toBeGreaterThan(box(result, 'a').y);
	});
});
