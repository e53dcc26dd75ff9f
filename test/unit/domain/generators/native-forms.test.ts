/**
 * The native forms (`.env`, Compose `environment:`, Kubernetes `env:`, App Service Advanced
 * edit JSON, `Web.<env>.xdt.config`) parsed the way their readers parse them, compared with
 * the appsettings fragment or web.config fragment of the same server: the same keys and
 * values, only where the hosting and version call for them.
 */
import { describe, expect, test } from 'vitest';
import { bundleEntries } from '../../../../src/domain/bundle/build-bundle';
import { validatePlan } from '../../../../src/domain/plan/parse';
import type { Plan, PlanInput } from '../../../../src/domain/plan/schema';
import { presets } from '../../../../src/domain/presets';
import { makePlan, patchServer } from '../../../helpers/plans';
import { arbitraryPlan } from './arbitrary-plan';
import { generatorSettings } from '../../../../src/domain/generators/context';
import { appSettings, azureSettings, filesByPath, webAppSettings } from './helpers';
import { kubernetesContainer, readComposeEnvironment, readDotenv, readKubernetesEnv, readXdtAdds } from './native-readers';
import { xmlProblems } from './well-formed';

function valid(input: unknown): Plan {
	const result = validatePlan(input);
	if (!result.ok) throw new Error(`not schema-valid: ${JSON.stringify(result.issues)}`);
	return result.plan;
}

const presetInput = (id: string): PlanInput => presets.find((p) => p.id === id)!.plan;
const inContainers = (id: string) => ({ id: `${id} in containers`, plan: valid({ ...presetInput(id), hosting: 'containers' }) });

const plans: readonly { id: string; plan: Plan }[] = [
	...presets.map((p) => ({ id: p.id, plan: valid(p.plan) })),
	inContainers('v13-azure'),
	inContainers('v17-stateless-azure-signalr'),
	inContainers('v17-lb-backoffice-sticky-redis'),
	inContainers('engage-v17'),
	{
		id: 'v13 on Azure with slots and SqlMainDomLock',
		plan: valid({ ...presetInput('v13-azure'), azure: { deploymentSlots: true }, servers: presetInput('v13-azure').servers.map((s) => ({ ...s, settings: { ...s.settings, mainDomLock: 'sql' } })) }),
	},
];

/** Environment names compare case-insensitively, as .NET configuration keys do. */
const lower = (m: ReadonlyMap<string, string> | Record<string, string>) => Object.fromEntries((m instanceof Map ? [...m] : Object.entries(m)).map(([k, v]) => [k.toLowerCase(), v]));

/** What every environment form must hold: the appsettings fragment, `:` as `__`, values as strings, and the environment name. */
function expectedEnvironment(plan: Plan, id: string): Record<string, string> {
	const entries = Object.entries(appSettings(plan, id)).map(([k, v]) => [k.split(':').join('__').toLowerCase(), String(v)] as const);
	return { aspnetcore_environment: plan.environment, ...Object.fromEntries(entries) };
}

const modernPlan = (plan: Plan) => !/^[78]\./.test(plan.umbraco);
/** One shared copy of the site (central share): site files once under shared/. */
const oneCopy = (plan: Plan) => plan.files.strategy === 'central-share';

describe.each(plans)('$id', ({ plan }) => {
	const files = filesByPath(plan);
	const modern = modernPlan(plan);

	test.each(plan.servers.map((s) => [s.id] as const))('%s: each form the hosting reads has the same keys and values', (id) => {
		const at = (name: string) => files.get(`servers/${id}/${name}`);
		const containers = modern && plan.hosting === 'containers';
		expect(at('.env') !== undefined, '.env').toBe(containers);
		expect(at('compose.override.yaml') !== undefined, 'compose').toBe(containers);
		expect(at('kubernetes.patch.yaml') !== undefined, 'kubernetes').toBe(containers);
		if (containers) {
			const expected = expectedEnvironment(plan, id);
			// On a central share the shared appsettings hold only what every server has; each container's env holds it all.
			const same = (actual: Record<string, string>) => (oneCopy(plan) ? expect(actual).toMatchObject(expected) : expect(actual).toEqual(expected));
			same(lower(readDotenv(at('.env')!.contents)));
			expect([...readComposeEnvironment(at('compose.override.yaml')!.contents).keys()]).toEqual([id]);
			same(lower(readComposeEnvironment(at('compose.override.yaml')!.contents).get(id)!));
			same(lower(readKubernetesEnv(at('kubernetes.patch.yaml')!.contents)));
		}
		if (modern && plan.hosting === 'azure-web-apps') {
			const list = JSON.parse(at('azure-app-settings.json')!.contents) as { name: string; value: string; slotSetting: boolean }[];
			const sticky = list.filter((s) => s.slotSetting).map((s) => s.name.toLowerCase());
			expect(sticky).toEqual(plan.azure.deploymentSlots ? ['umbraco__cms__global__maindomkeydiscriminator'] : []);
			const actual = lower(Object.fromEntries(list.filter((s) => !s.slotSetting).map((s) => [s.name, s.value])));
			// App Service's own switch, which no appsettings file can carry.
			const overlapOff = generatorSettings(plan, plan.servers.find((s) => s.id === id)!).disableOverlappedRecycling;
			const expected = { ...expectedEnvironment(plan, id), ...(overlapOff ? { website_disable_overlapped_recycling: '1' } : {}) };
			if (oneCopy(plan)) expect(actual).toMatchObject(expected);
			else expect(actual).toEqual(expected);
		}
		const xdt = [...files.keys()].filter((p) => p.startsWith(oneCopy(plan) ? 'shared/Web.' : `servers/${id}/Web.`));
		const fragment = webAppSettings(plan, id);
		expect(xdt).toEqual(!modern && Object.keys(fragment).length > 0 ? [`${oneCopy(plan) ? 'shared' : `servers/${id}`}/Web.${plan.environment}.xdt.config`] : []);
		if (xdt.length > 0) {
			const text = files.get(xdt[0]!)!.contents;
			expect(xmlProblems(text)).toEqual([]);
			expect(text).toContain('<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">');
			const adds = readXdtAdds(text);
			expect(adds.every((a) => a.locator === 'Match(key)')).toBe(true);
			expect(Object.fromEntries(adds.filter((a) => a.transform === 'SetAttributes(value)').map((a) => [a.key, a.value]))).toEqual(fragment);
			expect(Object.fromEntries(adds.filter((a) => a.transform === 'InsertIfMissing').map((a) => [a.key, a.value]))).toEqual(fragment);
		}
	});
});

describe('health probes (17.3+ only) [D17-PROBES]', () => {
	test.each([
		['16.3.0', false],
		['17.2.0', false],
		['17.3.0', true],
		['17.8.1', true],
		['18.3.1', true],
	])('containers on %s: probes %s', (umbraco, expected) => {
		const plan = makePlan({ umbraco, hosting: 'containers' });
		const files = filesByPath(plan);
		const container = kubernetesContainer(files.get('servers/web-1/kubernetes.patch.yaml')!.contents);
		const compose = files.get('servers/web-1/compose.override.yaml')!.contents;
		if (!expected) {
			expect(container).not.toHaveProperty('livenessProbe');
			expect(compose).not.toContain('healthcheck');
			return;
		}
		expect(container.livenessProbe).toEqual({ httpGet: { path: '/umbraco/api/health/live', port: 8080 }, initialDelaySeconds: 5, periodSeconds: 10 });
		expect(container.readinessProbe).toEqual({ httpGet: { path: '/umbraco/api/health/ready', port: 8080 }, initialDelaySeconds: 5, periodSeconds: 10 });
		expect(compose).toContain('- "http://localhost:8080/umbraco/api/health/ready"');
	});
});

describe('per-instance values ({instance})', () => {
	const scaled = makePlan({
		umbraco: '17.8.1',
		hosting: 'containers',
		servers: patchServer('web-1', { instances: 3, settings: { machineIdentifier: 'web-{instance}' } }, patchServer('web-2', { settings: { machineIdentifier: 'w2-{instance}' } })),
	});
	const files = filesByPath(scaled);
	const key = 'umbraco__cms__hosting__machineidentifier';

	test('appsettings and .env leave the per-instance key out and say how to set it', () => {
		expect(appSettings(scaled, 'web-1')).not.toHaveProperty('Umbraco:CMS:Hosting:MachineIdentifier');
		expect(files.get('servers/web-1/appsettings.Production.json')!.apply).toMatch(/per-instance `UMBRACO__CMS__Hosting__MachineIdentifier` = `web-\{instance\}` is left out.*1–3/);
		const env = files.get('servers/web-1/.env')!.contents;
		expect(lower(readDotenv(env))).not.toHaveProperty(key);
		// Described as a commented line, quoted as Compose would read it uncommented.
		const described = env.split('\n').find((line) => line.startsWith('# UMBRACO__CMS__Hosting__MachineIdentifier='))!;
		expect(readDotenv(described.slice(2)).get('UMBRACO__CMS__Hosting__MachineIdentifier')).toBe('web-{instance}');
	});

	test('{instance} anywhere but the two per-instance settings is the user\'s own text', () => {
		const literal = makePlan({
			umbraco: '17.8.1',
			hosting: 'containers',
			applicationUrl: 'https://www.example.com/{instance}/',
			files: { media: 'unc', mediaPath: '/mnt/media/{instance}' },
			servers: patchServer('web-1', { instances: 3, settings: { machineIdentifier: 'web-{instance}' } }),
		});
		const out = filesByPath(literal);
		const services = readComposeEnvironment(out.get('servers/web-1/compose.override.yaml')!.contents);
		for (const env of services.values()) {
			expect(lower(env)['umbraco__cms__global__umbracomediaphysicalrootpath']).toBe('/mnt/media/{instance}');
		}
		const k8s = readKubernetesEnv(out.get('servers/web-1/kubernetes.patch.yaml')!.contents, () => '1');
		expect(k8s.get('UMBRACO__CMS__Global__UmbracoMediaPhysicalRootPath')).toBe('/mnt/media/{instance}');
		expect(appSettings(literal, 'web-1')['Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath']).toBe('/mnt/media/{instance}');
		expect(appSettings(literal, 'web-1')['Umbraco:CMS:WebRouting:UmbracoApplicationUrl']).toBe('https://www.example.com/{instance}/');
	});

	test('Compose runs each instance as its own service with its own value', () => {
		const services = readComposeEnvironment(files.get('servers/web-1/compose.override.yaml')!.contents);
		expect([...services.keys()]).toEqual(['web-1-1', 'web-1-2', 'web-1-3']);
		expect([...services.values()].map((env) => lower(env)[key])).toEqual(['web-1', 'web-2', 'web-3']);
		const shared = { ...expectedEnvironment(scaled, 'web-1') };
		for (const env of services.values()) expect(lower(env)).toEqual({ ...shared, [key]: expect.any(String) });
	});

	test('Kubernetes runs a StatefulSet and takes the number from the pod index label', () => {
		const text = files.get('servers/web-1/kubernetes.patch.yaml')!.contents;
		expect(text).toContain('kind: StatefulSet');
		const env = readKubernetesEnv(text, (path) => (path === "metadata.labels['apps.kubernetes.io/pod-index']" ? '2' : 'unexpected'));
		expect(env.get('UMBRACO__CMS__Hosting__MachineIdentifier')).toBe('web-2');
	});

	test('one instance: {instance} is 1 everywhere', () => {
		expect(appSettings(scaled, 'web-2')['Umbraco:CMS:Hosting:MachineIdentifier']).toBe('w2-1');
		expect(lower(readDotenv(files.get('servers/web-2/.env')!.contents))[key]).toBe('w2-1');
		expect(files.get('servers/web-2/kubernetes.patch.yaml')!.contents).toContain('kind: Deployment');
	});

	test('App Service cannot set a value per instance: left out, with a note', () => {
		const azure = makePlan({ umbraco: '17.8.1', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' }, servers: patchServer('web-1', { instances: 2, settings: { mainDomKeyDiscriminator: 'd-{instance}' } }) });
		expect(azureSettings(azure, 'web-1')).not.toHaveProperty('UMBRACO__CMS__Global__MainDomKeyDiscriminator');
		expect(filesByPath(azure).get('servers/web-1/azure-app-settings.json')!.apply).toContain('App Service gives every instance the same values');
	});

	test('before 17.6 no machine identifier is written', () => {
		const old = makePlan({ umbraco: '17.5.0', hosting: 'containers', servers: patchServer('web-1', { settings: { machineIdentifier: 'web-1' } }) });
		expect(lower(readDotenv(filesByPath(old).get('servers/web-1/.env')!.contents))).not.toHaveProperty(key);
	});
});

describe('hostile values arrive unchanged in every form', () => {
	const nasty = 'a "b" $HOME ${X} $(POD_INDEX) #c <d> & e\'s \\ f: - yes';
	const plan = makePlan({
		umbraco: '17.8.1',
		hosting: 'containers',
		files: { strategy: 'standalone', media: 'unc', mediaPath: `\\\\files\\${nasty}` },
		backoffice: { mode: 'load-balanced', temporaryFileLocation: 'shared', temporaryFilePath: `/mnt/${nasty}` },
		servers: patchServer('web-1', { name: 'Web "1" <x> & $y #z', settings: { machineIdentifier: nasty, mainDomKeyDiscriminator: `${nasty}\u00A0Ünï🚀` } }),
	});
	const files = filesByPath(plan);
	const expected = expectedEnvironment(plan, 'web-1');

	test('the appsettings fragment carries them', () => {
		expect(Object.values(expected).filter((v) => v.includes(nasty))).toHaveLength(4);
	});

	test.each(['.env', 'compose.override.yaml', 'kubernetes.patch.yaml'])('%s', (name) => {
		const text = files.get(`servers/web-1/${name}`)!.contents;
		const read = name === '.env' ? readDotenv(text) : name.startsWith('compose') ? readComposeEnvironment(text).get('web-1')! : readKubernetesEnv(text);
		expect(lower(read)).toEqual(expected);
	});

	test('Azure app settings', () => {
		const azure = makePlan({ umbraco: '17.8.1', hosting: 'azure-web-apps', azure: { deploymentSlots: true }, files: { strategy: 'azure-web-apps' }, servers: patchServer('web-1', { settings: { mainDomLock: 'sql', mainDomKeyDiscriminator: nasty } }) });
		const list = JSON.parse(filesByPath(azure).get('servers/web-1/azure-app-settings.json')!.contents) as { name: string; value: string; slotSetting: boolean }[];
		expect(list.find((s) => s.name === 'UMBRACO__CMS__Global__MainDomKeyDiscriminator')).toEqual({ name: 'UMBRACO__CMS__Global__MainDomKeyDiscriminator', value: nasty, slotSetting: true });
	});

	test('XDT transform (v8 ConfigurationStatus)', () => {
		const status = '8"<&>\'$#\\-- x';
		const v8 = makePlan({ umbraco: '8.18.8', servers: patchServer('web-1', { name: 'Web <1> -- & "x"', settings: { configurationStatus: status } }) });
		const text = filesByPath(v8).get('servers/web-1/Web.Production.xdt.config')!.contents;
		expect(xmlProblems(text)).toEqual([]);
		expect(readXdtAdds(text).filter((a) => a.key === 'Umbraco.Core.ConfigurationStatus').map((a) => a.value)).toEqual([status, status]);
	});
});

describe('XDT file names', () => {
	test.each([
		[false, 'Production', 'Web.Production.xdt.config'],
		[false, 'Staging', 'Web.Staging.xdt.config'],
		[true, 'Production', 'Web.live.xdt.config'],
		[true, 'Staging', 'Web.staging.xdt.config'],
		[true, 'Development', 'Web.development.xdt.config'],
	])('umbracoCloud %s, environment %s → %s', (umbracoCloud, environment, name) => {
		const plan = makePlan({ umbraco: '8.18.8', umbracoCloud, environment, servers: patchServer('web-1', { settings: { localTemp: 'environment-temp' } }) });
		expect(filesByPath(plan).has(`servers/web-1/${name}`)).toBe(true);
	});
});

describe('bundle README', () => {
	test('names the forms once, where a server has more than one', () => {
		const plan = valid(presetInput('v16-containers'));
		const readme = bundleEntries({ plan, planInput: presetInput('v16-containers'), diagramSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', permalink: 'https://x.test/#plan=1.x' }).find((e) => e.path === 'README.md')!.contents;
		expect(readme).toContain('- The same settings in each form a deployment reads: `appsettings.Production.json`, `.env`, `compose.override.yaml`, `kubernetes.patch.yaml`. Use one form per server');
		const iis = valid(presetInput('v13-central-share'));
		expect(bundleEntries({ plan: iis, planInput: presetInput('v13-central-share'), diagramSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', permalink: 'https://x.test/#plan=1.x' }).find((e) => e.path === 'README.md')!.contents).not.toContain('in each form');
	});
});

describe('any schema-valid plan (seeded, 200 plans)', () => {
	test.each(Array.from({ length: 200 }, (_, i) => i + 1))('seed %i: the container and Azure forms read back as the appsettings fragment', (seed) => {
		const plan = arbitraryPlan(seed);
		const files = filesByPath(plan);
		for (const server of plan.servers) {
			const at = (name: string) => files.get(`servers/${server.id}/${name}`)?.contents;
			const expected = expectedEnvironment(plan, server.id);
			const dotenv = at('.env');
			if (dotenv !== undefined) {
				if (oneCopy(plan)) expect(lower(readDotenv(dotenv))).toMatchObject(expected);
				else expect(lower(readDotenv(dotenv))).toEqual(expected);
				const services = [...readComposeEnvironment(at('compose.override.yaml')!).values()];
				expect(services).toHaveLength(services.length === 1 ? 1 : server.instances);
				for (const env of services) expect(lower(env)).toMatchObject(expected);
				expect(lower(readKubernetesEnv(at('kubernetes.patch.yaml')!))).toMatchObject(expected);
			}
			const azure = at('azure-app-settings.json');
			if (azure !== undefined && modernPlan(plan)) {
				const list = JSON.parse(azure) as { name: string; value: string; slotSetting: boolean }[];
				const actual = lower(Object.fromEntries(list.filter((s) => !s.slotSetting && s.name !== 'WEBSITE_DISABLE_OVERLAPPED_RECYCLING').map((s) => [s.name, s.value])));
				if (oneCopy(plan)) expect(actual).toMatchObject(expected);
				else expect(actual).toEqual(expected);
			}
		}
	});
});
