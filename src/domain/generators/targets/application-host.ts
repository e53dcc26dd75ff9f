/**
 * `servers/<id>/applicationHost.config.fragment.xml`: what a server's IIS application pool
 * needs, set on that machine (never in the site folder):
 *
 * - on a v9+ central share, the settings that differ per server, as the pool's environment
 *   variables (IIS 10+) [MS-IIS-APPPOOL-ENV] (shared-site-modern.ts decides which); on a v7/v8
 *   central share, the pinned role the shared registrar reads (server-roles.ts);
 * - when overlapped recycling is off for the server (R33 on Azure's v8, R72 before 17.7 /
 *   18.2), `<recycling disallowOverlappingRotation="true" />`: IIS then stops the old worker
 *   process before it starts the new one [MS-IIS-RECYCLING].
 */
import type { ServerContext } from '../context';
import type { ConfigEntry } from '../formats/json';
import { markdownCode } from '../formats/markdown';
import { comment, el, serializeXml, type XmlNode } from '../formats/xml';
import { instanceToken, perInstanceNote } from '../instances';
import { placeholders } from '../options';
import type { GeneratedFile } from '../types';
import { asVariable } from './appsettings';

/** Bundle path of a server's application-pool fragment. */
export const applicationHostPath = (serverId: string): string => `servers/${serverId}/applicationHost.config.fragment.xml`;

/** Whether the server's IIS pool must not overlap its worker processes. */
const noOverlap = (ctx: ServerContext): boolean => ctx.plan.hosting === 'iis' && ctx.settings.disableOverlappedRecycling;

/**
 * The fragment for one IIS server: its environment variables (`own`, and `perInstance`
 * described in comments), and the recycling setting; undefined when it needs neither.
 */
export function applicationHostFile(ctx: ServerContext, own: readonly ConfigEntry[] = [], perInstance: readonly ConfigEntry[] = []): GeneratedFile | undefined {
	if (ctx.plan.hosting !== 'iis') return undefined;
	const variables = own.map(asVariable);
	const hasVariables = variables.length + perInstance.length > 0;
	const overlapOff = noOverlap(ctx);
	if (!hasVariables && !overlapOff) return undefined;
	const numbered = perInstance.map(asVariable).map((v) => comment(`Per instance (${instanceToken} = its number, 1 to ${ctx.server.instances}): ${v.name} = ${v.value}`));
	const poolChildren: XmlNode[] = [];
	if (overlapOff) poolChildren.push(el('recycling', { disallowOverlappingRotation: 'true' }));
	if (hasVariables) poolChildren.push(el('environmentVariables', {}, variables.map((v) => el('add', { name: v.name, value: v.value }))));
	const legacy = ctx.band.config !== 'appsettings';
	const what = [hasVariables && (legacy ? 'its pinned role, as an environment variable of its IIS application pool (IIS 10 or later)' : 'the settings not every server shares, with this server’s values, as environment variables of its IIS application pool (IIS 10 or later)'), overlapOff && 'overlapped recycling off for its application pool'].filter(Boolean).join('; and ');
	const steps = [
		hasVariables &&
			`add ${legacy ? 'this environment variable' : 'these environment variables'} to the site’s application pool in applicationHost.config (IIS 10 or later; \`appcmd set config -section:system.applicationHost/applicationPools\` does the same). ${legacy ? 'It holds the role this server is pinned to, which the one shared build reads (IIS 8.5 and older have no pool variables: leave the roles to the election there)' : 'They hold the settings that differ per server; the shared appsettings file holds the rest'}`,
		overlapOff && 'turn overlapped recycling off for the site’s application pool (IIS Manager > Application Pools > Advanced Settings > Recycling > Disable Overlapped Recycle = True, which writes the `recycling` element here): the old process then ends before the new one starts, so the new one always gets MainDom',
	].filter(Boolean);
	return {
		path: applicationHostPath(ctx.server.id),
		language: 'xml',
		contents: serializeXml([
			comment(`applicationHost.config fragment for ${ctx.label}: ${what}.`),
			comment(
				hasVariables
					? `The site folder is one shared copy, so ${legacy ? 'its Web.config is the same for every server; the shared ConfiguredServerRegistrar reads this variable itself' : 'its appsettings files are the same for every server; environment variables are read after them and win'}. This goes into %windir%\\System32\\inetsrv\\config\\applicationHost.config on this machine, never onto the share.`
					: 'This goes into %windir%\\System32\\inetsrv\\config\\applicationHost.config on this machine, not into the site.'
			),
			...numbered,
			el('configuration', {}, [el('system.applicationHost', {}, [el('applicationPools', {}, [el('add', { name: placeholders.appPool }, poolChildren)])])]),
		]),
		serverIds: [ctx.server.id],
		title: hasVariables ? `Application pool environment variables for ${ctx.label}` : `Application pool recycling for ${ctx.label}`,
		apply: `On ${markdownCode(ctx.label)} itself${hasVariables ? ' (not on the share)' : ''}, ${steps.join('; and ')}. Rename CHANGE-ME-APP-POOL to the pool’s name, then recycle the pool.${perInstanceNote(perInstance.map(asVariable), ctx.server.instances, 'An application pool')}`,
	};
}
