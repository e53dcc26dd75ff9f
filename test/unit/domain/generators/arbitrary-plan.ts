/**
 * A seeded generator of schema-valid plans for property tests: every field the schema
 * allows, hostile names, odd but valid hosts, broken designs included. No dependency; the same
 * seed always gives the same plan.
 */
import { validatePlan } from '../../../../src/domain/plan/parse';
import type { Plan, PlanInput } from '../../../../src/domain/plan/schema';

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Free text: every printable character the schema lets in, Markdown, HTML and code included. */
const texts = [
	'Web 1',
	'Web <1> & "Co"',
	"O'Brien's",
	'*/ class Evil { /*',
	'back\\slash\\',
	'Ünïcödé 🚀 サーバー',
	'--x-- -',
	'"; DROP TABLE x; --',
	'}{)(][;',
	'${x} {0} $host #hash',
	'<img src=x onerror=alert(1)>',
	'[Download the fix](https://evil.example/fix.exe)',
	'`tick` ``two`` \\`',
	'web1.internal',
	'a',
];
/** Host names as the schema allows them: labels, IP addresses, punycode. */
const hosts = ['web1.internal', 'WEB1.internal', 'a', '10.0.0.4', '[2001:db8::1]', 'xn--bcher-kva.example', 'www.evil.com', 'a-b.c--d'];
const cookieDomains = ['.example.com', 'example.com', 'com', '.xn--bcher-kva.example'];
const versions = ['8.18.8---x', '7.2.8', '7.4.0', '7.6.3', '7.7.3', '7.15.10', '8.0.1', '8.5.5', '8.6.2', '8.6.4', '8.10.1', '8.18.8', '9.2.0', '9.4.3', '9.5.4', '10.8.0', '13.5.2', '14.3.0', '15.4.1', '16.3.0', '17.0.0', '17.4.1', '17.6.0', '18.1.0-rc'];
const urls = ['https://www.example.com', 'http://localhost:8080/', 'https://example.com/sub/path?q=1'];

/** A schema-valid plan for the seed (validated; throws if the generator itself is wrong). */
export function arbitraryPlan(seed: number): Plan {
	const next = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	const maybe = <T>(value: T): T | undefined => (next() < 0.5 ? value : undefined);
	const num = () => pick([0.5, 1, 2.5, 5, 60, 3600, 1e9, 1e20]);
	const count = 1 + Math.floor(next() * 5);
	const servers = Array.from({ length: count }, (_, i) => ({
		id: `s-${i}`,
		name: pick(texts),
		host: pick(hosts),
		kind: pick(['backoffice', 'frontend'] as const),
		role: pick(['elected', 'publisher', 'subscriber', 'single'] as const),
		behindLoadBalancer: maybe(next() < 0.5),
		instances: 1 + Math.floor(next() * 4),
		database: pick(['read-write', 'read-only-login', 'read-only-replica'] as const),
		settings: {
			mainDomLock: maybe(pick(['default', 'semaphore', 'file-system', 'sql'] as const)),
			mainDomKeyDiscriminator: maybe(pick(texts)),
			localTemp: maybe(pick(['default', 'environment-temp', 'aspnet-temp'] as const)),
			examineFactory: maybe(pick(['default', 'synced-temp', 'temp'] as const)),
			disableOverlappedRecycling: maybe(next() < 0.5),
			upgradeUnattended: maybe(next() < 0.5),
			configurationStatus: maybe(pick(['8.18.8', '<bad>'])),
			engageProcessing: maybe(next() < 0.5),
			keepAliveSettings: maybe(next() < 0.5),
			umbracoUseSsl: maybe(next() < 0.5),
			serverName: maybe(pick(texts)),
			appId: maybe(pick(texts)),
			messenger: maybe({ syncSeconds: maybe(num()), retainHours: maybe(num()), maxProcessingInstructions: maybe(pick([1, 1000, 2 ** 40])), pruneSeconds: maybe(num()) }),
			machineIdentifier: maybe(pick([...texts, 'node-{instance}', '{instance}$x'])),
		},
	}));
	const ids = servers.map((s) => s.id);
	const input = {
		planVersion: 1,
		name: pick(texts),
		umbraco: pick(versions),
		hosting: pick(['iis', 'azure-web-apps', 'containers'] as const),
		environment: pick(['Production', 'Staging', 'Dev2']),
		umbracoCloud: next() < 0.2,
		servers,
		loadBalancer: {
			publicHost: pick(hosts),
			stickySessions: pick(['none', 'cookie', 'ip', 'url'] as const),
			product: pick(['iis-arr', 'nginx', 'azure-front-door', 'azure-app-gateway', 'hardware', 'other'] as const),
			forwardsInternalHostNames: next() < 0.5,
			httpsOnly: next() < 0.7,
		},
		database: { engine: pick(['sql-server', 'azure-sql', 'sqlite', 'sql-ce'] as const) },
		files: {
			strategy: pick(['azure-web-apps', 'replication', 'central-share', 'standalone'] as const),
			media: pick(['site-folder', 'blob', 's3', 'unc'] as const),
			mediaPath: maybe(pick(texts)),
			replication: { excludesTemp: next() < 0.5, excludesUmbracoConfig: next() < 0.5, excludesLogs: next() < 0.5 },
		},
		keys: { shared: next() < 0.8, store: pick(['config', 'file-share', 'azure-blob', 'redis', 'database', 'other'] as const), addedToExistingSite: next() < 0.3 },
		sessions: { store: pick(['none', 'sql-server', 'redis', 'other'] as const), used: next() < 0.7 },
		applicationUrl: maybe(pick(urls)),
		logging: { sharedDirectory: next() < 0.5, fileNamePerMachine: next() < 0.7, centralSink: pick(['none', 'application-insights', 'seq'] as const) },
		backoffice: {
			mode: pick(['dedicated', 'load-balanced'] as const),
			signalR: pick(['none', 'sql-server', 'redis', 'azure-signalr'] as const),
			temporaryFileLocation: pick(['default', 'shared'] as const),
			temporaryFilePath: maybe(pick(texts)),
			isolatedCaches: next() < 0.5,
			runOnceRecurringJobs: next() < 0.5,
		},
		upgrades: { unattended: next() < 0.5 },
		azure: { deploymentSlots: next() < 0.5, separatePlans: next() < 0.5, sameRegion: next() < 0.5 },
		engage: maybe({
			cmServer: pick(ids),
			cmHost: maybe(pick(hosts)),
			cockpitHost: maybe(pick(hosts)),
			authCookieDomain: maybe(pick(cookieDomains)),
			cockpitAccess: maybe(pick(['open-cockpit', 'auth-cookie-domain'] as const)),
			pingReachable: next() < 0.5,
			requireHttps: next() < 0.5,
		}),
		legacy: { distributedCall: maybe(next() < 0.5), courierTarget: maybe(pick(ids)) },
	} satisfies PlanInput;
	// Optional fields set to undefined are dropped, as a plan file would simply leave them out.
	const result = validatePlan(JSON.parse(JSON.stringify(input)));
	if (!result.ok) throw new Error(`arbitraryPlan(${seed}) is not schema-valid: ${JSON.stringify(result.issues)}`);
	return result.plan;
}
