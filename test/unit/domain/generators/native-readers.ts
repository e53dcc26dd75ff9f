/**
 * Readers for the environment-variable forms, written from the readers' rules rather than
 * from the generators: Docker Compose's env files (compose-spec/compose-go dotenv/parser.go),
 * YAML through the `yaml` package in both 1.2 (Compose) and 1.1 (Kubernetes) modes, Compose
 * interpolation and Kubernetes `$(VAR)` expansion. Each throws where the real reader would
 * substitute something, so a test sees any value that would not arrive literally.
 */
import { parse } from 'yaml';

/** Compose interpolation: `$$` is `$`; any other `$` would substitute a variable. */
export function composeInterpolate(value: string): string {
	return value.replace(/\$(\$|\{[^}]*\}?|[A-Za-z_][A-Za-z0-9_]*|.?)/gs, (match, next: string) => {
		if (next === '$') return '$';
		throw new Error(`Compose would interpolate ${JSON.stringify(match)} in ${JSON.stringify(value)}`);
	});
}

/** Kubernetes env expansion: `$$` is `$`, `$(NAME)` is an earlier variable, any other `$x` stays. */
export function kubernetesExpand(value: string, earlier: ReadonlyMap<string, string>): string {
	return value.replace(/\$(\$|\([A-Za-z_][A-Za-z0-9_.-]*\)|.?)/gs, (match, next: string) => {
		if (next === '$') return '$';
		if (next.startsWith('(')) {
			const name = next.slice(1, -1);
			if (!earlier.has(name)) throw new Error(`$(${name}) refers to no earlier variable`);
			return earlier.get(name)!;
		}
		return match;
	});
}

const composeEscapes = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const simple: Readonly<Record<string, string>> = { a: '\u0007', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };

function unescapeDoubleQuoted(raw: string): string {
	return raw.replace(composeEscapes, (m) => {
		const c = m.slice(1);
		if (c === '$') return '$$';
		if (c.startsWith('0')) return c.length === 4 ? String.fromCharCode(parseInt(c.slice(1), 8)) : m;
		return simple[c] ?? m;
	});
}

/** One quoted value from `text` (opening quote at 0): its unescaped body and where it ends. */
function readQuoted(text: string): { value: string; end: number } {
	const quote = text[0]!;
	let chars = '';
	let escaped = false;
	for (let i = 1; i < text.length; i++) {
		const c = text[i]!;
		if (c !== quote) {
			if (!escaped && c === '\\') { escaped = true; continue; }
			if (escaped) { escaped = false; chars += '\\'; }
			chars += c;
			continue;
		}
		if (escaped) { escaped = false; chars += c; continue; }
		return { value: quote === '"' ? composeInterpolate(unescapeDoubleQuoted(chars)) : chars, end: i + 1 };
	}
	throw new Error(`unterminated quoted value: ${text}`);
}

/** A `.env` file as Docker Compose reads it (`env_file:`): name → value. Throws on anything Compose would refuse or substitute. */
export function readDotenv(text: string): Map<string, string> {
	const out = new Map<string, string>();
	let rest = text;
	for (;;) {
		rest = rest.replace(/^\s+/, '');
		if (rest === '') return out;
		if (rest.startsWith('#')) { rest = rest.slice(rest.indexOf('\n') + 1 || rest.length); continue; }
		const m = /^([A-Za-z0-9_.\-[\]]+)=/.exec(rest);
		if (!m) throw new Error(`not a NAME=value line: ${rest.split('\n')[0]}`);
		rest = rest.slice(m[0].length);
		if (rest.startsWith('"') || rest.startsWith("'")) {
			const { value, end } = readQuoted(rest);
			out.set(m[1]!, value);
			rest = rest.slice(end);
			if (!/^[ \t]*(\n|$)/.test(rest)) throw new Error(`text after a quoted value: ${rest.split('\n')[0]}`);
		} else {
			const line = rest.split('\n')[0]!;
			out.set(m[1]!, composeInterpolate(line.split(' #')[0]!.trimEnd()));
			rest = rest.slice(line.length);
		}
	}
}

/** `docker run --env-file`: the text after the first `=`, literally. */
export function readEnvFileLiterally(text: string): Map<string, string> {
	const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
	return new Map(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const));
}

/** YAML read the same way by a 1.2 and a 1.1 reader (Kubernetes still reads `yes` or `0777` the 1.1 way). */
export function readYaml(text: string): unknown {
	const modern = parse(text, { version: '1.2', strict: true, uniqueKeys: true }) as unknown;
	const legacy = parse(text, { version: '1.1', strict: true, uniqueKeys: true }) as unknown;
	if (JSON.stringify(modern) !== JSON.stringify(legacy)) throw new Error('YAML 1.1 and 1.2 readers disagree');
	return modern;
}

type Doc = Record<string, unknown>;

/** The `environment:` maps of a Compose file by service, as the containers see them. */
export function readComposeEnvironment(text: string): Map<string, Map<string, string>> {
	const services = (readYaml(text) as { services: Record<string, { environment: Record<string, unknown> }> }).services;
	return new Map(
		Object.entries(services).map(([name, service]) => {
			const env = Object.entries(service.environment).map(([k, v]) => {
				if (typeof v !== 'string') throw new Error(`${k} is a ${typeof v}, not a string`);
				return [k, composeInterpolate(v)] as const;
			});
			return [name, new Map(env)] as const;
		}),
	);
}

/** The first container of a Kubernetes workload patch. */
export function kubernetesContainer(text: string): Doc {
	const doc = readYaml(text) as { spec: { template: { spec: { containers: Doc[] } } } };
	return doc.spec.template.spec.containers[0]!;
}

/** A Kubernetes container's env as the process sees it; `valueFrom` variables get `fromField(fieldPath)`. */
export function readKubernetesEnv(text: string, fromField: (path: string) => string = (p) => `<${p}>`): Map<string, string> {
	const env = kubernetesContainer(text).env as { name: string; value?: unknown; valueFrom?: { fieldRef: { fieldPath: string } } }[];
	const out = new Map<string, string>();
	for (const v of env) {
		if (v.valueFrom) out.set(v.name, fromField(v.valueFrom.fieldRef.fieldPath));
		else if (typeof v.value === 'string') out.set(v.name, kubernetesExpand(v.value, out));
		else throw new Error(`${v.name}: value is a ${typeof v.value}, not a string`);
	}
	return out;
}

/** `<add key value xdt:Transform xdt:Locator>` elements of an XDT file, attribute entities decoded. */
export function readXdtAdds(xml: string): { key: string; value: string; transform: string; locator: string }[] {
	const decode = (s: string) => s.replace(/&(lt|gt|amp|quot|apos|#\d+);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? String.fromCharCode(Number(e.slice(1))));
	return [...xml.matchAll(/<add key="([^"]*)" value="([^"]*)" xdt:Transform="([^"]*)" xdt:Locator="([^"]*)" \/>/g)].map((m) => ({
		key: decode(m[1]!),
		value: decode(m[2]!),
		transform: m[3]!,
		locator: m[4]!,
	}));
}
