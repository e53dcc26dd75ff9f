/**
 * Layout → standalone SVG text: `role="img"` with a `<title>` and a `<desc>` summary, real
 * `<text>` labels, an embedded light/dark stylesheet and an arrow marker. Every string from
 * the plan is XML-escaped. Output depends only on its inputs, so it is byte-stable.
 */
import type { Plan } from '../domain/plan/schema';
import { describeTopology } from './describe-topology';
import { diagramCss } from './svg-style';
import { escapeXml, fitText, formatNumber as n } from './svg-text';
import type { LayoutBox, LayoutEdge, LayoutResult } from './types';

/** Options for `renderDiagramSvg`. */
export interface DiagramSvgOptions {
	/** Accessible name; defaults to "Topology of <plan name>". */
	readonly title?: string;
	/** Prefix for the ids inside the SVG, so several diagrams can share a page. Default `lb-diagram`. */
	readonly idPrefix?: string;
}

const LABEL_SIZE = 13;
const SUB_SIZE = 11;
const TEXT_INSET = 8;

/** The text of a box line, cut to the box width; reports whether it was cut. */
function line(text: string, box: LayoutBox, size: number, bold: boolean): { text: string; cut: boolean } {
	const fitted = fitText(text, box.width - 2 * TEXT_INSET, size, bold);
	return { text: fitted, cut: fitted !== text };
}

/** A box's label lines (centred in a leaf, top-left in a group) and, if cut, a full-text `<title>`. */
function renderText(box: LayoutBox): { title: string[]; lines: string[] } {
	const group = box.kind === 'group';
	const label = line(box.label, box, LABEL_SIZE, true);
	const sub = box.sublabel === undefined ? undefined : line(box.sublabel, box, SUB_SIZE, false);
	const x = group ? box.x + 12 : box.x + box.width / 2;
	const anchor = group ? 'start' : 'middle';
	const mid = box.y + box.height / 2;
	const labelY = group ? box.y + 20 : sub ? mid - 3 : mid + LABEL_SIZE * 0.35;
	const subY = group ? box.y + 35 : mid + 13;
	const full = [box.label, box.sublabel].filter((t) => t !== undefined).join(' — ');
	return {
		title: label.cut || sub?.cut ? [`<title>${escapeXml(full)}</title>`] : [],
		lines: [
			`<text class="lbd-label" x="${n(x)}" y="${n(labelY)}" text-anchor="${anchor}">${escapeXml(label.text)}</text>`,
			...(sub ? [`<text class="lbd-sub" x="${n(x)}" y="${n(subY)}" text-anchor="${anchor}">${escapeXml(sub.text)}</text>`] : []),
		],
	};
}

function renderRect(box: LayoutBox): string {
	return `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${box.kind === 'group' ? 10 : 6}"/>`;
}

function renderLeaf(box: LayoutBox): string {
	const { title, lines } = renderText(box);
	return [`<g class="lbd-box lbd-${box.kind}" data-id="${escapeXml(box.id)}">`, ...title, renderRect(box), ...lines, '</g>'].join('\n');
}

/** A group's frame goes under the edges; its heading is written after them (see `renderHeading`). */
function renderFrame(box: LayoutBox): string {
	return `<g class="lbd-box lbd-${box.kind}" data-id="${escapeXml(box.id)}">${renderRect(box)}</g>`;
}

/** A group heading over the edges, with a halo so edges entering the group pass behind it. */
function renderHeading(box: LayoutBox): string {
	const { title, lines } = renderText(box);
	return [`<g class="lbd-heading" data-for="${escapeXml(box.id)}">`, ...title, ...lines, '</g>'].join('\n');
}

function renderEdge(edge: LayoutEdge, markerId: string): string {
	const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
	const path = `<path class="lbd-edge" data-id="${escapeXml(edge.id)}" d="${d}" marker-end="url(#${markerId})"/>`;
	const [a, b] = [edge.points[Math.floor((edge.points.length - 1) / 2)], edge.points[Math.floor(edge.points.length / 2)]];
	if (edge.label === undefined || !a || !b) return path;
	const label = `<text class="lbd-edge-label" x="${n((a.x + b.x) / 2 + 4)}" y="${n((a.y + b.y) / 2)}">${escapeXml(edge.label)}</text>`;
	return `${path}\n${label}`;
}

/**
 * Writes the laid-out diagram of `plan` as a standalone SVG document.
 * @example writeFileSync('diagram.svg', renderDiagramSvg(plan, await layoutPlan(plan)));
 */
export function renderDiagramSvg(plan: Plan, layout: LayoutResult, options: DiagramSvgOptions = {}): string {
	const prefix = options.idPrefix ?? 'lb-diagram';
	if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new RangeError(`idPrefix "${prefix}" must be a letter followed by letters, digits, "_" or "-"`);
	const [width, height] = [Math.ceil(layout.width), Math.ceil(layout.height)];
	const title = options.title ?? `Topology of ${plan.name}`;
	const groups = layout.boxes.filter((b) => b.kind === 'group');
	const leaves = layout.boxes.filter((b) => b.kind !== 'group');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" class="lbd" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc">`,
		`<title id="${prefix}-title">${escapeXml(title)}</title>`,
		`<desc id="${prefix}-desc">${escapeXml(describeTopology(plan))}</desc>`,
		`<style>\n${diagramCss}\n</style>`,
		`<defs><marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path class="lbd-arrow" d="M0 0 L10 5 L0 10 z"/></marker></defs>`,
		`<rect class="lbd-bg" width="${width}" height="${height}"/>`,
		...groups.map(renderFrame),
		...layout.edges.map((e) => renderEdge(e, `${prefix}-arrow`)),
		...groups.map(renderHeading),
		...leaves.map(renderLeaf),
		'</svg>',
		'',
	].join('\n');
}
