/** Readers for generated files, so band tests can ask "which keys does this server get?". */
import { generateFiles } from '../../../../src/domain/generators/generate';
import type { GeneratedFile } from '../../../../src/domain/generators/types';
import type { Plan } from '../../../../src/domain/plan/schema';

/** Generated files by path. */
export function filesByPath(plan: Plan): Map<string, GeneratedFile> {
	return new Map(generateFiles(plan).map((f) => [f.path, f]));
}

/** Paths of the files generated for one server (its folder). */
export function serverPaths(plan: Plan, id: string): string[] {
	return generateFiles(plan)
		.map((f) => f.path)
		.filter((p) => p.startsWith(`servers/${id}/`))
		.map((p) => p.slice(`servers/${id}/`.length));
}

/**
 * The server's appsettings flattened to colon paths (empty when there are none): its own fragment, or on
 * a central share the one shared fragment plus the environment variables of its application pool
 * (`applicationHost.config.fragment.xml`, IIS), which .NET reads after the JSON files.
 */
export function appSettings(plan: Plan, id: string): Record<string, unknown> {
	const files = filesByPath(plan);
	const own = files.get(`servers/${id}/appsettings.${plan.environment}.json`);
	if (own) return flatten(JSON.parse(own.contents) as unknown);
	const shared = files.get(`shared/appsettings.${plan.environment}.json`);
	const pool = files.get(`servers/${id}/applicationHost.config.fragment.xml`);
	return { ...(shared ? flatten(JSON.parse(shared.contents) as unknown) : {}), ...(pool ? poolSettings(pool.contents) : {}) };
}

const decode = (s: string) => s.replace(/&(lt|gt|amp|quot|apos|#\d+);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? String.fromCharCode(Number(e.slice(1))));

/** An app pool's `<environmentVariables>`: name → value, entities decoded. */
export function poolVariables(xml: string): Record<string, string> {
	const block = /<environmentVariables>([\s\S]*?)<\/environmentVariables>/.exec(xml)?.[1] ?? '';
	return Object.fromEntries([...block.matchAll(/<add name="([^"]*)" value="([^"]*)" \/>/g)].map((m) => [decode(m[1]!), decode(m[2]!)]));
}

/** The same variables as configuration keys (`__` → `:`), as .NET reads them. */
function poolSettings(xml: string): Record<string, string> {
	return Object.fromEntries(Object.entries(poolVariables(xml)).map(([name, value]) => [name.split('__').map((p, i) => (i === 0 && p === 'UMBRACO' ? 'Umbraco' : p)).join(':'), value]));
}

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return { [prefix]: value };
	return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}:${k}` : k))) as Record<string, unknown>;
}

/** `<add key value>` pairs of the server's web.config fragment, or on a central share of the one shared fragment every server reads. */
export function webAppSettings(plan: Plan, id: string): Record<string, string> {
	const files = filesByPath(plan);
	const file = files.get(`servers/${id}/web.config.fragment.xml`) ?? files.get('shared/web.config.fragment.xml');
	return Object.fromEntries([...(file?.contents ?? '').matchAll(/<add key="([^"]*)" value="([^"]*)" \/>/g)].map((m) => [m[1]!, m[2]!]));
}

/** The server's Azure app settings as name → value. */
export function azureSettings(plan: Plan, id: string): Record<string, string> {
	const file = filesByPath(plan).get(`servers/${id}/azure-app-settings.json`);
	const list = file ? (JSON.parse(file.contents) as { name: string; value: string }[]) : [];
	return Object.fromEntries(list.map((s) => [s.name, s.value]));
}

/** Contents of a generated file, or '' when it does not exist. */
export function contents(plan: Plan, path: string): string {
	return filesByPath(plan).get(path)?.contents ?? '';
}
