/**
 * v7/v8 `umbracoSettings.config` fragments: the application URL, the backoffice cookie
 * domain (Engage Cockpit), keep-alive (8.6+) and v7's `distributedCall`.
 */
import { mainServer } from '../../plan/queries';
import { applicationUrlSetting } from '../../versions/catalogue';
import { atLeast, type ServerContext } from '../context';
import { keepAliveAttributes } from '../legacy-server-settings';
import { comment, el, serializeXml, text, type XmlElement, type XmlNode } from '../formats/xml';
import type { GeneratedFile } from '../types';
import { markdownCode } from '../formats/markdown';

/**
 * Traditional LB (< 7.3): every server listed by internal host name, the first one acts as
 * master; `serverName` (machine name) or `appId` tells each server which entry it is [V7-TRAD].
 */
function distributedCall(ctx: ServerContext): XmlNode[] {
	const { plan, band } = ctx;
	if (band.loadBalancing === 'traditional') {
		if (!ctx.multiServer) return [];
		const main = mainServer(plan);
		const ordered = [main, ...plan.servers.filter((s) => s.id !== main.id)];
		const servers = ordered.flatMap((s): XmlNode[] => {
			// forceProtocol and forcePortnumber go as a pair [V7-TRAD]: the scheduler builds `{protocol}://{host}:{port}`, port 80 when absent.
			const attrs = { serverName: s.settings.serverName, appId: s.settings.appId, forceProtocol: plan.loadBalancer.httpsOnly ? 'https' : undefined, forcePortnumber: plan.loadBalancer.httpsOnly ? '443' : undefined };
			const entry = el('server', attrs, [text(s.host)]);
			const missing = s.settings.serverName === undefined && s.settings.appId === undefined;
			return missing ? [comment(`${s.name}: add serverName="<machine name>" or appId="<IIS application id>" to this entry.`), entry] : [entry];
		});
		return [
			comment('Traditional load balancing (before 7.3): the first server listed acts as the master.'),
			el('distributedCall', { enable: 'true' }, [el('user', {}, [text('0')]), el('servers', {}, servers)]),
		];
	}
	// Flexible LB must not enable distributedCall; switch it off when the plan says it is on [V7-FLEX] [V7-FLEX0].
	if (band.family === 'v7' && plan.legacy.distributedCall === true) {
		return [comment('Flexible load balancing (7.3+) must not use distributedCall.'), el('distributedCall', { enable: 'false' })];
	}
	return [];
}

/** The elements under `<settings>` a v7/v8 server needs, in file order. */
export function settingsElements(ctx: ServerContext): XmlNode[] {
	const { plan, band } = ctx;
	const out: XmlNode[] = [];
	// Scheme, host and the backoffice path before v9 [V7-FLEX] [V8-UMBSET]. The attribute exists from
	// 7.2.7, when it replaced `scheduledTasks baseUrl`; before that nothing is written (the checklist says why) [V7-UMBSET].
	if (plan.applicationUrl !== undefined && hasApplicationUrlSetting(ctx)) {
		out.push(el('web.routing', { umbracoApplicationUrl: applicationUrlSetting(band, plan.applicationUrl).value }));
	}
	// Engage Cockpit by shared cookie: the v8 equivalent of AuthCookieDomain [V8-UMBSET] [E13-LB].
	if (band.family === 'v8' && plan.engage?.authCookieDomain !== undefined) {
		out.push(el('security', {}, [el('authCookieDomain', {}, [text(plan.engage.authCookieDomain)])]));
	}
	// keepAlive element exists from 8.6 [V8-KEEPALIVE]; R52 suggests disableKeepAliveTask="true" where the host keeps the site alive.
	const keepAlive = keepAliveAttributes(ctx);
	if (keepAlive) out.push(el('keepAlive', keepAlive));
	return [...out, ...distributedCall(ctx)];
}

/**
 * `web.routing umbracoApplicationUrl` exists from 7.2.7: the v7 reference calls `scheduledTasks baseUrl`
 * (6.2.5 and 7.1.9+) "obsolete as of 7.2.7, use umbracoApplicationUrl instead" [V7-UMBSET].
 */
export function hasApplicationUrlSetting(ctx: Pick<ServerContext, 'band' | 'version'>): boolean {
	return ctx.band.family !== 'v7' || atLeast(ctx.version, 7, 2, 7);
}

/** `servers/<id>/umbracoSettings.config.fragment.xml` (v7/v8), when the server needs any of it. */
export function umbracoSettingsFile(ctx: ServerContext): GeneratedFile | undefined {
	if (ctx.band.config !== 'web-config') return undefined;
	const children = settingsElements(ctx);
	if (children.length === 0) return undefined;
	const root: XmlElement = el('settings', {}, children);
	return {
		path: `servers/${ctx.server.id}/umbracoSettings.config.fragment.xml`,
		language: 'xml',
		contents: serializeXml([
			comment(`umbracoSettings.config fragment for ${ctx.label}: add these attributes and elements to the existing ones under <settings>.`),
			root,
		]),
		serverIds: [ctx.server.id],
		title: `umbracoSettings.config fragment for ${ctx.label}`,
		apply: `In ~/Config/umbracoSettings.config on ${markdownCode(ctx.label)}, set these attributes on the existing elements (web.routing, security, keepAlive, distributedCall) rather than adding duplicates.`,
	};
}
