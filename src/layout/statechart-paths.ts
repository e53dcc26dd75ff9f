/**
 * Edge geometry for the statechart: ELK sections → absolute points → compact SVG paths.
 * Numbers are rounded to a tenth so the precomputed JSON stays small and byte-stable.
 */
import type { ElkEdgeSection, ElkExtendedEdge, ElkPoint } from 'elkjs/lib/elk-api.js';

/** A rectangle in diagram coordinates. */
export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** `n` to one decimal, never `-0`. */
export const round = (n: number): number => Math.round(n * 10) / 10 || 0;

/** Section points in path order (sections are linked by incoming/outgoing ids). */
export function edgePoints(edge: ElkExtendedEdge, origin: Rect): ElkPoint[] {
	const sections = edge.sections ?? [];
	const byId = new Map(sections.map((s) => [s.id, s]));
	const ordered: ElkEdgeSection[] = [];
	for (let s = sections.find((c) => !c.incomingSections?.length); s && !ordered.includes(s); ) {
		ordered.push(s);
		const next = s.outgoingSections?.[0];
		s = next === undefined ? undefined : byId.get(next);
	}
	const points: ElkPoint[] = [];
	for (const section of ordered.length === sections.length ? ordered : sections) {
		for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
			const point = { x: round(origin.x + p.x), y: round(origin.y + p.y) };
			const last = points.at(-1);
			if (!last || last.x !== point.x || last.y !== point.y) points.push(point);
		}
	}
	return points;
}

/** An SVG path through `points`, with `H`/`V` for the axis-parallel segments of orthogonal routes. */
export function pathData(points: readonly ElkPoint[]): string {
	return points
		.map((p, i) => {
			const prev = points[i - 1];
			if (!prev) return `M${p.x} ${p.y}`;
			if (prev.y === p.y) return `H${p.x}`;
			if (prev.x === p.x) return `V${p.y}`;
			return `L${p.x} ${p.y}`;
		})
		.join('');
}

/**
 * A transition from a state into one of its own descendants leaves through the top border,
 * across the state's heading: start it below the heading instead, so the name stays clear.
 */
export function clearHeading(points: ElkPoint[], source: Rect, header: number): ElkPoint[] {
	const [first, second] = points;
	if (!first || !second || first.x !== second.x || first.y !== source.y) return points;
	const below = round(source.y + header);
	return second.y > below ? [{ x: first.x, y: below }, ...points.slice(1)] : points;
}
