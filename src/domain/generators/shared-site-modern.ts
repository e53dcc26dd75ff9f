/**
 * v9+ on a central share (shared-site.ts): one `shared/appsettings.<Environment>.json` with the
 * entries every server has, and on IIS a per-machine `servers/<id>/applicationHost.config.fragment.xml`
 * with the rest as environment variables of that server's application pool [MS-IIS-APPPOOL-ENV]
 * (targets/application-host.ts).
 */
import type { PlanContext, ServerContext } from './context';
import { nestEntries, serializeJson, type ConfigEntry } from './formats/json';
import { splitPerInstance } from './instances';
import { entryId, fold, type SharedSite } from './shared-site-fold';
import { applicationHostFile } from './targets/application-host';
import { appSettingsEntries } from './targets/appsettings';
import type { GeneratedFile } from './types';

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
