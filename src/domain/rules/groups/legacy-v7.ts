/**
 * R08–R14: the older families. v7 before 7.3 balances with `distributedCall` ("traditional"),
 * 7.3+ with the database instruction queue ("flexible"); early v8 minors have known bugs.
 */
import { isMultiServer } from '../../plan/queries';
import type { Plan, Server } from '../../plan/schema';
import { compareVersions } from '../../versions/version';
import { bandsBetween } from '../band-sets';
import { effectiveSettings } from '../../plan/recommend';
import { nameList, serverPath } from '../helpers';
import type { Rule, RuleHit } from '../types';

/** Traditional load balancing is in use: below 7.3, several instances, `distributedCall` not turned off. */
const traditional = (plan: Plan): boolean => isMultiServer(plan) && plan.legacy.distributedCall !== false;

// [V7-FLEX] [V7-TRAD]: "Traditional load balancing must be used for Umbraco versions less than 7.3.0".
const r08: Rule = {
	id: 'R08',
	severity: 'error',
	bands: ['v7.0-7.2'],
	summary: 'Flexible load balancing needs Umbraco 7.3; below 7.3 use traditional distributedCall.',
	why: 'The database instruction queue and server election arrived in 7.3.0. Below that, servers only learn about changes through distributedCall notifications.',
	fix: 'Enable <distributedCall enable="true"> in /config/umbracoSettings.config with one <server> per node, or upgrade to 7.3 or later.',
	sources: ['V7-FLEX', 'V7-TRAD'],
	certainty: 'documented',
	lesson: 'traditional-load-balancing-v7',
	check({ plan }) {
		return isMultiServer(plan) && plan.legacy.distributedCall === false ? [{ path: 'legacy.distributedCall' }] : [];
	},
};

// [V7-FLEX] [V7-FLEX0]: "do NOT enable distributedCall" with flexible load balancing.
const r09: Rule = {
	id: 'R09',
	severity: 'error',
	bands: ['v7.3+'],
	summary: 'Do not enable distributedCall with flexible load balancing (7.3+).',
	why: 'From 7.3 changes travel through the database instruction queue; distributedCall is only for traditional load balancing and must stay off.',
	fix: 'Set <distributedCall enable="false"> in /config/umbracoSettings.config (flexible load balancing needs no Umbraco switch).',
	sources: ['V7-FLEX', 'V7-FLEX0'],
	certainty: 'documented',
	lesson: 'traditional-load-balancing-v7',
	check({ plan }) {
		return plan.legacy.distributedCall === true ? [{ path: 'legacy.distributedCall' }] : [];
	},
};

/** Servers whose internal host name another server uses too (case-insensitive). */
function sharedHosts(servers: readonly Server[]): Server[] {
	const count = new Map<string, number>();
	for (const s of servers) count.set(s.host.toLowerCase(), (count.get(s.host.toLowerCase()) ?? 0) + 1);
	return servers.filter((s) => count.get(s.host.toLowerCase())! > 1);
}

// [V7-TRAD]: unique DNS name per server, <server> per node, serverName (= machine name) or appId.
const r10: Rule = {
	id: 'R10',
	severity: 'error',
	bands: ['v7.0-7.2'],
	summary: 'Traditional load balancing: every server needs its own internal host name and a serverName or appId in distributedCall.',
	why: 'Servers notify each other over HTTP by internal DNS name, so each needs a unique host name bound in IIS and its own <server> entry. From 7.1.5 each entry also needs serverName (the machine name) or appId, or scheduled tasks fail; the first entry is taken as the master.',
	fix: 'Give every server a unique internal host name (e.g. server1.mywebsite.com) bound as an IIS host header, list each in distributedCall/servers with serverName="MACHINE" or appId="/LM/W3SVC/69/ROOT", admin server first.',
	sources: ['V7-TRAD'],
	certainty: 'documented',
	lesson: 'traditional-load-balancing-v7',
	check({ plan, version }) {
		if (!traditional(plan)) return [];
		const hits: RuleHit[] = [];
		// serverName/appId (and "first entry is the master") came with 6.2.1 / 7.1.5 [V7-TRAD].
		const needsIdentity = compareVersions(version, [7, 1, 5]) >= 0;
		const clashes = sharedHosts(plan.servers);
		if (clashes.length > 0) {
			hits.push({ servers: clashes.map((s) => s.id), path: 'servers', message: `${nameList(clashes)} share an internal host name; each server needs its own.` });
		}
		for (const s of plan.servers) {
			if (s.instances > 1) {
				hits.push({ servers: [s.id], path: `${serverPath(plan, s)}.instances`, message: `${s.name} runs ${s.instances} instances, but each instance needs its own host name and distributedCall entry.` });
			}
			if (needsIdentity && s.settings.serverName === undefined && s.settings.appId === undefined) {
				hits.push({ servers: [s.id], path: `${serverPath(plan, s)}.settings.serverName`, message: `${s.name} needs serverName (its machine name) or appId on its distributedCall <server> entry.` });
			}
		}
		return hits;
	},
};

// [V7-TRAD]: "If only HTTPS bindings exist, set umbracoUseSSL to true or publishing breaks".
const r11: Rule = {
	id: 'R11',
	severity: 'warning',
	bands: ['v7.0-7.2'],
	summary: 'HTTPS-only bindings need the web.config appSetting umbracoUseSSL=true, or publishing fails.',
	why: 'The traditional load-balancing docs warn that when a site only has HTTPS bindings, publishing breaks unless umbracoUseSSL is true.',
	fix: 'Set <add key="umbracoUseSSL" value="true" /> in web.config appSettings on every server.',
	sources: ['V7-TRAD'],
	certainty: 'documented',
	lesson: 'traditional-load-balancing-v7',
	check({ plan }) {
		if (!traditional(plan) || !plan.loadBalancer.httpsOnly) return [];
		return plan.servers
			.filter((s) => !effectiveSettings(plan, s).umbracoUseSsl)
			.map((s) => ({ servers: [s.id], path: `${serverPath(plan, s)}.settings.umbracoUseSsl`, message: `${s.name} has umbracoUseSSL off while only HTTPS is served.` }));
	},
};

// [V8-ADV-864] [V8-AZ-864]
const r12: Rule = {
	id: 'R12',
	severity: 'warning',
	bands: ['v8.0-8.5', 'v8.6.0-8.6.3'],
	summary: 'Load balancing Umbraco 8.0.0–8.6.3 is not recommended; use 8.6.4 or later.',
	why: 'The docs say 8.0.0 to 8.6.3 are affected by many load-balancing bugs and set 8.6.4 as the minimum.',
	fix: 'Upgrade to 8.6.4 or later (ideally the latest 8.18) before load balancing.',
	sources: ['V8-ADV-864'],
	certainty: 'documented',
	lesson: 'how-load-balancing-works',
	check({ plan }) {
		return isMultiServer(plan) ? [{ path: 'umbraco', message: `Umbraco ${plan.umbraco} is below 8.6.4, the minimum the docs recommend for load balancing.` }] : [];
	},
};

// [V8-ADV-802]: messenger options broken in 8.0.0/8.0.1, fixed in 8.0.2.
const r13: Rule = {
	id: 'R13',
	severity: 'warning',
	bands: ['v8.0-8.5'],
	summary: 'Custom DatabaseServerMessengerOptions are ignored on 8.0.0 and 8.0.1 (fixed in 8.0.2).',
	why: 'A bug in 8.0.0/8.0.1 means options set with composition.SetDatabaseServerMessengerOptions(...) have no effect.',
	fix: 'Upgrade to 8.0.2 or later (8.6.4+ for load balancing), or drop the custom messenger options.',
	sources: ['V8-ADV-802'],
	certainty: 'documented',
	lesson: 'how-load-balancing-works',
	check({ plan, version }) {
		if (compareVersions(version, [8, 0, 2]) >= 0) return [];
		return plan.servers
			.filter((s) => s.settings.messenger !== undefined)
			.map((s) => ({ servers: [s.id], path: `${serverPath(plan, s)}.settings.messenger`, message: `The messenger options of ${s.name} are ignored on ${plan.umbraco}.` }));
	},
};

// [V8-ADV-810] [SRC-ROLE]; DOCS DISAGREE: main v8 samples still return ServerRole.Master [V8-ADV] [V8-CFG].
const r14: Rule = {
	id: 'R14',
	severity: 'info',
	bands: bandsBetween('v8.10-8.11', 'v8.12+'),
	summary: 'From 8.10 pin the admin server with ServerRole.Primary; ServerRole.Master is obsolete.',
	why: 'Umbraco 8.10 added ServerRole.Primary and marked Master obsolete. DOCS DISAGREE: the main v8 code samples still return ServerRole.Master, which works but raises an obsolete warning.',
	fix: 'Return ServerRole.Primary from the admin server\'s IServerRegistrar (the generated code does).',
	sources: ['V8-ADV-810', 'SRC-ROLE'],
	certainty: 'docs-disagree',
	lesson: 'pinning-server-roles',
	check({ plan }) {
		const pinned = plan.servers.filter((s) => s.role === 'publisher');
		if (pinned.length === 0) return [];
		return [{ servers: pinned.map((s) => s.id), path: `${serverPath(plan, pinned[0]!)}.role`, message: `${nameList(pinned)}: the bundle's registrar returns ServerRole.Primary; keep it so on ${plan.umbraco}, rather than the obsolete ServerRole.Master of the docs' samples.` }];
	},
};

/** R08–R14. */
export const legacyV7Rules: readonly Rule[] = [r08, r09, r10, r11, r12, r13, r14];
