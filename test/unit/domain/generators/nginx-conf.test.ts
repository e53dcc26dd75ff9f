/**
 * The nginx examples must run as written on open-source nginx: every preset (as it is, and
 * with nginx as its load balancer) yields an nginx.conf that parses, uses only directives
 * open-source nginx has in the context they appear in, and never `sticky` (NGINX Plus only,
 * so `nginx -t` on a distribution nginx such as 1.22 rejects it). Cookie affinity comes as a
 * separate, marked nginx-plus.conf.
 */
import { describe, expect, test } from 'vitest';
import { generateFiles } from '../../../../src/domain/generators/generate';
import { validatePlan } from '../../../../src/domain/plan/parse';
import type { Plan } from '../../../../src/domain/plan/schema';
import { presets } from '../../../../src/domain/presets';

interface Directive {
	readonly name: string;
	readonly args: readonly string[];
	readonly children?: readonly Directive[];
}

/** Tokens of nginx syntax: words (quotes removed), `{`, `}`, `;`; `#` comments dropped. */
function tokenize(text: string): string[] {
	const tokens: string[] = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (/\s/.test(c)) i++;
		else if (c === '#') i = text.includes('\n', i) ? text.indexOf('\n', i) + 1 : text.length;
		else if (c === '{' || c === '}' || c === ';') {
			tokens.push(c);
			i++;
		} else if (c === '"' || c === "'") {
			const end = text.indexOf(c, i + 1);
			if (end < 0) throw new Error(`unterminated string at ${i}`);
			tokens.push(text.slice(i + 1, end));
			i = end + 1;
		} else {
			let j = i;
			while (j < text.length && !/[\s{};#]/.test(text[j]!)) j++;
			tokens.push(text.slice(i, j));
			i = j;
		}
	}
	return tokens;
}

/** Directives and blocks; throws on a missing `;`, an unbalanced brace or an empty statement. */
function parseNginx(text: string): Directive[] {
	const tokens = tokenize(text);
	let at = 0;
	const parseList = (nested: boolean): Directive[] => {
		const out: Directive[] = [];
		for (;;) {
			if (at >= tokens.length) {
				if (nested) throw new Error('missing }');
				return out;
			}
			if (tokens[at] === '}') {
				if (!nested) throw new Error('unexpected }');
				at++;
				return out;
			}
			const words: string[] = [];
			while (at < tokens.length && !['{', '}', ';'].includes(tokens[at]!)) words.push(tokens[at++]!);
			const [name, ...args] = words;
			if (name === undefined) throw new Error(`empty statement before ${tokens[at] ?? 'end of file'}`);
			const end = tokens[at++];
			if (end === ';') out.push({ name, args });
			else if (end === '{') out.push({ name, args, children: parseList(true) });
			else throw new Error(`directive ${name} not terminated by ;`);
		}
	};
	return parseList(false);
}

/**
 * Open-source nginx directives the examples may use, by context (nginx.org module reference:
 * ngx_http_core_module, ngx_http_upstream_module, ngx_http_proxy_module, ngx_http_ssl_module,
 * ngx_http_map_module), with their argument counts. `sticky` is deliberately absent.
 */
const allowed: Record<string, Record<string, readonly [number, number]>> = {
	http: { upstream: [1, 1], server: [0, 0], map: [2, 2] },
	upstream: { ip_hash: [0, 0], hash: [1, 2], least_conn: [0, 0], server: [1, 8], keepalive: [1, 1] },
	server: { listen: [1, 8], server_name: [1, 16], ssl_certificate: [1, 1], ssl_certificate_key: [1, 1], location: [1, 2] },
	location: { proxy_pass: [1, 1], proxy_set_header: [2, 2], proxy_http_version: [1, 1] },
};

function problems(nodes: readonly Directive[], context = 'http'): string[] {
	const out: string[] = [];
	for (const node of nodes) {
		if (node.name === 'sticky') {
			out.push(`sticky in ${context}: NGINX Plus only`);
			continue;
		}
		// A map's body is key/value pairs, not directives.
		if (context === 'map') {
			if (node.args.length !== 1 || node.children) out.push(`bad map entry ${node.name}`);
			continue;
		}
		const range = allowed[context]?.[node.name];
		if (!range) {
			out.push(`${node.name} not allowed in ${context}`);
			continue;
		}
		if (node.args.length < range[0] || node.args.length > range[1]) out.push(`${node.name}: ${node.args.length} arguments`);
		const block = ['upstream', 'server', 'location', 'map'].includes(node.name) && context !== 'upstream';
		if (block !== (node.children !== undefined)) out.push(`${node.name} ${block ? 'needs' : 'takes no'} block in ${context}`);
		if (node.name === 'hash' && node.args.length === 2 && node.args[1] !== 'consistent') out.push('hash: second argument must be consistent');
		if (node.children) out.push(...problems(node.children, node.name));
	}
	return out;
}

function planOf(input: unknown): Plan {
	const result = validatePlan(input);
	if (!result.ok) throw new Error(`not schema-valid: ${JSON.stringify(result.issues)}`);
	return result.plan;
}

/** Each preset as it is, and with nginx in front (sticky sessions as the preset has them). */
const cases = presets.flatMap((p) => {
	const input = p.plan as { loadBalancer?: Record<string, unknown> };
	const withNginx = { ...input, loadBalancer: { ...input.loadBalancer, product: 'nginx' } };
	return [
		{ id: p.id, plan: planOf(p.plan) },
		{ id: `${p.id} (nginx)`, plan: planOf(withNginx) },
		{ id: `${p.id} (nginx, cookie)`, plan: planOf({ ...withNginx, loadBalancer: { ...withNginx.loadBalancer, stickySessions: 'cookie' } }) },
	];
});

const generated = cases.map(({ id, plan }) => {
	const files = new Map(generateFiles(plan).map((f) => [f.path, f.contents]));
	return { id, oss: files.get('shared/load-balancer/nginx.conf'), plus: files.get('shared/load-balancer/nginx-plus.conf') };
});

describe('nginx.conf parses and uses only open-source nginx directives', () => {
	test.each(generated.filter((g) => g.oss !== undefined))('$id', ({ oss }) => {
		expect(problems(parseNginx(oss!))).toEqual([]);
		expect(oss).not.toMatch(/^\s*sticky\b/m);
	});
});

describe('nginx-plus.conf is marked as NGINX Plus, parses and sits next to nginx.conf', () => {
	test.each(generated.filter((g) => g.plus !== undefined))('$id', ({ oss, plus }) => {
		expect(plus!.split('\n')[0]).toContain('NGINX Plus');
		const upstream = parseNginx(plus!).find((d) => d.name === 'upstream');
		expect(upstream?.children?.some((d) => d.name === 'sticky' && d.args[0] === 'cookie')).toBe(true);
		expect(oss).toBeDefined();
	});
});

test('the checker catches what nginx -t would', () => {
	expect(problems(parseNginx('upstream u {\n    sticky cookie x;\n    server a:80;\n}\n'))).toEqual(['sticky in upstream: NGINX Plus only']);
	expect(() => parseNginx('upstream u {\n    server a:80\n}\n')).toThrow();
	expect(() => parseNginx('server {\n    listen 80;\n')).toThrow('missing }');
	expect(problems(parseNginx('server {\n    proxy_pass http://u;\n}\n'))).toEqual(['proxy_pass not allowed in server']);
});

test('at least one preset produces each file, so the checks above run', () => {
	expect(generated.filter((g) => g.oss !== undefined).length).toBeGreaterThan(presets.length);
	expect(generated.some((g) => g.plus !== undefined)).toBe(true);
});

describe('in front of containers', () => {
	const containers = generated.filter((g) => g.id.startsWith('v16-containers') && g.oss !== undefined);

	test('the upstream is each container’s plain HTTP port 8080 (the port its probes use); TLS ends at nginx', () => {
		expect(containers.length).toBeGreaterThan(0);
		for (const { oss } of containers) {
			const nodes = parseNginx(oss!);
			const servers = nodes.find((d) => d.name === 'upstream')!.children!.filter((d) => d.name === 'server');
			expect(servers.length).toBeGreaterThan(0);
			for (const s of servers) expect(s.args[0]).toMatch(/:8080$/);
			const location = nodes.find((d) => d.name === 'server')!.children!.find((d) => d.name === 'location')!;
			expect(location.children!.find((d) => d.name === 'proxy_pass')!.args[0]).toMatch(/^http:\/\//);
		}
	});

	test('IIS farms keep the scheme and port the public side uses', () => {
		const iis = generated.find((g) => g.id === 'v13-central-share (nginx, cookie)')!.oss!;
		const servers = parseNginx(iis).find((d) => d.name === 'upstream')!.children!.filter((d) => d.name === 'server');
		for (const s of servers) expect(s.args[0]).toMatch(/:443$/);
	});
});
