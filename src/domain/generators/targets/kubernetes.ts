/**
 * Containers, v9+: `servers/<id>/kubernetes.patch.yaml`, a strategic-merge patch (a kustomize
 * `patches:` entry, or a guide for hand-written manifests) that gives the server's container
 * its settings as `env:` and, on 17.3+, liveness and readiness probes on
 * `/umbraco/api/health/live` and `/umbraco/api/health/ready` with the docs' port and timings
 * [D17-PROBES]. Plain manifests are the native form: there is no common Helm chart (updates
 * reference §4, Kubernetes row).
 */
import type { ServerContext } from '../context';
import { markdownCode } from '../formats/markdown';
import { quoted, serializeYaml, yamlComment, yamlList, yamlMap, type YamlComment, type YamlMap } from '../formats/yaml';
import { instanceToken } from '../instances';
import type { GeneratedFile } from '../types';
import { containerPort } from './compose';
import { hasContainerForms, serverEnvironment } from './environment';

/** The helper variable holding the pod's ordinal; not an Umbraco setting. */
export const podIndexVariable = 'POD_INDEX';
// Kubernetes 1.28+ labels each StatefulSet pod with its ordinal, 0-based (KEP-4017, pod index label).
const podIndexField = "metadata.labels['apps.kubernetes.io/pod-index']";

/** A value as Kubernetes must see it: `$$` is a literal `$`; `$(NAME)` would be replaced by an earlier variable. */
export const kubernetesLiteral = (value: string): string => value.replace(/\$/g, () => '$$');

const variable = (name: string, value: string): YamlMap => yamlMap(['name', name], ['value', quoted(value)]);

function envList(ctx: ServerContext): YamlMap[] {
	const { shared, perInstance } = serverEnvironment(ctx);
	const out = shared.map((v) => variable(v.name, kubernetesLiteral(v.value)));
	if (perInstance.length === 0) return out;
	// Defined before the variables that use it: Kubernetes expands $(NAME) from earlier entries only.
	out.push(yamlMap(['name', podIndexVariable], ['valueFrom', yamlMap(['fieldRef', yamlMap(['fieldPath', podIndexField])])]));
	for (const v of perInstance) out.push(variable(v.name, kubernetesLiteral(v.value).split(instanceToken).join(`$(${podIndexVariable})`)));
	return out;
}

/** httpGet probe with the docs' timings [D17-PROBES]. */
const probe = (path: string): YamlMap =>
	yamlMap(['httpGet', yamlMap(['path', path], ['port', containerPort])], ['initialDelaySeconds', 5], ['periodSeconds', 10]);

function container(ctx: ServerContext): YamlMap {
	const probes = ctx.band.healthProbes;
	// live: the process answers (a failure restarts it); ready: 503 while starting or upgrading (traffic waits) [D17-PROBES].
	const probeEntries = probes ? ([['livenessProbe', probe(probes.live)], ['readinessProbe', probe(probes.ready)]] as const) : [];
	return yamlMap(['name', 'umbraco'], ['env', yamlList(...envList(ctx))], ...probeEntries);
}

function notes(ctx: ServerContext, perInstance: boolean): YamlComment[] {
	const out = [
		yamlComment(`Kubernetes patch for ${ctx.label}: the settings of appsettings.${ctx.plan.environment}.json as env${ctx.band.healthProbes ? ', and the health probes (Umbraco 17.3+)' : ''}.`),
		yamlComment(`Use it as a kustomize patch or copy env${ctx.band.healthProbes ? ' and the probes' : ''} into your manifest; rename metadata.name and the container to yours. A $ in a value is written $$.`),
	];
	if (perInstance) {
		out.push(
			yamlComment(`Per-instance values use the pod ordinal: ${podIndexVariable} (0 to ${ctx.server.instances - 1}, Kubernetes 1.28+) stands where the plan has ${instanceToken}, which the other files number from 1.`),
			yamlComment('A Deployment gives its pods no stable number, so this server runs as a StatefulSet.'),
		);
	}
	return out;
}

/** `servers/<id>/kubernetes.patch.yaml` for a container server. */
export function kubernetesFile(ctx: ServerContext): GeneratedFile | undefined {
	if (!hasContainerForms(ctx)) return undefined;
	const perInstance = serverEnvironment(ctx).perInstance.length > 0;
	const template = yamlMap(['spec', yamlMap(['containers', yamlList(container(ctx))])]);
	const root = yamlMap(
		...notes(ctx, perInstance),
		['apiVersion', 'apps/v1'],
		['kind', perInstance ? 'StatefulSet' : 'Deployment'],
		['metadata', yamlMap(['name', ctx.server.id])],
		['spec', yamlMap(['template', template])],
	);
	return {
		path: `servers/${ctx.server.id}/kubernetes.patch.yaml`,
		language: 'yaml',
		contents: serializeYaml(root),
		serverIds: [ctx.server.id],
		title: `Kubernetes env and probes for ${ctx.label}`,
		apply: `Apply it to the workload that runs ${markdownCode(ctx.label)} as a kustomize patch, or copy its \`env\`${ctx.band.healthProbes ? ' and probes' : ''} into your manifest; the same values as \`.env\` and the appsettings fragment, so use one form.`,
	};
}
