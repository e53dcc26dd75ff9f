import { azureRules } from '../../../../src/domain/rules/groups/azure';
import { azurePlan, planWith, quietOnCleanPlans, ruleTable, type RuleCase } from '../../../helpers/rules-b';

const runTable = (id: string, cases: readonly RuleCase[]) => ruleTable(azureRules, id, cases);

const webTemp = (localTemp: string) => ({ web: { settings: { localTemp } } });

runTable('R29', [
	{ name: '7.5.3: names umbracoContentXMLUseLocalTemp = true', plan: () => azurePlan('7.5.3', webTemp('default')), hits: [['web']], says: ['`umbracoContentXMLUseLocalTemp` = `true`', '~/App_Data/TEMP', 'Public app'], path: 'servers[1].settings.localTemp' },
	{ name: '7.6.0: names umbracoContentXMLStorage', plan: () => azurePlan('7.6.0', webTemp('default')), hits: [['web']], says: ['`umbracoContentXMLStorage` = `EnvironmentTemp`'] },
	{ name: '7.7.2: still umbracoContentXMLStorage', plan: () => azurePlan('7.7.2', webTemp('default')), hits: [['web']], says: ['`umbracoContentXMLStorage`'] },
	{ name: '7.7.3: names umbracoLocalTempStorage', plan: () => azurePlan('7.7.3', webTemp('default')), hits: [['web']], says: ['`umbracoLocalTempStorage` = `EnvironmentTemp`'] },
	{ name: '8.18.8: names Umbraco.Core.LocalTempStorage', plan: () => azurePlan('8.18.8', webTemp('default')), hits: [['web']], says: ['`Umbraco.Core.LocalTempStorage` = `EnvironmentTemp` in web.config', '~/App_Data/TEMP'] },
	{ name: '13.5.2: names the Hosting key and umbraco/Data/TEMP', plan: () => azurePlan('13.5.2', webTemp('default')), hits: [['web']], says: ['`Umbraco:CMS:Hosting:LocalTempStorageLocation` = `EnvironmentTemp` in appsettings.json', '~/umbraco/Data/TEMP'] },
	{ name: '17.6.0: the admin app too', plan: () => azurePlan('17.6.0', { admin: { settings: { localTemp: 'default' } } }), hits: [['admin']], says: ['Admin app'] },
	{ name: 'silent with the recommended (empty) settings', plan: () => azurePlan('13.5.2'), hits: [] },
	{ name: 'silent with AspNetTemp on v8 (also local)', plan: () => azurePlan('8.18.8', webTemp('aspnet-temp')), hits: [] },
	{ name: 'silent on a single-instance, single-app Azure plan', plan: () => azurePlan('13.5.2', {}, { servers: [{ id: 'solo', name: 'Solo', host: 'www.example.com', kind: 'backoffice', role: 'single', settings: { localTemp: 'default' } }] }), hits: [] },
	{ name: 'silent off Azure (IIS)', plan: () => planWith('13.5.2', { 'web-1': { settings: { localTemp: 'default' } } }), hits: [] },
]);

const webExamine = (examineFactory: string, instances = 3) => ({ web: { instances, settings: { examineFactory } } });

runTable('R30', [
	{ name: '7.7.3: TempEnvDirectoryFactory with the Examine minimum', plan: () => azurePlan('7.7.3', webExamine('synced-temp')), hits: [['web']], says: ['Examine.LuceneEngine.Directories.TempEnvDirectoryFactory,Examine', 'ExamineSettings.config', '0.1.83'], path: 'servers[1].settings.examineFactory' },
	{ name: '8.18.8: Umbraco.Examine.LuceneDirectoryFactory', plan: () => azurePlan('8.18.8', webExamine('default')), hits: [['web']], says: ['`Umbraco.Examine.LuceneDirectoryFactory` = `Examine.LuceneEngine.Directories.TempEnvDirectoryFactory, Examine`', 'in the site folder'] },
	{ name: '13.5.2: TempFileSystemDirectoryFactory', plan: () => azurePlan('13.5.2', webExamine('synced-temp')), hits: [['web']], says: ['`Umbraco:CMS:Examine:LuceneDirectoryFactory` = `TempFileSystemDirectoryFactory`', 'synced back'] },
	{ name: '13.5.2: a one-instance public app is still the public app', plan: () => azurePlan('13.5.2', webExamine('synced-temp', 1)), hits: [['web']] },
	{ name: '17.6.0: a scaled-out backoffice server counts as scaled out', plan: () => azurePlan('17.6.0', { admin: { instances: 2, settings: { examineFactory: 'synced-temp' } } }), hits: [['admin']] },
	{ name: '7.7.3: silent for the synced factory on a one-instance public app', plan: () => azurePlan('7.7.3', webExamine('synced-temp', 1)), hits: [] },
	{ name: 'silent with the recommended (empty) settings', plan: () => azurePlan('8.18.8'), hits: [] },
	{ name: 'silent off Azure', plan: () => planWith('13.5.2', { 'web-1': { instances: 2, settings: { examineFactory: 'default' } } }), hits: [] },
]);

const adminExamine = (examineFactory: string) => ({ admin: { settings: { examineFactory } } });

runTable('R31', [
	{ name: '7.7.3: SyncTempEnvDirectoryFactory (Examine 0.1.80+)', plan: () => azurePlan('7.7.3', adminExamine('default')), hits: [['admin']], says: ['SyncTempEnvDirectoryFactory,Examine', '0.1.80'], path: 'servers[0].settings.examineFactory' },
	{ name: '8.18.8: SyncTempEnvDirectoryFactory, Examine', plan: () => azurePlan('8.18.8', adminExamine('temp')), hits: [['admin']], says: ['`Examine.LuceneEngine.Directories.SyncTempEnvDirectoryFactory, Examine`'] },
	{ name: '13.5.2: SyncedTempFileSystemDirectoryFactory', plan: () => azurePlan('13.5.2', adminExamine('default')), hits: [['admin']], says: ['`SyncedTempFileSystemDirectoryFactory`', 'Admin app'] },
	{ name: 'silent with the recommended (empty) settings', plan: () => azurePlan('17.6.0'), hits: [] },
	{ name: 'silent for a scaled-out admin app (R30/R39 territory)', plan: () => azurePlan('13.5.2', { admin: { instances: 2, settings: { examineFactory: 'temp' } } }), hits: [] },
	{ name: 'silent off Azure', plan: () => planWith('13.5.2', { admin: { settings: { examineFactory: 'default' } } }), hits: [] },
]);

runTable('R39', [
	{ name: '7.7.3: two admin instances', plan: () => azurePlan('7.7.3', { admin: { instances: 2 } }), hits: [['admin']], says: ['runs 2 instances'], path: 'servers[0].instances' },
	{ name: '13.5.2: three admin instances', plan: () => azurePlan('13.5.2', { admin: { instances: 3 } }), hits: [['admin']] },
	{ name: '16.3.0: backoffice LB mode does not exist before 17', plan: () => azurePlan('16.3.0', { admin: { instances: 2 } }, { backoffice: { mode: 'load-balanced' } }), hits: [['admin']] },
	{ name: '17.6.0: classic topology', plan: () => azurePlan('17.6.0', { admin: { instances: 2 } }), hits: [['admin']] },
	{ name: '17.6.0: silent in load-balanced backoffice mode', plan: () => azurePlan('17.6.0', { admin: { instances: 2 } }, { backoffice: { mode: 'load-balanced' } }), hits: [] },
	{ name: 'silent for one admin instance', plan: () => azurePlan('13.5.2'), hits: [] },
	{ name: 'silent off Azure', plan: () => planWith('13.5.2', { admin: { instances: 2 } }), hits: [] },
]);

runTable('R40', [
	{ name: 'one shared App Service plan', plan: () => azurePlan('13.5.2', {}, { azure: { separatePlans: false } }), hits: [[]], says: ['own plan'], path: 'azure.separatePlans' },
	{ name: 'resources in several regions', plan: () => azurePlan('8.18.8', {}, { azure: { sameRegion: false } }), hits: [[]], says: ['one Azure region'], path: 'azure.sameRegion' },
	{ name: 'both', plan: () => azurePlan('17.6.0', {}, { azure: { separatePlans: false, sameRegion: false } }), hits: [[], []] },
	{ name: 'silent for the documented layout', plan: () => azurePlan('13.5.2'), hits: [] },
	{ name: 'silent for a shared plan with a single app', plan: () => azurePlan('13.5.2', {}, { servers: [{ id: 'solo', name: 'Solo', host: 'www.example.com', kind: 'backoffice' }], azure: { separatePlans: false } }), hits: [] },
	{ name: 'silent off Azure', plan: () => planWith('13.5.2', {}, { azure: { separatePlans: false, sameRegion: false } }), hits: [] },
]);

runTable('R41', [
	{ name: '9.0.0', plan: () => azurePlan('9.0.0', { web: { settings: { runFromPackage: true } } }), hits: [['web']], says: ['WEBSITE_RUN_FROM_PACKAGE'], path: 'servers[1].settings.runFromPackage' },
	{ name: '17.6.0, both apps', plan: () => azurePlan('17.6.0', { admin: { settings: { runFromPackage: true } }, web: { settings: { runFromPackage: true } } }), hits: [['admin'], ['web']] },
	{ name: 'silent on 8.18.8 (catalogue: v9+)', plan: () => azurePlan('8.18.8', { web: { settings: { runFromPackage: true } } }), hits: [] },
	{ name: 'silent when unset or false', plan: () => azurePlan('13.5.2', { web: { settings: { runFromPackage: false } } }), hits: [] },
]);

quietOnCleanPlans(azureRules);
