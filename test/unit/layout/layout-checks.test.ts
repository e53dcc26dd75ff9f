import { describe, expect, test } from 'vitest';
import type { LayoutBox, LayoutResult } from '../../../src/layout';
import { contains, coordinateProblems, edgeEndProblems, isOnBorder, overlaps, siblingOverlaps } from './layout-checks';

const b = (id: string, x: number, y: number, parent?: string): LayoutBox => ({ id, kind: 'server', label: id, x, y, width: 100, height: 40, ...(parent ? { parent } : {}) });

// The property checks guard every layout test, so they get tests of their own.
describe('layout checks', () => {
	test('overlaps counts shared area, not touching borders', () => {
		expect(overlaps(b('a', 0, 0), b('b', 50, 20))).toBe(true);
		expect(overlaps(b('a', 0, 0), b('b', 100, 0))).toBe(false);
	});

	test('contains needs the whole inner box', () => {
		const outer = { ...b('g', 0, 0), width: 300, height: 200 };
		expect(contains(outer, b('a', 10, 10))).toBe(true);
		expect(contains(outer, b('a', 250, 10))).toBe(false);
	});

	test('isOnBorder accepts points on any side within the tolerance and rejects the inside', () => {
		const box = b('a', 10, 10);
		expect([{ x: 60, y: 10 }, { x: 60, y: 50.5 }, { x: 10, y: 30 }, { x: 110, y: 30 }].map((p) => isOnBorder(p, box))).toEqual([true, true, true, true]);
		expect([{ x: 60, y: 30 }, { x: 60, y: 53 }, { x: 200, y: 10 }].map((p) => isOnBorder(p, box))).toEqual([false, false, false]);
	});

	test('reports overlapping siblings, off-border edge ends and out-of-range coordinates', () => {
		const layout: LayoutResult = {
			width: 300,
			height: 100,
			boxes: [b('a', 0, 0), b('b', 50, 0), b('c', 50, 0, 'a'), b('d', 250, 80)],
			edges: [{ id: 'e', from: 'a', to: 'b', points: [{ x: 50, y: 20 }, { x: 60, y: 40 }] }],
		};
		expect(siblingOverlaps(layout)).toEqual(['a overlaps b']);
		expect(edgeEndProblems(layout)).toEqual(['edge e starts off a at (50, 20)']);
		expect(coordinateProblems(layout)).toEqual(['box d bottom-right is outside the diagram (350, 120)']);
	});
});
