/**
 * Containers, v9+: `servers/<id>/compose.override.yaml`, the server's settings as the
 * `environment:` block of a Docker Compose service, plus the ready-probe healthcheck on
 * 17.3+ [D17-PROBES]. Compose reads `compose.override.yaml` next to `compose.yaml` by itself
 * and merges services by name. Compose interpolates `$` in every value, so `$` is written `$$`.
 */
import type { ServerContext } from '../context';
import { markdownCode } from '../formats/markdown';
import { quoted, serializeYaml, yamlComment, yamlList, yamlMap, type YamlMap } from '../formats/yaml';
import { forInstance, instanceNumbers, instanceToken } from '../instances';
import type { GeneratedFile } from '../types';
import { hasContainerForms, serverEnvironment, type EnvironmentVariable } from './environment';

/** The port ASP.NET Core images listen on from .NET 8 (every 17.3+ site), as in the docs' probe examples [D17-PROBES]. */
export const containerPort = 8080;

/** A value as Compose must see it: `$$` is a literal `$`, anything else after `$` would be interpolated. */
export const composeLiteral = (value: string): string => value.replace(/\$/g, () => '$$');

function environmentBlock(variables: readonly EnvironmentVariable[]): YamlMap {
	return yamlMap(...variables.map((v) => [v.name, quoted(composeLiteral(v.value))] as const));
}

/** The docs' Docker Compose healthcheck on the ready probe (17.3+), timings as there [D17-PROBES]. */
function healthcheck(ctx: ServerContext): YamlMap | undefined {
	const probes = ctx.band.healthProbes;
	if (!probes) return undefined;
	return yamlMap(
		yamlComment('Answers 503 while the instance starts or upgrades. The image needs curl, which slim .NET base images may lack.'),
		['test', yamlList('CMD', 'curl', '-f', `http://localhost:${containerPort}${probes.ready}`)],
		['interval', '10s'],
		['timeout', '5s'],
		['retries', 3],
		['start_period', '30s'],
	);
}

function service(ctx: ServerContext, variables: readonly EnvironmentVariable[]): YamlMap {
	const health = healthcheck(ctx);
	return yamlMap(['environment', environmentBlock(variables)], ...(health ? [['healthcheck', health] as const] : []));
}

/** One service, or one per instance when values differ per instance (Compose gives all replicas one environment). */
function services(ctx: ServerContext): YamlMap {
	const { shared, perInstance } = serverEnvironment(ctx);
	const id = ctx.server.id;
	if (perInstance.length === 0) return yamlMap([id, service(ctx, shared)]);
	return yamlMap(
		...instanceNumbers(ctx.server.instances).map(
			(n) => [`${id}-${n}`, service(ctx, [...shared, ...perInstance.map((v) => ({ name: v.name, value: forInstance(v.value, n) }))])] as const,
		),
	);
}

/** `servers/<id>/compose.override.yaml` for a container server. */
export function composeFile(ctx: ServerContext): GeneratedFile | undefined {
	if (!hasContainerForms(ctx)) return undefined;
	const perInstance = serverEnvironment(ctx).perInstance;
	const n = ctx.server.instances;
	const split = perInstance.length > 0
		? [yamlComment(`Compose gives every replica the same environment, so each of the ${n} instances is a service of its own (${ctx.server.id}-1 to ${ctx.server.id}-${n}) with ${instanceToken} = its number; run them instead of deploy.replicas.`)]
		: [];
	const root = yamlMap(
		yamlComment(`Docker Compose override for ${ctx.label}: the settings of appsettings.${ctx.plan.environment}.json as environment variables.`),
		yamlComment('Rename the service to the one in your compose.yaml. A $ in a value is written $$ so Compose does not interpolate it.'),
		...split,
		['services', services(ctx)],
	);
	return {
		path: `servers/${ctx.server.id}/compose.override.yaml`,
		language: 'yaml',
		contents: serializeYaml(root),
		serverIds: [ctx.server.id],
		title: `Docker Compose environment for ${ctx.label}`,
		apply: `Put it next to the \`compose.yaml\` that runs ${markdownCode(ctx.label)} (Compose merges \`compose.override.yaml\` by itself) and rename the service to yours; the same values as \`.env\` and the appsettings fragment, so use one form.`,
	};
}
