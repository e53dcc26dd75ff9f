/**
 * What the plan schema accepts as user text: no control characters anywhere, host names
 * that are host names, bounded lengths, and server ids Windows can unpack.
 */
import { describe, expect, test } from 'vitest';
import { validatePlan } from '../../../../src/domain/plan/parse';
import { presets } from '../../../../src/domain/presets/index';
import { basePlanInput, mergePatch, patchServer } from '../../../helpers/plans';

/** The issues of the base plan with `patch` merged in (empty = valid). */
function issues(patch: Record<string, unknown>): { path: string; message: string }[] {
	const result = validatePlan(mergePatch(basePlanInput, patch));
	return result.ok ? [] : [...result.issues];
}

const server = (change: Record<string, unknown>) => ({ servers: patchServer('web-1', change) });
const engage = (change: Record<string, unknown>) => ({ engage: { cmServer: 'admin', ...change } });

/** Every user-text field, as a patch that puts `value` there, and the path the issue names. */
const textFields: readonly [path: string, put: (value: string) => Record<string, unknown>][] = [
	['name', (v) => ({ name: v })],
	['servers[1].name', (v) => server({ name: v })],
	['servers[1].host', (v) => server({ host: v })],
	['servers[1].settings.mainDomKeyDiscriminator', (v) => server({ settings: { mainDomKeyDiscriminator: v } })],
	['servers[1].settings.configurationStatus', (v) => server({ settings: { configurationStatus: v } })],
	['servers[1].settings.serverName', (v) => server({ settings: { serverName: v } })],
	['servers[1].settings.appId', (v) => server({ settings: { appId: v } })],
	['servers[1].settings.machineIdentifier', (v) => server({ settings: { machineIdentifier: v } })],
	['loadBalancer.healthCheckPath', (v) => ({ loadBalancer: { healthCheckPath: `/${v}` } })],
	['connectionStrings.redis', (v) => ({ connectionStrings: { redis: v } })],
	['loadBalancer.publicHost', (v) => ({ loadBalancer: { publicHost: v } })],
	['files.mediaPath', (v) => ({ files: { mediaPath: v } })],
	['backoffice.temporaryFilePath', (v) => ({ backoffice: { temporaryFilePath: v } })],
	['engage.cmHost', (v) => engage({ cmHost: v })],
	['engage.cockpitHost', (v) => engage({ cockpitHost: v })],
	['engage.authCookieDomain', (v) => engage({ authCookieDomain: v })],
	['applicationUrl', (v) => ({ applicationUrl: `https://www.example.com/${v}` })],
	['$schema', (v) => ({ $schema: `./${v}` })],
];

const controls: readonly [string, string][] = [
	['NUL', '\u0000'],
	['a tab', '\t'],
	['a line feed', '\n'],
	['a lone carriage return', '\r'],
	['ESC', '\u001B'],
	['DEL', '\u007F'],
	['NEL', '\u0085'],
	['a line separator', '\u2028'],
	['a paragraph separator', '\u2029'],
	['a right-to-left override', '\u202E'],
	['a right-to-left mark', '\u200F'],
	['an Arabic letter mark', '\u061C'],
	['a zero-width space', '\u200B'],
	['a byte-order mark', '\uFEFF'],
	['a word joiner', '\u2060'],
	['a soft hyphen', '\u00AD'],
	['a deprecated shaping control', '\u206C'],
	['a lone surrogate', '\uD800'],
];

describe('user text without control characters', () => {
	describe.each(textFields)('%s', (path, put) => {
		test.each(controls)('rejects %s with a clear message', (_, c) => {
			const found = issues(put(`web${c}1`));
			expect(found.map((i) => i.path)).toContain(path);
			expect(found.find((i) => i.path === path)!.message).toMatch(/control character|line break|unpaired|host name|URL|path|connection string name/i);
		});
	});

	test('names keep every printable character, emoji and other scripts included', () => {
		expect(issues({ name: 'Ω <script>&"\'` plan 🚀 サーバー -- $x' })).toEqual([]);
		// Zero-width joiners belong to emoji sequences and scripts such as Persian.
		expect(issues({ name: 'Team 👩\u200d💻 می\u200cخواهم' })).toEqual([]);
		expect(issues(server({ name: '[Download the fix](https://evil.example/fix.exe) <img src=x onerror=alert(1)>' }))).toEqual([]);
	});
});

describe('host names', () => {
	const hostFields = textFields.filter(([path]) => /host/i.test(path));

	test.each(hostFields.flatMap(([path, put]) => ['web1.internal', 'WEB1.internal', 'admin', '10.0.0.4', 'xn--bcher-kva.example', `${'a'.repeat(63)}.example`].map((h) => [path, h, put] as const)))(
		'%s accepts %s',
		(_, host, put) => expect(issues(put(host))).toEqual([]),
	);

	test.each(
		hostFields.flatMap(([path, put]) =>
			['$request_uri', '~^.*$', 'web 1', 'web1;', 'www.exa(mple).com', '*.example.com', '-web.internal', 'web-.internal', 'a..b', '.example.com', 'web1.internal:8080', 'web1.internal.', 'exa"mple.com', `${'a'.repeat(64)}.example`, `${'abc.'.repeat(64)}com`].map(
				(h) => [path, h, put] as const,
			),
		),
	)('%s rejects %j with a clear message', (path, host, put) => {
		const found = issues(put(host)).filter((i) => i.path === path);
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]!.message).toMatch(host.length > 253 ? /at most 253 characters/ : /host name/);
	});

	test('an internal host may be an IPv6 literal in brackets', () => {
		expect(issues(server({ host: '[2001:db8::1]' }))).toEqual([]);
		expect(issues(server({ host: '[2001:db8::1' })).map((i) => i.path)).toContain('servers[1].host');
	});

	test.each(['.example.com', 'example.com', 'com', '.umbraco.example.com'])('a cookie domain may start with a dot: %s', (domain) => {
		expect(issues(engage({ authCookieDomain: domain }))).toEqual([]);
	});

	test.each(['..example.com', '.exa"mple.com', '.', 'example.com.'])('a cookie domain is a domain: %j is not', (domain) => {
		expect(issues(engage({ authCookieDomain: domain })).map((i) => i.path)).toContain('engage.authCookieDomain');
	});
});

describe('lengths', () => {
	test.each([
		['$schema', { $schema: `https://example.com/${'x'.repeat(8_000_000)}` }],
		['$schema', { $schema: `https://example.com/${'x'.repeat(190)}` }],
		['umbraco', { umbraco: `13.5.2-${'x'.repeat(100)}` }],
		['applicationUrl', { applicationUrl: `https://www.example.com/${'x'.repeat(2100)}` }],
		['name', { name: 'x'.repeat(121) }],
		['servers[1].name', server({ name: 'x'.repeat(101) })],
	])('%s is limited', (path, patch) => {
		const found = issues(patch).filter((i) => i.path === path);
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]!.message).toMatch(/at most \d+|expected/);
	});

	test.each([
		'https://lbacademy.invalid/schema/plan-v1.schema.json',
		'./plan-v1.schema.json',
		'../public/schema/plan-v1.schema.json',
		'/schema/plan-v1.schema.json',
	])('$schema may be %s', ($schema) => expect(issues({ $schema })).toEqual([]));

	test.each(['javascript:alert(1)', 'https://exa mple.com/schema.json', 'file:///etc/passwd', ''])('$schema may not be %j', ($schema) => {
		const found = issues({ $schema });
		expect(found.map((i) => i.path)).toEqual(['$schema']);
		expect(found[0]!.message).toMatch(/URL or relative path/);
	});
});

describe('server ids Windows can unpack', () => {
	test.each(['con', 'prn', 'aux', 'nul', 'com1', 'com9', 'lpt1', 'lpt9'])('rejects %s with a message', (id) => {
		const found = issues({ servers: patchServer('web-1', { id }), engage: undefined });
		expect(found.map((i) => i.path)).toContain('servers[1].id');
		expect(found.find((i) => i.path === 'servers[1].id')!.message).toMatch(/Windows/);
	});

	test.each(['con-1', 'console', 'nul1', 'com10', 'lpt', 'aux2x', 'web-1'])('accepts %s', (id) => {
		expect(issues({ servers: patchServer('web-1', { id }) })).toEqual([]);
	});

	test('also in references to servers', () => {
		expect(issues(engage({ cmServer: 'nul' })).map((i) => i.path)).toContain('engage.cmServer');
	});
});

test.each(presets.map((p) => [p.id, p.plan] as const))('the %s preset stays valid', (_, plan) => {
	expect(validatePlan(plan).ok).toBe(true);
});

describe('text of spaces alone', () => {
	test.each(textFields)('%s refuses "   "', (path, put) => {
		const found = issues(put('   ')).filter((i) => i.path === path);
		expect(found.length).toBeGreaterThan(0);
		// Names say why in plain words; URLs, hosts and paths give their own format.
		if (/(^|\.)name$/.test(path)) expect(found.map((i) => i.message)).toContain('expected some visible text, not only spaces');
	});
});
