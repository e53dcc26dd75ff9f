/**
 * Umbraco Engage rules R56–R62 for CM/CD setups: one processing server, sticky sessions,
 * the bot-detection ping, shared keys, Cockpit authentication and, on 17, HTTPS and the
 * load-balanced backoffice. They apply when the plan has `engage` with the Engage product, on
 * a version Engage exists for (13, 16 on: the Engage 13/16/17 docs the keys come from); R78
 * (`engage-generation.ts`) reports the other combinations.
 */
import { effectiveSettings } from '../../plan/recommend';
import { isBackofficeLoadBalanced, isBehindLoadBalancer } from '../../plan/queries';
import type { Plan } from '../../plan/schema';
import { marketingProductsOf } from '../../versions/catalogue';
import { v10PlusBands, v17Bands } from '../band-sets';
import { cookieDomainCovers, settingPath, sharedParentDomain } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

type Engage = NonNullable<Plan['engage']>;

/**
 * The plan's Engage section when Umbraco Engage is in play: the product (Engage unless the plan
 * says uMarketingSuite) exists for this version (13, 16 on). R78 reports the other combinations.
 */
export function engageOf({ plan, version }: RuleContext): Engage | undefined {
	const engage = plan.engage;
	if (!engage || (engage.product ?? 'engage') !== 'engage') return undefined;
	return marketingProductsOf(version).includes('engage') ? engage : undefined;
}

const base = { sources: ['E13-LB', 'E17-LB'], certainty: 'documented', lesson: 'engage-cm-cd' } as const;

const R56: Rule = {
	...base,
	id: 'R56',
	severity: 'error',
	bands: v10PlusBands,
	summary: 'Engage: `Engage:Analytics:DataProcessing:IsProcessingServer` must be true on the CM server and false on every CD (front-end) server.',
	why: 'Processing (parsing raw analytics in the background) belongs on the CM server only, and the setting defaults to true, so CD servers must turn it off explicitly.',
	fix: 'Set `Engage:Analytics:DataProcessing:IsProcessingServer` = `true` on the CM server and `false` on the CD servers.',
	sources: ['E13-LB', 'E17-LB', 'E17-CFG', 'E13-PARSE'],
	check(context: RuleContext): RuleHit[] {
		const engage = engageOf(context);
		if (!engage) return [];
		const { plan } = context;
		return plan.servers.flatMap((server) => {
			const isCm = server.id === engage.cmServer;
			if (effectiveSettings(plan, server).engageProcessing === isCm) return [];
			const should = isCm ? `\`true\` on ${server.name}, the CM server` : `\`false\` on ${server.name}, a CD server`;
			return [{ servers: [server.id], path: settingPath(plan, server, 'engageProcessing'), message: `\`Engage:Analytics:DataProcessing:IsProcessingServer\` must be ${should}.` }];
		});
	},
};

const R57: Rule = {
	...base,
	id: 'R57',
	severity: 'error',
	bands: v10PlusBands,
	summary: 'Engage behind a load balancer needs sticky sessions (cookie, IP or URL affinity).',
	why: 'The Engage docs call session affinity essential on a load-balanced site: analytics, A/B testing and personalisation depend on it.',
	fix: 'Turn on session affinity in the load balancer (cookie-, IP- or URL-based).',
	check(context: RuleContext): RuleHit[] {
		const { plan } = context;
		if (!engageOf(context) || plan.loadBalancer.stickySessions !== 'none') return [];
		const behind = plan.servers.filter(isBehindLoadBalancer);
		if (behind.reduce((n, s) => n + s.instances, 0) < 2) return [];
		return [{ servers: behind.map((s) => s.id), path: 'loadBalancer.stickySessions', message: 'Engage runs behind a load balancer without sticky sessions; turn on cookie-, IP- or URL-based affinity.' }];
	},
};

const R58: Rule = {
	...base,
	id: 'R58',
	severity: 'error',
	bands: v10PlusBands,
	summary: 'Engage: POST `umbraco/engage/pagedata/ping` must reach the CD (front-end) servers.',
	why: 'Engage uses the ping for bot detection: if it is blocked, every visitor counts as a bot and no analytics are stored.',
	fix: 'Allow POST requests to `umbraco/engage/pagedata/ping` through the firewall, WAF and load balancer to every CD server.',
	check(context: RuleContext): RuleHit[] {
		const engage = engageOf(context);
		if (!engage || engage.pingReachable) return [];
		const cd = context.plan.servers.filter((s) => s.id !== engage.cmServer);
		return [{ servers: cd.map((s) => s.id), path: 'engage.pingReachable', message: 'POST `umbraco/engage/pagedata/ping` is blocked: every visitor is treated as a bot and no analytics are stored.' }];
	},
};

const R59: Rule = {
	...base,
	id: 'R59',
	severity: 'error',
	bands: v10PlusBands,
	summary: 'Engage: the CM and CD servers must share Data Protection keys.',
	why: 'CD servers must decrypt the Umbraco auth cookie the CM server issued; with different keys the Cockpit cannot be used.',
	fix: 'Share one Data Protection key ring between the CM and all CD servers.',
	check(context: RuleContext): RuleHit[] {
		const { plan } = context;
		if (!engageOf(context) || plan.keys.shared || plan.servers.length < 2) return [];
		return [{ servers: plan.servers.map((s) => s.id), path: 'keys.shared', message: 'The CM and CD servers do not share Data Protection keys: the CD servers cannot read the backoffice cookie, so the Engage Cockpit does not work.' }];
	},
};

/** What is wrong with the cookie domain for the Cockpit, or undefined when it works [E13-LB]. */
function cookieDomainProblem(cmHost: string, siteHost: string, domain: string | undefined): string | undefined {
	if (domain === undefined) {
		if (cmHost.toLowerCase() === siteHost.toLowerCase()) return undefined;
		const parent = sharedParentDomain(cmHost, siteHost);
		return parent
			? `The Cockpit on ${siteHost} reads the backoffice login cookie from ${cmHost}: set \`Umbraco:CMS:Security:AuthCookieDomain\` to \`${parent}\`.`
			: `The Cockpit on ${siteHost} reads the backoffice login cookie from ${cmHost}, but they share no parent domain: host the backoffice on a sub-domain of the site's domain and set \`Umbraco:CMS:Security:AuthCookieDomain\` to that parent.`;
	}
	if (cookieDomainCovers(domain, cmHost) && cookieDomainCovers(domain, siteHost)) return undefined;
	const parent = sharedParentDomain(cmHost, siteHost);
	const wrong = `\`Umbraco:CMS:Security:AuthCookieDomain\` = \`${domain}\` does not cover both ${cmHost} (backoffice) and ${siteHost} (Cockpit)`;
	return parent
		? `${wrong}; set it to their parent domain, \`${parent}\`.`
		: `${wrong}, and they share no parent domain: host the backoffice on a sub-domain of the site's domain and set the cookie domain to that parent.`;
}

const R60: Rule = {
	...base,
	id: 'R60',
	severity: 'warning',
	bands: v10PlusBands,
	summary: 'Engage 13/16: the Cockpit needs the backoffice and the site on one parent domain, with `Umbraco:CMS:Security:AuthCookieDomain` set to it; Engage 17 can use "Open Cockpit" instead.',
	why: 'Before Engage 17 the Cockpit reads the Umbraco login cookie, which the browser only sends to hosts under the cookie domain. Engage 17 recommends the "Open Cockpit" button (short-lived token). The Engage 16 page is taken to match 13 (UNVERIFIED).',
	fix: 'Host the backoffice on a sub-domain of the site (e.g. `umbraco.example.com` and `www.example.com`) and set `AuthCookieDomain` = `.example.com`; on Engage 17, prefer "Open Cockpit".',
	check(context: RuleContext): RuleHit[] {
		const engage = engageOf(context);
		if (!engage) return [];
		const v17 = context.version[0] >= 17;
		if (v17 && engage.cockpitAccess !== 'auth-cookie-domain') return [];
		const cm = context.plan.servers.find((s) => s.id === engage.cmServer);
		if (!cm) return [];
		const problem = cookieDomainProblem(engage.cmHost ?? cm.host, engage.cockpitHost ?? context.plan.loadBalancer.publicHost, engage.authCookieDomain);
		if (!problem) return [];
		const tail = v17 ? ' Or switch to "Open Cockpit", the recommended method on Engage 17.' : engage.cockpitAccess === 'open-cockpit' ? ' ("Open Cockpit" only exists from Engage 17.)' : '';
		return [{ servers: [cm.id], path: 'engage.authCookieDomain', message: problem + tail }];
	},
};

const R61: Rule = {
	...base,
	id: 'R61',
	severity: 'error',
	bands: v17Bands,
	summary: 'Engage 17 in production: keep `Engage:Cockpit:Authentication:RequireHttps` true.',
	why: 'The docs allow turning the HTTPS requirement of Cockpit authentication off for local development only.',
	fix: 'Set `Engage:Cockpit:Authentication:RequireHttps` = `true` (or leave it out: true is the default).',
	sources: ['E17-LB', 'E17-CFG'],
	check(context: RuleContext): RuleHit[] {
		const engage = engageOf(context);
		if (!engage || engage.requireHttps || context.plan.environment === 'Development') return [];
		return [{ path: 'engage.requireHttps', message: `\`Engage:Cockpit:Authentication:RequireHttps\` is false in the ${context.plan.environment} environment; false is only for local development.` }];
	},
};

const R62: Rule = {
	...base,
	id: 'R62',
	severity: 'warning',
	bands: v17Bands,
	summary: 'v17 load-balanced backoffice without sticky sessions (stateless Option B) conflicts with Engage, which needs sticky sessions (DERIVED).',
	why: 'The stateless option relies on Azure SignalR Service and no affinity, while Engage needs affinity for analytics and personalisation. DERIVED from the two docs; neither states the conflict.',
	fix: 'Use Option A: sticky sessions plus a SignalR backplane.',
	sources: ['E17-LB', 'D17-LBBO'],
	certainty: 'derived',
	check(context: RuleContext): RuleHit[] {
		const { plan } = context;
		if (!engageOf(context) || !isBackofficeLoadBalanced(plan) || plan.loadBalancer.stickySessions !== 'none') return [];
		return [{ path: 'loadBalancer.stickySessions', message: 'The load-balanced backoffice runs without sticky sessions, but Engage needs them: use sticky sessions with a SignalR backplane (Option A).' }];
	},
};

/** Umbraco Engage rules. */
export const engageRules: readonly Rule[] = [R56, R57, R58, R59, R60, R61, R62];
