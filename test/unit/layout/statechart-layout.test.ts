import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { layoutStatechart, layoutStatecharts } from '../../../src/layout/statechart-layout';
import { statechartLayoutsPath, stringifyStatechartLayouts } from '../../../src/layout/statechart-json';
import { pathData } from '../../../src/layout/statechart-paths';
import { statechartLayouts } from '../../../src/layout/statechart-layouts';
import type { StatechartBox, StatechartInput, StatechartLayout } from '../../../src/layout/statechart-types';
import { statechartModels } from '../../../src/machines/statechart/statechart-models';

type Rect = Pick<StatechartBox, 'x' | 'y' | 'width' | 'height'>;

const contains = (outer: Rect, inner: Rect) =>
	inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The points of an `M`/`H`/`V`/`L` path as `pathData` writes it. */
function pointsOf(d: string): { x: number; y: number }[] {
	const points: { x: number; y: number }[] = [];
	for (const [, command, args] of d.matchAll(/([MHVL])([^MHVL]+)/g)) {
		const numbers = args!.trim().split(' ').map(Number);
		const last = points.at(-1) ?? { x: 0, y: 0 };
		if (command === 'H') points.push({ x: numbers[0]!, y: last.y });
		else if (command === 'V') points.push({ x: last.x, y: numbers[0]! });
		else points.push({ x: numbers[0]!, y: numbers[1]! });
	}
	return points;
}

const onBorder = (p: { x: number; y: number }, r: Rect) =>
	contains({ x: r.x - 1, y: r.y - 1, width: r.width + 2, height: r.height + 2 }, { ...p, width: 0, height: 0 }) &&
	!contains({ x: r.x + 1, y: r.y + 1, width: r.width - 2, height: r.height - 2 }, { ...p, width: 0, height: 0 });

/** Checks every drawing rule against a laid-out chart. */
function expectWellDrawn(input: StatechartInput, layout: StatechartLayout): void {
	const boxes = new Map(layout.nodes.map((b) => [b.id, b]));
	expect([...boxes.keys()]).toEqual(input.nodes.map((n) => n.id));
	const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };
	for (const box of layout.nodes) {
		expect(box.width > 0 && box.height > 0, box.id).toBe(true);
		expect(contains(box.parent === null ? canvas : boxes.get(box.parent)!, box), `${box.id} inside its parent`).toBe(true);
		for (const sibling of layout.nodes) {
			if (sibling !== box && sibling.parent === box.parent) expect(overlaps(box, sibling), `${box.id} / ${sibling.id}`).toBe(false);
		}
	}
	expect(layout.edges.map((e) => e.id)).toEqual(input.transitions.map((t) => t.id));
	for (const edge of layout.edges) {
		const source = boxes.get(edge.source)!;
		expect(edge.internal).toBe(edge.targets.length === 0);
		if (edge.internal) {
			expect(edge.paths).toEqual([]);
			expect(contains(source, { x: edge.labelX, y: edge.labelY - 11, width: edge.labelWidth - 8, height: 12 }), `${edge.id} row inside ${edge.source}`).toBe(true);
			continue;
		}
		expect(edge.paths).toHaveLength(edge.targets.length);
		edge.paths.forEach((d, i) => {
			const points = pointsOf(d);
			expect(points.length, `${edge.id} has a path`).toBeGreaterThanOrEqual(2);
			expect(onBorder(points.at(-1)!, boxes.get(edge.targets[i]!)!), `${edge.id} ends on ${edge.targets[i]}`).toBe(true);
		});
		expect(contains(canvas, { x: edge.labelX - edge.labelWidth / 2, y: edge.labelY - 8, width: edge.labelWidth, height: 16 })).toBe(true);
	}
	const compounds = input.nodes.filter((n) => n.kind === 'compound');
	expect(layout.initials.map((i) => boxes.get(i.target)!.parent).sort()).toEqual(compounds.map((n) => n.id).sort());
	for (const marker of layout.initials) {
		const dot = { x: marker.cx - marker.r, y: marker.cy - marker.r, width: 2 * marker.r, height: 2 * marker.r };
		expect(contains(boxes.get(boxes.get(marker.target)!.parent!)!, dot)).toBe(true);
		expect(onBorder(pointsOf(marker.path).at(-1)!, boxes.get(marker.target)!), `initial arrow into ${marker.target}`).toBe(true);
	}
}

describe('the server statecharts', () => {
	let layouts: Record<string, StatechartLayout>;
	beforeAll(async () => {
		layouts = await layoutStatecharts(statechartModels());
	});

	test.each(Object.keys(statechartModels()))('%s is drawn whole, nested and without overlaps', (key) => {
		expectWellDrawn(statechartModels()[key as 'process'], layouts[key]!);
	});

	test('the state names stay clear of edge labels', () => {
		for (const layout of Object.values(layouts)) {
			for (const box of layout.nodes) {
				const name = { x: box.x, y: box.y, width: box.width, height: box.container ? box.labelY - box.y + 4 : box.height };
				for (const edge of layout.edges.filter((e) => !e.internal)) {
					expect(overlaps(name, { x: edge.labelX - edge.labelWidth / 2, y: edge.labelY - 8, width: edge.labelWidth, height: 16 }), `${edge.id} over ${box.id}`).toBe(false);
				}
			}
		}
	});

	test(`${statechartLayoutsPath} is up to date (else run \`npm run statecharts\`)`, () => {
		const written = readFileSync(join(import.meta.dirname, '../../..', statechartLayoutsPath), 'utf8');
		expect(written).toBe(stringifyStatechartLayouts(layouts));
		expect(statechartLayouts.process.root).toBe('serverProcess');
	});
});

test('a parallel state, a fork and a self-transition are laid out too', async () => {
	const input: StatechartInput = {
		root: 'm',
		nodes: [
			{ id: 'm', label: 'm', parent: null, kind: 'parallel', initial: false },
			{ id: 'm.left', label: 'left', parent: 'm', kind: 'compound', initial: false },
			{ id: 'm.left.a', label: 'a', parent: 'm.left', kind: 'atomic', initial: true, invokes: ['worker'] },
			{ id: 'm.left.b', label: 'b', parent: 'm.left', kind: 'final', initial: false },
			{ id: 'm.right', label: 'right', parent: 'm', kind: 'compound', initial: false },
			{ id: 'm.right.c', label: 'c', parent: 'm.right', kind: 'atomic', initial: true },
			{ id: 'm.right.d', label: 'd', parent: 'm.right', kind: 'atomic', initial: false },
		],
		transitions: [
			{ id: 'm.left.a:0', source: 'm.left.a', targets: ['m.left.b', 'm.right.d'], label: 'both' },
			{ id: 'm.right.c:0', source: 'm.right.c', targets: ['m.right.c'], label: 'again' },
			{ id: 'm.right.c:1', source: 'm.right.c', targets: [], label: 'note' },
		],
	};
	const layout = await layoutStatechart(input);
	expectWellDrawn(input, layout);
	expect(layout.nodes.find((b) => b.id === 'm.left.a')?.note?.text).toBe('invokes worker');
	expect(layout.nodes.filter((b) => b.container).map((b) => b.id)).toEqual(['m', 'm.left', 'm.right']);
});

test('pathData writes axis-parallel segments as H and V', () => {
	expect(pathData([{ x: 1, y: 2 }, { x: 1, y: 9 }, { x: 5, y: 9 }, { x: 7, y: 11 }])).toBe('M1 2V9H5L7 11');
});
