/**
 * v9+ on a central share (shared-site.ts): one `shared/appsettings.<Environment>.json` with the
 * entries every server has, and on IIS a per-machine `servers/<id>/applicationHost.config.fragment.xml`
 * with the rest as environment variables of that server's application pool [MS-IIS-APPPOOL-ENV].
 */
import type { PlanContext, ServerContext } from './context';
import { nestEntries, serializeJson, type ConfigEntry } from './formats/json';
import { markdownCode } from './formats/markdown';
import { comment, el, serializeXml } from './formats/xml';
import { instanceToken, perInstanceNote, splitPerInstance } from './instances';
import { placeholders } from './options';
import { entryId, fold, type SharedSite } from './shared-site-fold';
import { appSettingsEntries, asVariable } from './targets/appsettings';
import type { GeneratedFile } from './types';

/** Bundle path of a server's app-pool environment fragment. */
export const applicationHostPath = (serverId: string): string => `servers/${serverId}/applicationHost.config.fragment.xml`;

function sharedAppSettingsFile(ctx: PlanContext, entries: readonly ConfigEntry[], someDiffer: boolean): GeneratedFile {
	const name = `appsettings.${ctx.plan.environment}.json`;
	const rest = someDiffer ? ' Settings that differ per server are not in it; each server’s section says where they go.' : '';
	return {
		path: `shared/${name}`,
		language: 'json',
		contents: serializeJson(nestEntries(entries)),
		serverIds: [],
		title: `${name} for the one shared site folder (all servers)`,
		apply: `Merge into ${name} of the one site folder on the central share, once: every server runs that copy (ASPNETCORE_ENVIRONMENT=${ctx.plan.environment} on each), and keys here override appsettings.json.${rest}`,
	};
}

function applicationHostFile(ctx: ServerContext, own: readonly ConfigEntry[], perInstance: readonly ConfigEntry[]): GeneratedFile | undefined {
	if (own.length + perInstance.length === 0) return undefined;
	const variables = own.map(asVariable);
	const numbered = perInstance.map(asVariable).map((v) => comment(`Per instance (${instanceToken} = its number, 1 to ${ctx.server.instances}): ${v.name} = ${v.value}`));
	const pool = el('add', { name: placeholders.appPool }, [el('environmentVariables', {}, variables.map((v) => el('add', { name: v.name, value: v.value })))]);
	return {
		path: applicationHostPath(ctx.server.id),
		language: 'xml',
		contents: serializeXml([
			comment(`applicationHost.config fragment for ${ctx.label}: the settings not every server shares, with this server’s values, as environment variables of its IIS application pool (IIS 10 or later).`),
			comment('The site folder is one shared copy, so its appsettings files are the same for every server; environment variables are read after them and win. This goes into %windir%\\System32\\inetsrv\\config\\applicationHost.config on this machine, never onto the share.'),
			...numbered,
			el('configuration', {}, [el('system.applicationHost', {}, [el('applicationPools', {}, [pool])])]),
		]),
		serverIds: [ctx.server.id],
		title: `Application pool environment variables for ${ctx.label}`,
		apply: `On ${markdownCode(ctx.label)} itself (not on the share), add these environment variables to the site’s application pool in applicationHost.config (IIS 10 or later; \`appcmd set config -section:system.applicationHost/applicationPools\` does the same), with CHANGE-ME-APP-POOL renamed to the pool’s name, then recycle the pool. They hold the settings that differ per server; the shared appsettings file holds the rest.${perInstanceNote(perInstance.map(asVariable), ctx.server.instances, 'An application pool')}`,
	};
}

/** The v9+ shared copy: common entries once, per-server differences as app-pool environment variables on IIS. */
export function modernSharedSite(ctx: PlanContext, servers: readonly ServerContext[]): SharedSite {
	const split = new Map(servers.map((s) => [s.server.id, splitPerInstance(appSettingsEntries(s), s.server.instances)] as const));
	const folded = fold(servers, (s) => split.get(s.server.id)!.shared, entryId);
	const someDiffer = servers.some((s) => folded.differing.get(s.server.id)!.length + split.get(s.server.id)!.perInstance.length > 0);
	const files: GeneratedFile[] = folded.common.length > 0 ? [sharedAppSettingsFile(ctx, folded.common, someDiffer)] : [];
	// Containers and App Service already give each server every entry as environment variables (environment.ts).
	if (ctx.plan.hosting === 'iis') {
		for (const s of servers) {
			const file = applicationHostFile(s, folded.differing.get(s.server.id)!, split.get(s.server.id)!.perInstance);
			if (file) files.push(file);
		}
	}
	return { files, leftOut: [] };
}
