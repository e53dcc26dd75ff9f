import { beforeAll, describe, expect, test } from 'vitest';
import type { Plan } from '../../../src/domain/plan/schema';
import { describeTopology, layoutPlan, renderDiagramSvg, type LayoutResult } from '../../../src/layout';
import { makePlan } from '../../helpers/plans';
import { v13AzureScaledPlan, v17LoadBalancedPlan, v8DedicatedPlan } from './plans';
import { xmlProblems } from '../domain/generators/well-formed';
import { checkXml, unescapeXml } from './xml-check';

const hostile = `<script>alert("x")</script> & 'Ω'`;
const validHostilePlan = makePlan({
	name: hostile,
	servers: [
		{ id: 'admin', name: hostile, host: 'admin.internal', kind: 'backoffice', role: 'publisher' },
		{ id: 'web-1', name: 'Web "one" & <two>', host: 'web1.internal', kind: 'frontend', role: 'subscriber' },
	],
});
// The schema no longer lets such a host in; the writer must cope all the same.
const hostilePlan: Plan = { ...validHostilePlan, loadBalancer: { ...validHostilePlan.loadBalancer, publicHost: `www.example.com"><script>` } };

// Every character XML 1.0 forbids (C0 but tab, CR and LF; U+FFFE, U+FFFF; lone surrogates), in
// names the schema rejects today: the SVG writer is the last line of defence.
const forbidden = '\u0000\u0001\u0008\u000B\u000C\u000E\u001B\u001F\uFFFE\uFFFF \uD800 \uDFFF';
const base = makePlan();
const controlPlan: Plan = {
	...base,
	name: `Plan${forbidden}`,
	servers: base.servers.map((s, i) => ({ ...s, name: `${s.name}${forbidden}`.slice(0, 8 + i * 6), host: `${s.host}\u0007` })),
	loadBalancer: { ...base.loadBalancer, publicHost: `www${forbidden}.example.com` },
};

/** XML 1.0 well-formedness, characters included: the generators' strict checker and the Char production. */
function strictXmlProblems(xml: string): string[] {
	const chars = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(xml) ? [] : ['a character XML 1.0 does not allow'];
	return [...chars, ...xmlProblems(xml), ...checkXml(xml).errors];
}

/** The decoded text of the first element `<tag …>` whose attributes match `attrs`. */
function textOf(svg: string, tag: string, attrs = ''): string | undefined {
	const match = new RegExp(`<${tag}${attrs}[^>]*>([^<]*)</${tag}>`).exec(svg);
	return match?.[1] === undefined ? undefined : unescapeXml(match[1]);
}

const plans: [string, Plan][] = [
	['v8 dedicated', v8DedicatedPlan()],
	['v13 Azure scaled', v13AzureScaledPlan()],
	['v17 load-balanced', v17LoadBalancedPlan()],
	['hostile names', hostilePlan],
	['control characters', controlPlan],
];
const svgs = new Map<string, string>();
const layouts = new Map<string, LayoutResult>();

beforeAll(async () => {
	for (const [name, plan] of plans) {
		const layout = await layoutPlan(plan);
		layouts.set(name, layout);
		svgs.set(name, renderDiagramSvg(plan, layout));
	}
});

describe.each(plans)('renderDiagramSvg: %s', (name) => {
	const svg = () => svgs.get(name)!;

	test('is well-formed XML with no script element', () => {
		const { errors, elements } = checkXml(svg());
		expect(errors).toEqual([]);
		expect(strictXmlProblems(svg())).toEqual([]);
		expect(elements[0]).toBe('svg');
		expect(elements).not.toContain('script');
	});

	test('is a standalone, labelled image sized to the layout', () => {
		const layout = layouts.get(name)!;
		const [w, h] = [Math.ceil(layout.width), Math.ceil(layout.height)];
		expect(svg()).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" class="lbd" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="lb-diagram-title lb-diagram-desc">`));
		expect(svg()).toContain('<title id="lb-diagram-title">');
		expect(svg()).toContain('<desc id="lb-diagram-desc">');
	});

	test('writes every box label as real text and marks each edge with the arrow', () => {
		const layout = layouts.get(name)!;
		expect(svg().match(/<g class="lbd-box /g)).toHaveLength(layout.boxes.length);
		expect(svg().match(/marker-end="url\(#lb-diagram-arrow\)"/g)).toHaveLength(layout.edges.length);
		expect(svg()).toContain('<marker id="lb-diagram-arrow"');
	});

	test('embeds light and dark styles', () => {
		expect(svg()).toMatch(/<style>[^<]*@media \(prefers-color-scheme:dark\)[^<]*<\/style>/);
	});
});

describe('renderDiagramSvg', () => {
	test('escapes names, hosts and the plan name and keeps them readable', () => {
		const svg = svgs.get('hostile names')!;
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Ω&apos;');
		expect(textOf(svg, 'title', ' id="lb-diagram-title"')).toBe(`Topology of ${hostile}`);
		expect(textOf(svg, 'desc')).toContain('at www.example.com"><script>');
	});

	test('writes a replacement character for each one XML cannot carry', () => {
		const svg = svgs.get('control characters')!;
		expect(textOf(svg, 'title', ' id="lb-diagram-title"')).toBe(`Topology of Plan${'\uFFFD'.repeat(10)} \uFFFD \uFFFD`);
		expect(svg).toContain(`www${'\uFFFD'.repeat(10)} \uFFFD \uFFFD.example.com`);
	});

	test('cuts a long name with an ellipsis and keeps the full text in the box title', () => {
		const svg = svgs.get('hostile names')!;
		const admin = /<g class="lbd-box lbd-server" data-id="server:admin">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
		expect(unescapeXml(textOf(admin, 'title') ?? '')).toBe(`${hostile} — SchedulingPublisher`);
		expect(textOf(admin, 'text', ' class="lbd-label"')).toMatch(/^<script>alert\("x"\)<\/sc.*…$/);
	});

	test('summarises the topology in the description', () => {
		expect(textOf(svgs.get('v8 dedicated')!, 'desc')).toBe(
			'Umbraco 8.18.8. 3 servers: 2 behind the load balancer at www.example.com, and 1 outside it (Admin, the backoffice server editors use directly). ' +
				'Shared by the servers: SQL Server database, site files on DFS replication, session state in SQL Server.'
		);
		expect(textOf(svgs.get('v13 Azure scaled')!, 'desc')).toMatch(/^Umbraco 13\.5\.2\. 2 servers \(5 instances\): 1 behind the load balancer \(Azure Front Door\) at www\.example\.com/);
		expect(textOf(svgs.get('v17 load-balanced')!, 'desc')).toContain('3 behind the load balancer at www.example.com, which also serve the backoffice.');
		expect(textOf(svgs.get('v17 load-balanced')!, 'desc')).toMatch(/, SignalR through Redis backplane, Data Protection keys in Redis\.$/);
	});

	test.each([
		['13.5.2', 'file-share', 'Data Protection keys on a file share.'],
		['13.5.2', 'azure-blob', 'Data Protection keys in Azure Blob Storage.'],
		['13.5.2', 'database', 'Data Protection keys in the database.'],
		['13.5.2', 'other', 'Data Protection keys in a custom store.'],
		['8.18.8', 'file-share', 'the machine key in a shared store.'],
	] as const)('names where v%s keeps keys in %s', (umbraco, store, ending) => {
		expect(describeTopology(makePlan({ umbraco, keys: { store } }))).toMatch(new RegExp(`, ${ending.replace('.', '\\.')}$`));
		expect(describeTopology(makePlan({ umbraco }))).not.toMatch(/keys|machine key/);
	});

	test('is byte-identical for the same plan', async () => {
		const plan = v17LoadBalancedPlan();
		const again = renderDiagramSvg(plan, await layoutPlan(plan));
		expect(again).toBe(svgs.get('v17 load-balanced'));
	});

	test('uses the given title and id prefix', () => {
		const plan = v8DedicatedPlan();
		const svg = renderDiagramSvg(plan, layouts.get('v8 dedicated')!, { title: 'Our <farm>', idPrefix: 'farm-2' });
		expect(svg).toContain('aria-labelledby="farm-2-title farm-2-desc"');
		expect(svg).toContain('<title id="farm-2-title">Our &lt;farm&gt;</title>');
		expect(svg).toContain('marker-end="url(#farm-2-arrow)"');
		expect(() => renderDiagramSvg(plan, layouts.get('v8 dedicated')!, { idPrefix: '2 bad"' })).toThrow(RangeError);
	});

	test('writes an edge label next to the middle of its edge, escaped', () => {
		const layout: LayoutResult = {
			width: 200,
			height: 200,
			boxes: [],
			edges: [{ id: 'a->b', from: 'a', to: 'b', label: 'sync & <copy>', points: [{ x: 10, y: 10 }, { x: 10, y: 100 }, { x: 100, y: 100 }] }],
		};
		const svg = renderDiagramSvg(v8DedicatedPlan(), layout);
		expect(svg).toContain('<path class="lbd-edge" data-id="a-&gt;b" d="M10 10 L10 100 L100 100"');
		expect(svg).toContain('<text class="lbd-edge-label" x="14" y="100">sync &amp; &lt;copy&gt;</text>');
		expect(checkXml(svg).errors).toEqual([]);
	});
});

describe('checkXml', () => {
	test.each([
		['<a><b></a></b>', '</a> closes <b>'],
		['<a>x & y</a>', 'bare "&" in text near "x & y"'],
		['<a x=1></a>', 'malformed markup at "<a x=1></a>"'],
		['<a x="1" x="2"/>', '<a> repeats attribute x'],
		['<a/><b/>', 'second root element <b>'],
		['<a>', 'unclosed <a>'],
	])('rejects %s', (xml, error) => {
		expect(checkXml(xml).errors).toContain(error);
	});

	test('accepts comments, references and self-closing tags', () => {
		expect(checkXml('<?xml version="1.0"?><a k=\'v&amp;\'><!-- c --><b/>&#937;&lt;</a>')).toEqual({ errors: [], elements: ['a', 'b'] });
	});
});
