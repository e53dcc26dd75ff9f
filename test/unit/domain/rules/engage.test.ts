import { describe, expect, test } from 'vitest';
import { engageRules } from '../../../../src/domain/rules/groups/engage';
import { cookieDomainCovers, sharedParentDomain } from '../../../../src/domain/rules/helpers';
import { planWith, quietOnCleanPlans, ruleTable, type PlanPatch, type RuleCase } from '../../../helpers/rules-b';

const runTable = (id: string, cases: readonly RuleCase[]) => ruleTable(engageRules, id, cases);

/** A clean Engage design: CM on umbraco.example.com, sticky sessions, parent cookie domain. */
const cmHost = { admin: { host: 'umbraco.example.com' } };
const engaged = (engage: Record<string, unknown> = {}, patch: PlanPatch = {}): PlanPatch =>
	({ loadBalancer: { stickySessions: 'cookie' }, engage: { cmServer: 'admin', authCookieDomain: '.example.com', ...engage }, ...patch }) as PlanPatch;
const engagePlan = (umbraco: string, servers: Record<string, Record<string, unknown>> = {}, engage: Record<string, unknown> = {}, patch: PlanPatch = {}) =>
	planWith(umbraco, { ...cmHost, ...servers }, engaged(engage, patch));

runTable('R56', [
	{ name: '13.5.2: processing on a CD server', plan: () => engagePlan('13.5.2', { 'web-1': { settings: { engageProcessing: true } } }), hits: [['web-1']], says: ['`Engage:Analytics:DataProcessing:IsProcessingServer`', '`false` on Web 1'], path: 'servers[1].settings.engageProcessing' },
	{ name: '17.6.0: processing off on the CM server', plan: () => engagePlan('17.6.0', { admin: { host: 'umbraco.example.com', settings: { engageProcessing: false } } }), hits: [['admin']], says: ['`true` on Admin, the CM server'] },
	{ name: '16.0.0: the CM role moved to another server, an old explicit value stays', plan: () => engagePlan('16.0.0', { admin: { host: 'umbraco.example.com', settings: { engageProcessing: true } } }, { cmServer: 'web-2' }), hits: [['admin']], says: ['`false` on Admin, a CD server'] },
	{ name: '16.0.0: silent when the CM role moved and settings are left to the recommendation', plan: () => engagePlan('16.0.0', {}, { cmServer: 'web-2' }), hits: [] },
	{ name: 'silent with the recommended (empty) settings', plan: () => engagePlan('13.5.2'), hits: [] },
	{ name: 'silent without Engage', plan: () => planWith('13.5.2', { 'web-1': { settings: { engageProcessing: true } } }), hits: [] },
	{ name: '12.4.0: silent (Engage docs start at 13)', plan: () => engagePlan('12.4.0', { 'web-1': { settings: { engageProcessing: true } } }), hits: [] },
	{ name: '8.18.8: silent (outside the bands)', plan: () => engagePlan('8.18.8', { 'web-1': { settings: { engageProcessing: true } } }), hits: [] },
	{ name: '15.2.0: silent (no Engage 14 or 15; R78 decides)', plan: () => engagePlan('15.2.0', { 'web-1': { settings: { engageProcessing: true } } }), hits: [] },
	{ name: '13.5.2: silent for uMarketingSuite (its own keys)', plan: () => engagePlan('13.5.2', { 'web-1': { settings: { engageProcessing: true } } }, { product: 'umarketingsuite' }), hits: [] },
	{ name: '18.3.1: processing on a CD server', plan: () => engagePlan('18.3.1', { 'web-1': { settings: { engageProcessing: true } } }), hits: [['web-1']] },
]);

runTable('R57', [
	{ name: '13.5.2: no affinity in front of two CD servers', plan: () => engagePlan('13.5.2', {}, {}, { loadBalancer: { stickySessions: 'none' } }), hits: [['web-1', 'web-2']], says: ['sticky sessions'], path: 'loadBalancer.stickySessions' },
	{ name: '17.6.0: one scaled-out CD server', plan: () => engagePlan('17.6.0', {}, {}, { loadBalancer: { stickySessions: 'none' }, servers: [{ id: 'admin', name: 'Admin', host: 'umbraco.example.com', kind: 'backoffice', role: 'publisher' }, { id: 'web', name: 'Web', host: 'web.internal', kind: 'frontend', role: 'subscriber', instances: 3 }] }), hits: [['web']] },
	{ name: 'silent with IP affinity', plan: () => engagePlan('13.5.2', {}, {}, { loadBalancer: { stickySessions: 'ip' } }), hits: [] },
	{ name: 'silent with one instance behind the load balancer', plan: () => engagePlan('13.5.2', {}, {}, { loadBalancer: { stickySessions: 'none' }, servers: [{ id: 'admin', name: 'Admin', host: 'umbraco.example.com', kind: 'backoffice', role: 'publisher' }, { id: 'web', name: 'Web', host: 'web.internal', kind: 'frontend', role: 'subscriber' }] }), hits: [] },
	{ name: 'silent without Engage', plan: () => planWith('13.5.2'), hits: [] },
]);

runTable('R58', [
	{ name: '13.5.2: ping blocked', plan: () => engagePlan('13.5.2', {}, { pingReachable: false }), hits: [['web-1', 'web-2']], says: ['`umbraco/engage/pagedata/ping`', 'bot'], path: 'engage.pingReachable' },
	{ name: '17.6.0: ping blocked', plan: () => engagePlan('17.6.0', {}, { pingReachable: false }), hits: [['web-1', 'web-2']] },
	{ name: 'silent when it reaches the servers', plan: () => engagePlan('13.5.2'), hits: [] },
]);

runTable('R59', [
	{ name: '13.5.2: keys not shared', plan: () => engagePlan('13.5.2', {}, {}, { keys: { shared: false } }), hits: [['admin', 'web-1', 'web-2']], says: ['Data Protection keys', 'Cockpit'], path: 'keys.shared' },
	{ name: '16.2.0: keys not shared', plan: () => engagePlan('16.2.0', {}, {}, { keys: { shared: false } }), hits: [['admin', 'web-1', 'web-2']] },
	{ name: 'silent with shared keys', plan: () => engagePlan('17.6.0'), hits: [] },
	{ name: 'silent without Engage', plan: () => planWith('13.5.2', {}, { keys: { shared: false } }), hits: [] },
]);

runTable('R60', [
	{ name: '13.5.2: no cookie domain; suggests the shared parent', plan: () => engagePlan('13.5.2', {}, { authCookieDomain: undefined }), hits: [['admin']], says: ['`Umbraco:CMS:Security:AuthCookieDomain`', '`.example.com`', 'www.example.com', 'umbraco.example.com'], path: 'engage.authCookieDomain' },
	{ name: '16.0.0: a cookie domain that misses the site', plan: () => engagePlan('16.0.0', {}, { authCookieDomain: '.umbraco.example.com' }), hits: [['admin']], says: ['does not cover both', 'set it to their parent domain, `.example.com`'] },
	{ name: '13.5.2: a cookie domain for hosts with no common parent does not suggest itself', plan: () => engagePlan('13.5.2', { admin: { host: 'adm.azurewebsites.net' } }), hits: [['admin']], says: ['does not cover both', 'share no parent domain'], never: ['`.example.com`.'] },
	{ name: '13.5.2: hosts with no common parent', plan: () => planWith('13.5.2', {}, engaged({ authCookieDomain: undefined })), hits: [['admin']], says: ['share no parent domain', 'admin.internal'] },
	{ name: '13.5.2: two App Service hosts share only a public suffix', plan: () => engagePlan('13.5.2', { admin: { host: 'mysite-cms.azurewebsites.net' } }, { authCookieDomain: undefined, cockpitHost: 'mysite-web.azurewebsites.net' }), hits: [['admin']], says: ['share no parent domain'], never: ['`.azurewebsites.net`'] },
	{ name: '13.5.2: hosts under different .co.uk names', plan: () => engagePlan('13.5.2', { admin: { host: 'cms.foo.co.uk' } }, { authCookieDomain: '.foo.co.uk', cockpitHost: 'www.bar.co.uk' }), hits: [['admin']], says: ['share no parent domain'], never: ['`.co.uk`'] },
	{ name: '13.5.2: a Cockpit host of its own', plan: () => engagePlan('13.5.2', {}, { cockpitHost: 'shop.other.org' }), hits: [['admin']], says: ['shop.other.org'] },
	{ name: '16.3.0: "Open Cockpit" does not exist yet', plan: () => engagePlan('16.3.0', {}, { authCookieDomain: undefined, cockpitAccess: 'open-cockpit' }), hits: [['admin']], says: ['only exists from Engage 17'] },
	{ name: '17.6.0: the cookie-domain method with a wrong domain', plan: () => engagePlan('17.6.0', {}, { cockpitAccess: 'auth-cookie-domain', authCookieDomain: 'com' }), hits: [['admin']], says: ['Open Cockpit'] },
	{ name: '13.5.2: silent for ".example.com"', plan: () => engagePlan('13.5.2'), hits: [] },
	{ name: '13.5.2: silent for "example.com" without the dot', plan: () => engagePlan('13.5.2', {}, { authCookieDomain: 'Example.com' }), hits: [] },
	{ name: '13.5.2: silent when the Cockpit runs on the backoffice host itself', plan: () => engagePlan('13.5.2', {}, { authCookieDomain: undefined, cockpitHost: 'umbraco.example.com' }), hits: [] },
	{ name: '17.6.0: silent with "Open Cockpit" (the default)', plan: () => engagePlan('17.6.0', {}, { authCookieDomain: undefined }), hits: [] },
]);

runTable('R61', [
	{ name: '17.0.0: RequireHttps off in Production', plan: () => engagePlan('17.0.0', {}, { requireHttps: false }), hits: [[]], says: ['`Engage:Cockpit:Authentication:RequireHttps`', 'Production'], path: 'engage.requireHttps' },
	{ name: '17.6.0: off in Staging', plan: () => engagePlan('17.6.0', {}, { requireHttps: false }, { environment: 'Staging' }), hits: [[]], says: ['Staging'] },
	{ name: '17.6.0: silent in Development', plan: () => engagePlan('17.6.0', {}, { requireHttps: false }, { environment: 'Development' }), hits: [] },
	{ name: '16.3.0: silent (an Engage 17 setting)', plan: () => engagePlan('16.3.0', {}, { requireHttps: false }), hits: [] },
]);

const lbBackoffice = (sticky: 'none' | 'cookie') => ({ backoffice: { mode: 'load-balanced', signalR: 'azure-signalr' }, loadBalancer: { stickySessions: sticky } }) as const;

runTable('R62', [
	{ name: '17.6.0: stateless backoffice with Engage', plan: () => engagePlan('17.6.0', {}, {}, lbBackoffice('none')), hits: [[]], says: ['Option A'], path: 'loadBalancer.stickySessions' },
	{ name: '17.0.0: stateless backoffice with Engage', plan: () => engagePlan('17.0.0', {}, {}, lbBackoffice('none')), hits: [[]] },
	{ name: '17.6.0: silent with sticky sessions', plan: () => engagePlan('17.6.0', {}, {}, lbBackoffice('cookie')), hits: [] },
	{ name: '17.6.0: silent without Engage', plan: () => planWith('17.6.0', {}, lbBackoffice('none')), hits: [] },
	{ name: '17.6.0: silent for a dedicated backoffice', plan: () => engagePlan('17.6.0'), hits: [] },
]);

describe('cookie domain helpers', () => {
	test.each([
		['.example.com', 'www.example.com', true],
		['example.com', 'example.com', true],
		['.Example.com', 'umbraco.EXAMPLE.com', true],
		['.example.com', 'www.example.org', false],
		['.example.com', 'badexample.com', false],
		['com', 'www.example.com', false],
		['.co.uk', 'www.foo.co.uk', false],
		['.azurewebsites.net', 'mysite.azurewebsites.net', false],
		['.foo.co.uk', 'www.foo.co.uk', true],
	] as const)('cookieDomainCovers(%s, %s) is %s', (domain, host, covers) => {
		expect(cookieDomainCovers(domain, host)).toBe(covers);
	});

	test.each([
		['cms.example.com', 'www.example.com', '.example.com'],
		['example.com', 'umbraco.example.com', '.example.com'],
		['a.shop.example.com', 'b.shop.example.com', '.shop.example.com'],
		['admin.internal', 'www.example.com', undefined],
		['a.example.com', 'b.other.com', undefined],
		['cms.foo.co.uk', 'www.bar.co.uk', undefined],
		['cms.foo.co.uk', 'www.foo.co.uk', '.foo.co.uk'],
		['a-cms.azurewebsites.net', 'a-web.azurewebsites.net', undefined],
	] as const)('sharedParentDomain(%s, %s) is %s', (a, b, parent) => {
		expect(sharedParentDomain(a, b)).toBe(parent);
	});
});

quietOnCleanPlans(engageRules, [
	['a clean Engage plan on 13.5.2', () => engagePlan('13.5.2')],
	['a clean Engage plan on 16.3.0', () => engagePlan('16.3.0')],
	['a clean Engage plan on 17.6.0 with Open Cockpit', () => engagePlan('17.6.0', {}, { authCookieDomain: undefined })],
	['a clean Engage plan on 17.6.0 with a load-balanced backoffice', () => engagePlan('17.6.0', {}, {}, lbBackoffice('cookie'))],
]);
