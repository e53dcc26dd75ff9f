import { loggingRules } from '../../../../src/domain/rules/groups/logging';
import { makePlan } from '../../../helpers/plans';
import { planWith, quietOnCleanPlans, ruleTable, type RuleCase } from '../../../helpers/rules-b';

const runTable = (id: string, cases: readonly RuleCase[]) => ruleTable(loggingRules, id, cases);

const all = ['admin', 'web-1', 'web-2'];
const sameNames = { logging: { sharedDirectory: true, fileNamePerMachine: false } } as const;
const single = { servers: [{ id: 'site', name: 'Site', host: 'site.internal', kind: 'backoffice', role: 'single' }] } as const;

runTable('R48', [
	{ name: '7.7.3: log4net HostName pattern', plan: () => planWith('7.7.3', {}, sameNames), hits: [all], says: ['%property{log4net:HostName}', 'log4net.Util.PatternString'], path: 'logging.fileNamePerMachine' },
	{ name: '7.2.0: traditional load balancing too', plan: () => planWith('7.2.0', {}, sameNames), hits: [all] },
	{ name: '7.7.3: silent with machine names', plan: () => planWith('7.7.3', {}, { logging: { sharedDirectory: true } }), hits: [] },
	{ name: '7.7.3 on a central share: the log folder is on the share', plan: () => planWith('7.7.3', {}, { files: { strategy: 'central-share' }, logging: { fileNamePerMachine: false } }), hits: [all] },
	{ name: '7.7.3: silent without a shared folder', plan: () => planWith('7.7.3', {}, { logging: { fileNamePerMachine: false } }), hits: [] },
	{ name: '7.7.3: silent for one server', plan: () => planWith('7.7.3', {}, { ...sameNames, ...single }), hits: [] },
	{ name: '8.18.8: silent (v7 log4net only)', plan: () => planWith('8.18.8', {}, sameNames), hits: [] },
]);

runTable('R49', [
	{ name: '16.0.0: FileNameFormatArguments', plan: () => planWith('16.0.0', {}, sameNames), hits: [all], says: ['`MachineName`', '`Umbraco:CMS:Logging:FileNameFormatArguments`'], path: 'logging.fileNamePerMachine' },
	{ name: '17.6.0', plan: () => planWith('17.6.0', {}, sameNames), hits: [all] },
	{ name: '15.4.0: silent (no file-name settings before 16)', plan: () => planWith('15.4.0', {}, sameNames), hits: [] },
	{ name: '13.5.2: silent (outside the bands)', plan: () => planWith('13.5.2', {}, sameNames), hits: [] },
	{ name: '17.6.0: silent with machine names', plan: () => planWith('17.6.0', {}, { logging: { sharedDirectory: true } }), hits: [] },
]);

runTable('R50', [
	{ name: '13.5.2: names umbraco/Logs', plan: () => makePlan(), hits: [[]], says: ['~/umbraco/Logs', 'Application Insights'], path: 'logging.centralSink' },
	{ name: '8.18.8: names App_Data/Logs', plan: () => planWith('8.18.8'), hits: [[]], says: ['~/App_Data/Logs'] },
	{ name: '13.5.2 on a central share: silent (the logs are in one folder already)', plan: () => planWith('13.5.2', {}, { files: { strategy: 'central-share' } }), hits: [] },
	{ name: '17.6.0', plan: () => planWith('17.6.0'), hits: [[]] },
	{ name: 'silent with a central sink', plan: () => planWith('13.5.2', {}, { logging: { centralSink: 'application-insights' } }), hits: [] },
	{ name: 'silent with one shared log folder', plan: () => planWith('13.5.2', {}, { logging: { sharedDirectory: true } }), hits: [] },
	{ name: 'silent for one server', plan: () => planWith('13.5.2', {}, single), hits: [] },
	{ name: '7.7.3: silent (Serilog arrived in v8)', plan: () => planWith('7.7.3'), hits: [] },
]);

quietOnCleanPlans(loggingRules, [['the clean base on 16.4.0 with a shared log folder', () => planWith('16.4.0', {}, { logging: { sharedDirectory: true } })]]);
