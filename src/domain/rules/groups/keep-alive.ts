/**
 * Keep-alive rules R51–R52: the keep-alive task and its settings were removed in v14;
 * before that, its ping is local and can be switched off.
 */
import type { Plan, Server } from '../../plan/schema';
import type { VersionTuple } from '../../versions/version';
import type { VersionBandId } from '../../versions/bands';
import { v14PlusBands } from '../band-sets';
import { atLeast, isAzure, settingPath } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

/** Servers that write keep-alive settings: any of them, or the switch that turns the task off. */
const withKeepAliveSettings = (plan: Plan): Server[] => plan.servers.filter((s) => s.settings.keepAliveSettings === true || s.settings.disableKeepAlive === true);

const R51: Rule = {
	id: 'R51',
	severity: 'error',
	bands: v14PlusBands,
	summary: '`Umbraco:CMS:KeepAlive` settings were removed in v14: do not configure them.',
	why: 'The keep-alive job, its classes and its settings were removed in Umbraco 14; the section is ignored and misleads readers of the configuration.',
	fix: 'Delete the `Umbraco:CMS:KeepAlive` section (`DisableKeepAliveTask`, `KeepAlivePingUrl`) from appsettings.',
	sources: ['PR-15891', 'PR-DOCS-6911'],
	certainty: 'documented',
	lesson: 'scheduling-server-election',
	check({ plan }: RuleContext): RuleHit[] {
		return withKeepAliveSettings(plan).map((server) => ({
			servers: [server.id],
			path: settingPath(plan, server, server.settings.keepAliveSettings === true ? 'keepAliveSettings' : 'disableKeepAlive'),
			message: `${server.name} configures \`Umbraco:CMS:KeepAlive\`, which no longer exists from v14; remove it.`,
		}));
	},
};

/** What to know about one server's keep-alive settings in this version [V8-KEEPALIVE] [V9-KEEPALIVE]. */
function keepAliveNote(server: Server, version: VersionTuple): string {
	if (version[0] === 8) {
		return `${server.name} configures \`<keepAlive disableKeepAliveTask="…" keepAlivePingUrl="…" />\` in umbracoSettings.config: the ping endpoint only answers local requests, so the URL (default \`{umbracoApplicationUrl}/api/keepalive/ping\`) must reach this server itself.`;
	}
	if (!atLeast(version, [9, 5, 0])) {
		return `${server.name} configures \`Umbraco:CMS:KeepAlive\`, but before 9.5.0 \`KeepAlivePingUrl\` is ignored (a bug): upgrade to 9.5 or later for it to take effect.`;
	}
	return `${server.name} configures \`Umbraco:CMS:KeepAlive\`: \`KeepAlivePingUrl\` (default \`~/api/keepalive/ping\`, no trailing slash) must reach this server; \`DisableKeepAliveTask\` turns the ping off.`;
}

const R52: Rule = {
	id: 'R52',
	severity: 'info',
	bands: ['v8.6.0-8.6.3', 'v8.6.4-8.9', 'v8.10-8.11', 'v8.12+', 'v9.0-9.3', 'v9.4-9.5', 'v10-13'] satisfies VersionBandId[],
	summary: 'The keep-alive ping is meant for the local server and can be switched off (`disableKeepAliveTask` / `DisableKeepAliveTask`), e.g. where the host keeps the site alive; v9 ignores `KeepAlivePingUrl` before 9.5.0.',
	why: 'The scheduling server pings itself so scheduled publishing keeps running. In v8 the ping endpoint refuses requests that are not local; hosts such as Azure keep apps alive by their own means.',
	fix: 'v8.6+: umbracoSettings.config `<keepAlive disableKeepAliveTask="true" />`; v9–v13: `Umbraco:CMS:KeepAlive:DisableKeepAliveTask` = `true` (settings take effect from 9.5.0).',
	sources: ['V8-KEEPALIVE', 'V9-KEEPALIVE'],
	certainty: 'documented',
	lesson: 'scheduling-server-election',
	check({ plan, version }: RuleContext): RuleHit[] {
		// A server that turns the task off has done what this rule suggests.
		const configured = plan.servers.filter((s) => s.settings.keepAliveSettings === true && s.settings.disableKeepAlive !== true);
		if (configured.length === 0) {
			if (!isAzure(plan) || plan.servers.some((s) => s.settings.disableKeepAlive === true)) return [];
			const key = version[0] === 8 ? '`disableKeepAliveTask` on `<keepAlive>` in umbracoSettings.config' : '`Umbraco:CMS:KeepAlive:DisableKeepAliveTask`';
			return [{ path: 'hosting', message: `Azure keeps the apps alive by its own means: Umbraco's keep-alive task can be switched off with ${key}.` }];
		}
		return configured.map((server) => ({ servers: [server.id], path: settingPath(plan, server, 'keepAliveSettings'), message: keepAliveNote(server, version) }));
	},
};

/** Keep-alive rules. */
export const keepAliveRules: readonly Rule[] = [R51, R52];
