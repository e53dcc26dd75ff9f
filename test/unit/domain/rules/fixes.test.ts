/**
 * Mechanical fixes, table-driven: for every rule with a fix, a plan where the rule fires,
 * the finding (by path), the label offered, and proof that applying the fix to the frozen
 * document makes that finding go away without breaking the plan.
 */
import { describe, expect, test } from 'vitest';
import { checkDraft, type PlanDraft } from '../../../../src/domain/plan/draft';
import type { PlanInput } from '../../../../src/domain/plan/schema';
import { fixableRuleIds, fixFor } from '../../../../src/domain/rules/fixes';
import { validate } from '../../../../src/domain/rules/validate';
import { deepFreeze } from '../../../helpers/deep-freeze';
import { basePlanInput, makePlan, mergePatch, patchServer } from '../../../helpers/plans';

type Patch = Parameters<typeof makePlan>[0];

/** The base plan with `patch`, as the document (no `undefined` left) and as the validated plan. */
function planAndDraft(patch: Patch) {
	const draft = deepFreeze(JSON.parse(JSON.stringify(mergePatch(basePlanInput, patch))) as PlanDraft);
	return { plan: makePlan(patch), draft };
}

const azure = { hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' } } as const;
const unpinned = basePlanInput.servers.map(({ role: _, ...server }) => server);
const lb17 = (change: Patch = {}): Patch =>
	mergePatch(
		{
			umbraco: '17.6.0',
			servers: basePlanInput.servers.map((s) => ({ ...s, role: 'publisher', behindLoadBalancer: true })),
			loadBalancer: { stickySessions: 'cookie' },
			backoffice: { mode: 'load-balanced', signalR: 'redis', temporaryFileLocation: 'shared', temporaryFilePath: '//f/t', isolatedCaches: true },
		},
		change
	) as Patch;
const engage = (change: object = {}) => ({ engage: { cmServer: 'admin', ...change } });

/** [rule, plan patch, path of the finding, label offered]. */
const cases: readonly [string, Patch, string, string][] = [
	['R01', { servers: patchServer('admin', { instances: 2 }) }, 'servers[0].instances', 'Run Admin as one instance'],
	['R01', { umbraco: '7.2.8', servers: patchServer('admin', { behindLoadBalancer: true }) }, 'servers[0].behindLoadBalancer', 'Take Admin out of the load balancer'],
	['R01', { backoffice: { mode: 'load-balanced' } }, 'backoffice.mode', 'Use a dedicated backoffice server'],
	['R02', { umbraco: '17.6.0', servers: patchServer('admin', { behindLoadBalancer: true }) }, 'backoffice.mode', 'Load-balance the backoffice'],
	['R02', lb17({ backoffice: { isolatedCaches: false } }), 'backoffice.isolatedCaches', 'Call LoadBalanceIsolatedCaches()'],
	['R02', lb17({ servers: basePlanInput.servers.map((s) => ({ ...s, behindLoadBalancer: true })) }), 'servers[1].role', 'Pin Web 1 and Web 2 as SchedulingPublisher'],
	['R03', lb17({ loadBalancer: { stickySessions: 'none' }, backoffice: { signalR: 'none' } }), 'backoffice.signalR', 'Turn on cookie sticky sessions'],
	['R03', lb17({ ...azure, loadBalancer: { stickySessions: 'none' }, backoffice: { signalR: 'none' } }), 'backoffice.signalR', 'Use Azure SignalR Service'],
	['R03', lb17({ loadBalancer: { stickySessions: 'none' }, backoffice: { signalR: 'azure-signalr' }, sessions: { store: 'none' } }), 'sessions.store', 'Add a SQL Server distributed cache'],
	['R04', lb17({ backoffice: { signalR: 'none' } }), 'backoffice.signalR', 'Add a SQL Server SignalR backplane'],
	['R04', lb17({ backoffice: { signalR: 'none' }, sessions: { store: 'redis' } }), 'backoffice.signalR', 'Add a Redis SignalR backplane'],
	['R04', lb17({ backoffice: { signalR: 'azure-signalr', skipNegotiation: true } }), 'backoffice.skipNegotiation', 'Turn ClientShouldSkipNegotiation off'],
	['R07', { backoffice: { mode: 'load-balanced' } }, 'backoffice.mode', 'Use a dedicated backoffice server'],
	['R07', { backoffice: { isolatedCaches: true } }, 'backoffice.isolatedCaches', 'Remove LoadBalanceIsolatedCaches()'],
	['R08', { umbraco: '7.2.8', legacy: { distributedCall: false } }, 'legacy.distributedCall', 'Turn distributedCall on'],
	['R09', { umbraco: '7.15.10', legacy: { distributedCall: true } }, 'legacy.distributedCall', 'Turn distributedCall off'],
	['R11', { umbraco: '7.2.8', servers: patchServer('web-1', { settings: { umbracoUseSsl: false } }) }, 'servers[1].settings.umbracoUseSsl', 'Set umbracoUseSSL to true on Web 1'],
	['R15', { servers: unpinned }, 'servers[0].role', 'Pin Admin as SchedulingPublisher and the others as Subscriber'],
	['R15', { umbraco: '7.15.10', servers: unpinned }, 'servers[2].role', 'Pin Admin as Master and the others as Slave'],
	['R15', { umbraco: '8.18.8', servers: unpinned }, 'servers[1].role', 'Pin Admin as Primary and the others as Replica'],
	['R15', { servers: patchServer('web-1', { role: 'elected' }) }, 'servers[1].role', 'Pin Web 1 as Subscriber'],
	['R16', { servers: patchServer('web-1', { role: 'publisher' }) }, 'servers', 'Keep Admin as SchedulingPublisher and pin Web 1 as Subscriber'],
	['R16', { servers: patchServer('web-2', { role: 'single' }) }, 'servers', 'Keep Admin as SchedulingPublisher and pin Web 2 as Subscriber'],
	['R17', { servers: patchServer('admin', { role: 'subscriber' }) }, 'servers', 'Pin Admin as SchedulingPublisher'],
	['R18', { servers: patchServer('web-1', { role: 'elected', database: 'read-only-login' }) }, 'servers[1].role', 'Pin Web 1 as Subscriber'],
	['R19', { umbraco: '8.6.2', servers: patchServer('web-1', { database: 'read-only-login', settings: { mainDomLock: 'sql' } }) }, 'servers[1].settings.mainDomLock', "Let Web 1's login write umbracoLock and umbracoKeyValue"],
	['R20', { servers: unpinned, applicationUrl: undefined, loadBalancer: { forwardsInternalHostNames: true } }, 'applicationUrl', 'Set the application URL to https://www.example.com'],
	['R21', { umbraco: '8.18.8', applicationUrl: 'https://www.example.com/umbraco' }, 'applicationUrl', 'Remove /umbraco from the application URL'],
	['R22', { applicationUrl: 'https://www.example.com/umbraco/' }, 'applicationUrl', 'Remove /umbraco from the application URL'],
	['R24', { umbraco: '8.18.8', keys: { shared: false } }, 'keys.shared', 'Use one machine key on every server'],
	['R26', { keys: { shared: false } }, 'keys.shared', 'Share the Data Protection keys on a file share'],
	['R26', { ...azure, keys: { shared: false } }, 'keys.shared', 'Share the Data Protection keys in Azure Blob storage'],
	['R27', { umbraco: '8.18.8', sessions: { store: 'none', used: true } }, 'sessions.store', 'Keep session state in SQL Server'],
	['R28', { sessions: { store: 'none' } }, 'sessions.store', 'Add a SQL Server distributed cache'],
	['R29', { ...azure, servers: patchServer('web-1', { settings: { localTemp: 'default' } }) }, 'servers[1].settings.localTemp', "Move Web 1's temp files to local environment temp"],
	['R30', { ...azure, servers: patchServer('web-1', { settings: { examineFactory: 'synced-temp' } }) }, 'servers[1].settings.examineFactory', "Keep Web 1's Examine indexes in local temp only"],
	['R31', { ...azure, servers: patchServer('admin', { settings: { examineFactory: 'temp' } }) }, 'servers[0].settings.examineFactory', 'Use the synced temp Examine factory on Admin'],
	['R32', { ...azure, umbraco: '8.18.8', servers: patchServer('admin', { settings: { mainDomLock: 'default' } }) }, 'servers[0].settings.mainDomLock', 'Use SqlMainDomLock on Admin'],
	['R33', { ...azure, umbraco: '8.6.2', servers: patchServer('admin', { settings: { mainDomLock: 'default' } }) }, 'servers[0].settings.mainDomLock', 'Use SqlMainDomLock on Admin'],
	['R33', { ...azure, umbraco: '8.6.2', servers: patchServer('web-1', { settings: { disableOverlappedRecycling: false } }) }, 'servers[1].settings.disableOverlappedRecycling', 'Turn overlapped recycling off on Web 1'],
	['R34', { ...azure, umbraco: '8.5.5', servers: patchServer('web-2', { settings: { disableOverlappedRecycling: false } }) }, 'servers[2].settings.disableOverlappedRecycling', 'Turn overlapped recycling off on Web 2'],
	['R35', { ...azure, umbraco: '9.2.0', servers: patchServer('admin', { settings: { mainDomLock: 'file-system' } }) }, 'servers[0].settings.mainDomLock', 'Use SqlMainDomLock on Admin'],
	['R36', { ...azure, umbraco: '9.5.4', servers: patchServer('admin', { settings: { mainDomLock: 'sql' } }) }, 'servers[0].settings.mainDomLock', 'Use FileSystemMainDomLock on Admin'],
	['R37', { servers: patchServer('admin', { settings: { mainDomLock: 'file-system' } }) }, 'servers[0].settings.mainDomLock', "Drop Admin's redundant MainDomLock setting"],
	['R39', { ...azure, servers: patchServer('admin', { instances: 2 }) }, 'servers[0].instances', 'Run Admin as one instance'],
	['R40', { ...azure, azure: { separatePlans: false } }, 'azure.separatePlans', 'Give the admin and public apps separate App Service plans'],
	['R40', { ...azure, azure: { sameRegion: false } }, 'azure.sameRegion', 'Keep every Azure resource in one region'],
	['R41', { ...azure, servers: patchServer('web-1', { settings: { runFromPackage: true } }) }, 'servers[1].settings.runFromPackage', 'Remove WEBSITE_RUN_FROM_PACKAGE from Web 1'],
	['R42', { files: { replication: { excludesTemp: false } }, servers: patchServer('web-1', { settings: { localTemp: 'default' } }) }, 'servers[1].settings.localTemp', 'Exclude ~/umbraco/Data/TEMP from replication'],
	['R42', { umbraco: '7.6.3', files: { replication: { excludesTemp: false } } }, 'files.replication.excludesTemp', 'Exclude ~/App_Data/TEMP from replication'],
	['R43', { umbraco: '7.15.10', files: { replication: { excludesUmbracoConfig: false } } }, 'files.replication.excludesUmbracoConfig', 'Exclude ~/App_Data/umbraco.config from replication'],
	['R44', { files: { replication: { excludesLogs: false } } }, 'files.replication.excludesLogs', 'Exclude ~/umbraco/Logs from replication'],
	['R45', { files: { strategy: 'central-share' }, servers: patchServer('web-1', { settings: { localTemp: 'default' } }) }, 'servers[1].settings.localTemp', "Move Web 1's temp files to local environment temp"],
	['R45', { files: { strategy: 'central-share' }, servers: patchServer('web-1', { settings: { examineFactory: 'default' } }) }, 'servers[1].settings.examineFactory', "Keep Web 1's Examine indexes in local temp only"],
	['R46', { umbraco: '7.15.10', files: { strategy: 'central-share', share: { windowsNtfs: false } } }, 'files.share.windowsNtfs', 'Use a Windows (NTFS) share'],
	['R46', { umbraco: '7.15.10', files: { strategy: 'central-share', share: { highlyAvailable: false } } }, 'files.share.highlyAvailable', 'Make the share highly available'],
	['R47', { files: { strategy: 'standalone' } }, 'files.media', 'Keep media in Azure Blob storage'],
	['R48', { umbraco: '7.15.10', logging: { sharedDirectory: true, fileNamePerMachine: false } }, 'logging.fileNamePerMachine', 'Put the machine name in log file names'],
	['R49', { umbraco: '16.3.0', logging: { sharedDirectory: true, fileNamePerMachine: false } }, 'logging.fileNamePerMachine', 'Put the machine name in log file names'],
	['R51', { umbraco: '14.3.0', servers: patchServer('web-1', { settings: { keepAliveSettings: true } }) }, 'servers[1].settings.keepAliveSettings', "Remove Web 1's KeepAlive settings"],
	['R51', { umbraco: '16.3.0', servers: patchServer('web-2', { settings: { disableKeepAlive: true } }) }, 'servers[2].settings.disableKeepAlive', "Remove Web 2's KeepAlive settings"],
	['R53', { upgrades: { unattended: true }, servers: patchServer('web-1', { settings: { upgradeUnattended: true } }) }, 'servers[1].settings.upgradeUnattended', 'Turn unattended upgrades off on Web 1'],
	['R54', { umbraco: '8.18.8', upgrades: { unattended: true }, servers: patchServer('web-1', { settings: { configurationStatus: '8.17.0' } }) }, 'servers[1].settings.configurationStatus', "Set Web 1's ConfigurationStatus to 8.18.8"],
	['R54', { umbraco: '8.18.8', upgrades: { unattended: true }, servers: patchServer('web-2', { settings: { upgradeUnattended: true } }) }, 'servers[2].settings.upgradeUnattended', 'Turn unattended upgrades off on Web 2'],
	['R55', { umbraco: '8.6.4', upgrades: { unattended: true } }, 'upgrades.unattended', 'Turn unattended upgrades off'],
	['R55', { umbraco: '8.6.4', servers: patchServer('web-1', { settings: { upgradeUnattended: true } }) }, 'servers[1].settings.upgradeUnattended', "Remove Web 1's unattended upgrade switch"],
	['R56', { ...engage(), servers: patchServer('web-1', { settings: { engageProcessing: true } }) }, 'servers[1].settings.engageProcessing', 'Stop processing Engage analytics on Web 1'],
	['R56', { ...engage(), servers: patchServer('admin', { settings: { engageProcessing: false } }) }, 'servers[0].settings.engageProcessing', 'Process Engage analytics on Admin'],
	['R57', engage(), 'loadBalancer.stickySessions', 'Turn on cookie sticky sessions'],
	['R58', engage({ pingReachable: false }), 'engage.pingReachable', 'Let the Engage ping reach the CD servers'],
	['R59', { ...engage(), keys: { shared: false } }, 'keys.shared', 'Share the Data Protection keys on a file share'],
	['R60', engage({ cmHost: 'cms.example.com' }), 'engage.authCookieDomain', 'Set AuthCookieDomain to .example.com'],
	['R61', { umbraco: '17.6.0', ...engage({ requireHttps: false }) }, 'engage.requireHttps', 'Require HTTPS for Cockpit authentication'],
	['R62', lb17({ ...engage(), loadBalancer: { stickySessions: 'none' }, backoffice: { signalR: 'azure-signalr' } }), 'loadBalancer.stickySessions', 'Turn on cookie sticky sessions'],
	['R64', {}, 'staging.loadBalanced', 'Load-balance staging too'],
	['R65', { servers: patchServer('web-1', { settings: { messenger: { syncSeconds: 10 } } }) }, 'servers[1].settings.messenger', "Use Admin's messenger settings on Web 1"],
	['R65', { servers: patchServer('admin', { settings: { messenger: { syncSeconds: 10 } } }) }, 'servers[2].settings.messenger', "Use Admin's messenger settings on Web 2"],
	['R66', { database: { engine: 'sqlite' } }, 'database.engine', 'Use SQL Server'],
	['R66', { ...azure, database: { engine: 'sqlite' } }, 'database.engine', 'Use Azure SQL'],
	['R70', lb17({ servers: basePlanInput.servers.map((s) => ({ ...s, role: 'publisher', behindLoadBalancer: true, ...(s.id === 'web-1' ? { settings: { hostingDebug: true } } : {}) })) }), 'servers[1].settings.hostingDebug', 'Turn Hosting:Debug off on Web 1'],
	['R71', { umbraco: '17.4.1', servers: unpinned, applicationUrl: undefined, code: { customRecurringJobs: true } }, 'code.customRecurringJobs', 'Set the application URL to https://www.example.com'],
	['R72', {}, 'servers[0].settings.disableOverlappedRecycling', 'Turn overlapped recycling off on Admin'],
	['R73', { umbraco: '17.6.0', hosting: 'containers' }, 'servers[1].settings.machineIdentifier', 'Set Web 1\'s machine identifier to "web-1"'],
	['R73', { umbraco: '17.6.0', servers: patchServer('web-1', { instances: 2, settings: { machineIdentifier: 'web' } }) }, 'servers[1].settings.machineIdentifier', 'Set Web 1\'s machine identifier to "web-{instance}"'],
	['R73', { umbraco: '17.5.0', servers: patchServer('web-2', { settings: { machineIdentifier: 'web-2' } }) }, 'servers[2].settings.machineIdentifier', "Remove Web 2's machine identifier"],
	['R74', { umbraco: '17.8.1', loadBalancer: { healthCheckPath: '/umbraco/api/health/live' } }, 'loadBalancer.healthCheckPath', 'Probe /umbraco/api/health/ready'],
	['R74', { umbraco: '17.2.0', loadBalancer: { healthCheckPath: '/umbraco/api/health/ready' } }, 'loadBalancer.healthCheckPath', 'Remove the health check path'],
	['R76', { umbraco: '8.18.8', database: { engine: 'sql-ce' } }, 'database.engine', 'Use SQL Server'],
	['R77', { ...azure, database: { engine: 'sql-ce' } }, 'database.engine', 'Use Azure SQL'],
	['R78', { umbraco: '12.4.0', ...engage() }, 'engage', 'Use uMarketingSuite'],
	['R78', { umbraco: '17.8.1', ...engage({ product: 'umarketingsuite' }) }, 'engage.product', 'Use Umbraco Engage'],
	['R81', { umbraco: '16.0.0', servers: patchServer('web-1', { settings: { localTemp: 'aspnet-temp' } }) }, 'servers[1].settings.localTemp', "Move Web 1's temp files to local environment temp"],
	['R85', { umbraco: '13.5.2', hosting: 'containers', servers: patchServer('web-2', { settings: { mainDomLock: 'semaphore' } }) }, 'servers[2].settings.mainDomLock', "Leave Web 2's MainDom lock to the default"],
	['R86', { platform: { os: 'linux' } }, 'platform.os', 'Say Windows, as IIS is'],
];

const findingAt = (plan: ReturnType<typeof makePlan>, rule: string, path: string) => validate(plan).find((f) => f.ruleId === rule && f.path === path);

describe('fixFor', () => {
	test.each(cases)('%s at %s: "%s" is offered and removes the finding', (rule, patch, path, label) => {
		const { plan, draft } = planAndDraft(patch);
		const finding = findingAt(plan, rule, path);
		expect(finding, 'the rule fires').toBeDefined();
		const fix = fixFor(finding!, plan, draft);
		expect(fix?.label).toBe(label);
		const after = checkDraft(fix!.apply(draft));
		if (!after.ok) throw new Error(`the fixed plan is invalid: ${JSON.stringify(after.issues)}`);
		expect(findingAt(after.plan, rule, path)).toBeUndefined();
	});

	test('every rule with a fix is in the table', () => {
		expect([...new Set(cases.map(([rule]) => rule))].sort()).toEqual([...fixableRuleIds]);
	});

	test('fixes write no value the schema would fill in, and keep the key order', () => {
		const fixed = (patch: Patch, rule: string, path: string) => {
			const { plan, draft } = planAndDraft(patch);
			return fixFor(findingAt(plan, rule, path)!, plan, draft)!.apply(draft);
		};
		const temp = fixed({ ...azure, servers: patchServer('web-1', { settings: { localTemp: 'default' } }) }, 'R29', 'servers[1].settings.localTemp');
		expect(temp.servers[1]).toEqual(basePlanInput.servers[1]);
		const keys = fixed({ keys: { shared: false, store: 'config', addedToExistingSite: false } }, 'R26', 'keys.shared');
		expect(keys.keys).toEqual({ store: 'file-share', addedToExistingSite: false });
		const url = fixed({ servers: unpinned, applicationUrl: undefined, loadBalancer: { forwardsInternalHostNames: true } }, 'R20', 'applicationUrl');
		expect(Object.keys(url).at(-1)).toBe('applicationUrl');
	});

	test.each([
		['R01 (two backoffice servers)', { servers: patchServer('web-1', { kind: 'backoffice' }) }, 'R01', 'servers'],
		['R12 (upgrade first)', { umbraco: '8.5.5' }, 'R12', 'umbraco'],
		['R19 (a read-only replica)', { umbraco: '8.6.2', servers: patchServer('web-1', { database: 'read-only-replica', settings: { mainDomLock: 'sql' } }) }, 'R19', 'servers[1].settings.mainDomLock'],
		['R47 (a UNC share needs its path)', { files: { strategy: 'standalone', media: 'unc' } }, 'R47', 'files.mediaPath'],
		['R60 (no shared parent domain)', engage(), 'R60', 'engage.authCookieDomain'],
		['R63 (the finding stays as advice wherever Courier points)', { umbraco: '7.15.10', legacy: { courierTarget: 'web-1' } }, 'R63', 'legacy.courierTarget'],
		['R69 (nothing to do)', { umbraco: '16.3.0' }, 'R69', 'sessions.store'],
		['R72 (a slot swap needs a decision)', { ...azure, umbraco: '17.6.0', azure: { deploymentSlots: true } }, 'R72', 'azure.deploymentSlots'],
		['R73 (before 17.6 only a stable host name helps)', { umbraco: '17.5.0', hosting: 'containers' }, 'R73', 'servers[0].settings.machineIdentifier'],
		['R75 (no supported way to share the keys yet)', { umbraco: '17.6.2', code: { openIdConnectProvider: true } }, 'R75', 'code.openIdConnectProvider'],
		['R78 (neither add-on exists for 15)', { umbraco: '15.2.0', ...engage() }, 'R78', 'engage'],
		['R79 (upgrade first)', { umbraco: '17.2.0', servers: patchServer('web-1', { database: 'read-only-login' }) }, 'R79', 'servers[1].database'],
	] satisfies [string, Patch, string, string][])('offers nothing for %s', (_, patch, rule, path) => {
		const { plan, draft } = planAndDraft(patch);
		const finding = findingAt(plan, rule, path);
		expect(finding).toBeDefined();
		expect(fixFor(finding!, plan, draft)).toBeUndefined();
	});

	test('offers nothing when the draft it is given already has the change', () => {
		const { plan } = planAndDraft({ keys: { shared: false } });
		const finding = findingAt(plan, 'R26', 'keys.shared')!;
		const repaired = deepFreeze(JSON.parse(JSON.stringify(mergePatch(basePlanInput, { keys: { store: 'file-share' } }))) as PlanInput);
		expect(fixFor(finding, plan, repaired as PlanDraft)).toBeUndefined();
	});
});
