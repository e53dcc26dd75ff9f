/**
 * Containers, v9+: `servers/<id>/.env`, the server's settings as `NAME=value` lines for
 * Docker Compose's `env_file:`, where Compose users keep secrets such as connection strings
 * (updates reference §4, Docker Compose row). One file serves every replica, so
 * per-instance values are only described here: `compose.override.yaml` and
 * `kubernetes.patch.yaml` set them.
 */
import type { ServerContext } from '../context';
import { dotenvValue, envComment, envVariable, serializeDotenv, type DotenvNode } from '../formats/dotenv';
import { markdownCode } from '../formats/markdown';
import { instanceToken } from '../instances';
import type { GeneratedFile } from '../types';
import { hasContainerForms, serverEnvironment } from './environment';

/** `servers/<id>/.env` for a container server. */
export function dotenvFile(ctx: ServerContext): GeneratedFile | undefined {
	if (!hasContainerForms(ctx)) return undefined;
	const { shared, perInstance } = serverEnvironment(ctx);
	const nodes: DotenvNode[] = [
		envComment(`Environment variables for ${ctx.label}: the settings of appsettings.${ctx.plan.environment}.json, with __ for each colon.`),
		envComment('Docker Compose reads this with env_file: .env (double-quoted values are unescaped); docker run --env-file takes values literally, quotes included.'),
		envComment(''),
		...shared.map((v) => envVariable(v.name, v.value)),
	];
	if (perInstance.length > 0) {
		nodes.push(
			envComment(''),
			envComment(`Per instance (${instanceToken} = 1 to ${ctx.server.instances}): one env file cannot differ per replica, so these are set in compose.override.yaml and kubernetes.patch.yaml:`),
			// Quoted as a real line would be, so uncommenting one reads the value the plan has.
			...perInstance.map((v) => envComment(`${v.name}=${dotenvValue(v.value)}`)),
		);
	}
	return {
		path: `servers/${ctx.server.id}/.env`,
		language: 'dotenv',
		contents: serializeDotenv(nodes),
		serverIds: [ctx.server.id],
		title: `.env for ${ctx.label}`,
		apply: `Give the containers of ${markdownCode(ctx.label)} these variables with \`env_file: .env\` on the Compose service; it holds the same values as the appsettings fragment, \`compose.override.yaml\` and \`kubernetes.patch.yaml\`, so use one form. Keep it out of source control once real connection strings are in it.`,
	};
}
