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

/** The server's appsettings fragment flattened to colon paths (empty when there is none). */
export function appSettings(plan: Plan, id: string): Record<string, unknown> {
	const file = filesByPath(plan).get(`servers/${id}/appsettings.${plan.environment}.json`);
	return file ? flatten(JSON.parse(file.contents) as unknown) : {};
}

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return { [prefix]: value };
	return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}:${k}` : k))) as Record<string, unknown>;
}

/** `<add key value>` pairs of the server's web.config fragment. */
export function webAppSettings(plan: Plan, id: string): Record<string, string> {
	const file = filesByPath(plan).get(`servers/${id}/web.config.fragment.xml`);
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
