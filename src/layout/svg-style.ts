/**
 * The diagram's embedded stylesheet. Selectors are scoped under `.lbd` so an SVG inlined in
 * a page does not restyle the page. Text is always near-black on a light tint or near-white
 * on slate (contrast above 7:1 in both schemes); colour only marks the kind on the border.
 */
import type { BoxKind } from './types';

// [light fill, light stroke, dark stroke] per kind; dark fills share one slate tone.
const kindColours: Record<BoxKind, readonly [string, string, string]> = {
	visitors: ['#f8fafc', '#475569', '#94a3b8'],
	'load-balancer': ['#f5f3ff', '#6d28d9', '#c4b5fd'],
	server: ['#eff6ff', '#1d4ed8', '#93c5fd'],
	group: ['#f1f5f9', '#1d4ed8', '#93c5fd'],
	database: ['#fffbeb', '#b45309', '#fcd34d'],
	storage: ['#ecfdf5', '#047857', '#6ee7b7'],
	cache: ['#fff1f2', '#be123c', '#fda4af'],
	signalr: ['#fdf4ff', '#a21caf', '#f0abfc'],
	keys: ['#ecfeff', '#0e7490', '#67e8f9'],
};

const kinds = Object.keys(kindColours) as BoxKind[];
const rule = (kind: BoxKind, fill: string, stroke: string) => `.lbd .lbd-${kind}>rect{fill:${fill};stroke:${stroke}}`;

/** The CSS text for the `<style>` element, light scheme first, dark in a media query. */
export const diagramCss = [
	'.lbd{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}',
	'.lbd .lbd-bg{fill:#ffffff}',
	'.lbd rect{stroke-width:1.5}',
	'.lbd .lbd-group>rect{stroke-dasharray:6 4}',
	'.lbd text{fill:#0f172a}',
	'.lbd .lbd-label{font-size:13px;font-weight:600}',
	'.lbd .lbd-sub{font-size:11px;fill:#334155}',
	'.lbd .lbd-edge{fill:none;stroke:#475569;stroke-width:1.5}',
	'.lbd .lbd-arrow{fill:#475569}',
	'.lbd .lbd-edge-label{font-size:11px;paint-order:stroke;stroke:#ffffff;stroke-width:3px}',
	'.lbd .lbd-heading text{paint-order:stroke;stroke:#f1f5f9;stroke-width:4px;stroke-linejoin:round}',
	...kinds.map((k) => rule(k, kindColours[k][0], kindColours[k][1])),
	'@media (prefers-color-scheme:dark){',
	'.lbd .lbd-bg{fill:#0f172a}',
	'.lbd text{fill:#f8fafc}',
	'.lbd .lbd-sub{fill:#cbd5e1}',
	'.lbd .lbd-edge{stroke:#94a3b8}',
	'.lbd .lbd-arrow{fill:#94a3b8}',
	'.lbd .lbd-edge-label{stroke:#0f172a}',
	'.lbd .lbd-heading text{stroke:#162033}',
	...kinds.map((k) => rule(k, k === 'group' ? '#162033' : '#1e293b', kindColours[k][2])),
	'}',
].join('\n');
