/**
 * Property checks for laid-out diagrams: geometry that must hold whatever coordinates ELK
 * picks. Each returns a list of problems (empty = fine) so a failing test names them all.
 */
import type { LayoutBox, LayoutPoint, LayoutResult } from '../../../src/layout';

/** How far (px) an edge end may sit from its box border: ELK places them exactly, rounding aside. */
export const BORDER_TOLERANCE = 1;

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: LayoutBox, b: LayoutBox): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies completely inside `outer`. */
export function contains(outer: LayoutBox, inner: LayoutBox): boolean {
	return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Whether `p` lies on the border of `box`, within `tolerance`. */
export function isOnBorder(p: LayoutPoint, box: LayoutBox, tolerance = BORDER_TOLERANCE): boolean {
	const near = (a: number, b: number) => Math.abs(a - b) <= tolerance;
	const withinX = p.x >= box.x - tolerance && p.x <= box.x + box.width + tolerance;
	const withinY = p.y >= box.y - tolerance && p.y <= box.y + box.height + tolerance;
	return (withinY && (near(p.x, box.x) || near(p.x, box.x + box.width))) || (withinX && (near(p.y, box.y) || near(p.y, box.y + box.height)));
}

/** The box with `id`; throws so a test fails with the missing id. */
export function box(layout: LayoutResult, id: string): LayoutBox {
	const found = layout.boxes.find((b) => b.id === id);
	if (!found) throw new Error(`no box "${id}" in [${layout.boxes.map((b) => b.id).join(', ')}]`);
	return found;
}

/** Coordinates finite, non-negative and inside the diagram's width and height. */
export function coordinateProblems(layout: LayoutResult): string[] {
	const problems: string[] = [];
	const check = (what: string, x: number, y: number) => {
		if (![x, y].every(Number.isFinite)) problems.push(`${what} is not finite (${x}, ${y})`);
		else if (x < 0 || y < 0 || x > layout.width || y > layout.height) problems.push(`${what} is outside the diagram (${x}, ${y})`);
	};
	for (const b of layout.boxes) {
		check(`box ${b.id} top-left`, b.x, b.y);
		check(`box ${b.id} bottom-right`, b.x + b.width, b.y + b.height);
	}
	for (const e of layout.edges) e.points.forEach((p, i) => check(`edge ${e.id} point ${i}`, p.x, p.y));
	return problems;
}

/** Pairs of boxes with the same parent that overlap. */
export function siblingOverlaps(layout: LayoutResult): string[] {
	const problems: string[] = [];
	layout.boxes.forEach((a, i) => {
		for (const b of layout.boxes.slice(i + 1)) if (a.parent === b.parent && overlaps(a, b)) problems.push(`${a.id} overlaps ${b.id}`);
	});
	return problems;
}

/** Edges whose first point is off their source's border or last point off their target's. */
export function edgeEndProblems(layout: LayoutResult): string[] {
	return layout.edges.flatMap((e) => {
		const first = e.points[0];
		const last = e.points.at(-1);
		if (!first || !last || e.points.length < 2) return [`edge ${e.id} has fewer than two points`];
		return [
			...(isOnBorder(first, box(layout, e.from)) ? [] : [`edge ${e.id} starts off ${e.from} at (${first.x}, ${first.y})`]),
			...(isOnBorder(last, box(layout, e.to)) ? [] : [`edge ${e.id} ends off ${e.to} at (${last.x}, ${last.y})`]),
		];
	});
}
