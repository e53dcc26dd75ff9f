import { fileSystemRules } from '../../../../src/domain/rules/groups/file-system';
import { makePlan } from '../../../helpers/plans';
import { planWith, quietOnCleanPlans, ruleTable, type RuleCase } from '../../../helpers/rules-b';

const runTable = (id: string, cases: readonly RuleCase[]) => ruleTable(fileSystemRules, id, cases);

const all = ['admin', 'web-1', 'web-2'];
const replicated = (replication: Record<string, boolean>) => ({ files: { strategy: 'replication', replication } }) as const;
const tempReplicated = replicated({ excludesTemp: false });
const web1 = (settings: Record<string, string>) => ({ 'web-1': { settings } });

runTable('R42', [
	{ name: '13.5.2: names umbraco/Data/TEMP and LocalTempStorageLocation', plan: () => planWith('13.5.2', web1({ localTemp: 'default' }), tempReplicated), hits: [['web-1']], says: ['~/umbraco/Data/TEMP is replicated', 'Web 1', '`Umbraco:CMS:Hosting:LocalTempStorageLocation` = `EnvironmentTemp`'], path: 'servers[1].settings.localTemp' },
	{ name: '8.18.8: names App_Data/TEMP and Umbraco.Core.LocalTempStorage', plan: () => planWith('8.18.8', web1({ localTemp: 'default' }), tempReplicated), hits: [['web-1']], says: ['~/App_Data/TEMP', '`Umbraco.Core.LocalTempStorage` = `EnvironmentTemp` in web.config'] },
	{ name: '7.7.3: names umbracoLocalTempStorage', plan: () => planWith('7.7.3', web1({ localTemp: 'default' }), tempReplicated), hits: [['web-1']], says: ['`umbracoLocalTempStorage` = `EnvironmentTemp`'] },
	{ name: '7.6.0: no key moves TEMP, so one plan-wide finding', plan: () => planWith('7.6.0', {}, tempReplicated), hits: [all], says: ['`umbracoContentXMLStorage`', 'moves only umbraco.config'], path: 'files.replication.excludesTemp' },
	{ name: '7.5.3: names umbracoContentXMLUseLocalTemp', plan: () => planWith('7.5.3', {}, tempReplicated), hits: [all], says: ['`umbracoContentXMLUseLocalTemp`'] },
	{ name: '13.5.2: local temp with a synced Examine factory still writes to TEMP', plan: () => planWith('13.5.2', web1({ examineFactory: 'synced-temp' }), tempReplicated), hits: [['web-1']], says: ['Examine indexes', '`TempFileSystemDirectoryFactory`'], path: 'servers[1].settings.examineFactory' },
	{ name: '8.18.8: local temp with the default Examine factory', plan: () => planWith('8.18.8', web1({ localTemp: 'environment-temp', examineFactory: 'default' }), tempReplicated), hits: [['web-1']], says: ['`Examine.LuceneEngine.Directories.TempEnvDirectoryFactory, Examine`'] },
	{ name: '17.6.0: silent with local temp and the temp-only factory', plan: () => planWith('17.6.0', web1({ localTemp: 'environment-temp', examineFactory: 'temp' }), tempReplicated), hits: [] },
	{ name: '13.5.2: silent with the recommended (empty) settings', plan: () => planWith('13.5.2', {}, tempReplicated), hits: [] },
	{ name: '7.7.3: silent with local temp (v7 docs name no Examine condition)', plan: () => planWith('7.7.3', web1({ localTemp: 'environment-temp', examineFactory: 'default' }), tempReplicated), hits: [] },
	{ name: 'silent when TEMP is excluded', plan: () => planWith('13.5.2', web1({ localTemp: 'default' })), hits: [] },
	{ name: 'silent for a central share (R45)', plan: () => planWith('13.5.2', web1({ localTemp: 'default' }), { files: { strategy: 'central-share', replication: { excludesTemp: false } } }), hits: [] },
]);

const configReplicated = replicated({ excludesUmbracoConfig: false });

runTable('R43', [
	{ name: '7.7.3: every server keeps umbraco.config in the site', plan: () => planWith('7.7.3', {}, configReplicated), hits: [all], says: ['Admin, Web 1 and Web 2 keep it', '`umbracoLocalTempStorage` = `EnvironmentTemp`'], path: 'files.replication.excludesUmbracoConfig' },
	{ name: '7.6.2: names umbracoContentXMLStorage', plan: () => planWith('7.6.2', {}, configReplicated), hits: [all], says: ['`umbracoContentXMLStorage` = `EnvironmentTemp`'] },
	{ name: '7.5.3: names umbracoContentXMLUseLocalTemp', plan: () => planWith('7.5.3', {}, configReplicated), hits: [all], says: ['`umbracoContentXMLUseLocalTemp` = `true`'] },
	{ name: '7.2.0: traditional load balancing too', plan: () => planWith('7.2.0', {}, configReplicated), hits: [all] },
	{ name: '7.3.0: only servers still on default temp', plan: () => planWith('7.3.0', { admin: { settings: { localTemp: 'environment-temp' } }, 'web-1': { settings: { localTemp: 'aspnet-temp' } } }, configReplicated), hits: [['web-2']], says: ['Web 2 keeps it'] },
	{ name: '7.7.3: silent when local temp moves it everywhere', plan: () => planWith('7.7.3', { admin: { settings: { localTemp: 'environment-temp' } }, 'web-1': { settings: { localTemp: 'environment-temp' } }, 'web-2': { settings: { localTemp: 'environment-temp' } } }, configReplicated), hits: [] },
	{ name: '7.7.3: silent when excluded', plan: () => planWith('7.7.3'), hits: [] },
	{ name: '8.18.8: silent (no umbraco.config in v8)', plan: () => planWith('8.18.8', {}, configReplicated), hits: [] },
]);

const logsReplicated = replicated({ excludesLogs: false });

runTable('R44', [
	{ name: '13.5.2: umbraco/Logs', plan: () => planWith('13.5.2', {}, logsReplicated), hits: [[]], says: ['~/umbraco/Logs is replicated'], path: 'files.replication.excludesLogs' },
	{ name: '8.18.8: App_Data/Logs', plan: () => planWith('8.18.8', {}, logsReplicated), hits: [[]], says: ['~/App_Data/Logs'] },
	{ name: '7.7.3: App_Data/Logs', plan: () => planWith('7.7.3', {}, logsReplicated), hits: [[]], says: ['~/App_Data/Logs'] },
	{ name: 'silent when logs are excluded', plan: () => makePlan(), hits: [] },
	{ name: 'silent for a central share', plan: () => planWith('13.5.2', {}, { files: { strategy: 'central-share', replication: { excludesLogs: false } } }), hits: [] },
]);

const share = { files: { strategy: 'central-share' } } as const;

runTable('R45', [
	{ name: '13.5.2: temp on the share', plan: () => planWith('13.5.2', web1({ localTemp: 'default' }), share), hits: [['web-1']], says: ['~/umbraco/Data/TEMP', '`Umbraco:CMS:Hosting:LocalTempStorageLocation` = `EnvironmentTemp`'], path: 'servers[1].settings.localTemp' },
	{ name: '8.18.8: Examine on the share', plan: () => planWith('8.18.8', web1({ examineFactory: 'default' }), share), hits: [['web-1']], says: ['Examine indexes', '`Examine.LuceneEngine.Directories.TempEnvDirectoryFactory, Examine`'], path: 'servers[1].settings.examineFactory' },
	{ name: '7.7.3: Examine minimum and the {machinename} fallback', plan: () => planWith('7.7.3', web1({ examineFactory: 'default' }), share), hits: [['web-1']], says: ['0.1.83', '{machinename}', 'ExamineSettings.config'] },
	{ name: '17.6.0: both on one server', plan: () => planWith('17.6.0', { admin: { settings: { localTemp: 'default', examineFactory: 'default' } } }, share), hits: [['admin'], ['admin']] },
	{ name: 'silent with the recommended (empty) settings', plan: () => planWith('13.5.2', {}, share), hits: [] },
	{ name: '16.0.0: two servers sync their indexes into one master on the share', plan: () => planWith('16.0.0', { admin: { settings: { examineFactory: 'synced-temp' } }, 'web-1': { settings: { examineFactory: 'synced-temp' } } }, share), hits: [['admin'], ['web-1']], says: ['syncs its Examine indexes back', '2 instances', '`TempFileSystemDirectoryFactory`'], path: 'servers[0].settings.examineFactory' },
	{ name: 'silent when one instance alone syncs (the admin-app pattern)', plan: () => planWith('16.0.0', web1({ examineFactory: 'synced-temp' }), share), hits: [] },
	{ name: 'silent for replication', plan: () => planWith('13.5.2', web1({ localTemp: 'default', examineFactory: 'default' })), hits: [] },
]);

runTable('R46', [
	{ name: '7.7.3: not NTFS', plan: () => planWith('7.7.3', {}, { files: { strategy: 'central-share', share: { windowsNtfs: false } } }), hits: [[]], says: ['Windows/NTFS'], path: 'files.share.windowsNtfs' },
	{ name: '7.7.3: not highly available', plan: () => planWith('7.7.3', {}, { files: { strategy: 'central-share', share: { highlyAvailable: false } } }), hits: [[]], path: 'files.share.highlyAvailable' },
	{ name: '7.1.0: both', plan: () => planWith('7.1.0', {}, { files: { strategy: 'central-share', share: { windowsNtfs: false, highlyAvailable: false } } }), hits: [[], []] },
	{ name: '8.18.8: silent (v7 docs only)', plan: () => planWith('8.18.8', {}, { files: { strategy: 'central-share', share: { windowsNtfs: false } } }), hits: [] },
	{ name: '7.7.3: silent for a good share', plan: () => planWith('7.7.3', {}, share), hits: [] },
	{ name: '7.7.3: silent for replication', plan: () => planWith('7.7.3', {}, { files: { share: { windowsNtfs: false } } }), hits: [] },
]);

const standalone = (media: 'site-folder' | 'blob' | 'unc', mediaPath?: string) =>
	({ files: { strategy: 'standalone', media, ...(mediaPath ? { mediaPath } : {}) } }) as const;

runTable('R47', [
	{ name: '13.5.2: names the Blob provider and the UNC setting', plan: () => planWith('13.5.2', {}, standalone('site-folder')), hits: [all], says: ['`Umbraco.StorageProviders.AzureBlob`', '`Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath`'], path: 'files.media' },
	{ name: '8.18.8: names a v8 provider, not the v9+ package', plan: () => planWith('8.18.8', {}, standalone('site-folder')), hits: [all], says: ['UmbracoFileSystemProviders.Azure'], never: ['Umbraco.StorageProviders.AzureBlob'] },
	{ name: '17.6.0: one server with two instances', plan: () => makePlan({ umbraco: '17.6.0', hosting: 'containers', servers: [{ id: 'site', name: 'Site', host: 'site.internal', kind: 'backoffice', role: 'single', instances: 2 }], ...standalone('site-folder') }), hits: [['site']] },
	{ name: '13.5.2: a UNC share without its path', plan: () => planWith('13.5.2', {}, standalone('unc')), hits: [[]], says: ['`Umbraco:CMS:Global:UmbracoMediaPhysicalRootPath`'], never: ['UNVERIFIED'], path: 'files.mediaPath' },
	{ name: '10.8.0: the UNC setting with its caveat', plan: () => planWith('10.8.0', {}, standalone('unc')), hits: [[]], says: ['UmbracoMediaPhysicalRootPath', 'UNVERIFIED for earlier versions'] },
	{ name: '8.18.8: silent for a UNC share without a path (no documented v8 setting)', plan: () => planWith('8.18.8', {}, standalone('unc')), hits: [] },
	{ name: '13.5.2: silent for a UNC share with its path', plan: () => planWith('13.5.2', {}, standalone('unc', '\\\\files\\media')), hits: [] },
	{ name: '13.5.2: silent for Blob storage', plan: () => planWith('13.5.2', {}, standalone('blob')), hits: [] },
	{ name: 'silent for a single instance', plan: () => makePlan({ servers: [{ id: 'site', name: 'Site', host: 'site.internal', kind: 'backoffice', role: 'single' }], ...standalone('site-folder') }), hits: [] },
	{ name: 'silent for replication (media is replicated)', plan: () => makePlan(), hits: [] },
]);

quietOnCleanPlans(fileSystemRules, [
	['the clean base on a central share', () => planWith('13.5.2', {}, share)],
	['the clean base on 7.7.3 with replication', () => planWith('7.7.3')],
]);
