import { upgradesRules } from '../../../../src/domain/rules/groups/upgrades';
import { planWith, quietOnCleanPlans, ruleTable, type RuleCase } from '../../../helpers/rules-b';

const runTable = (id: string, cases: readonly RuleCase[]) => ruleTable(upgradesRules, id, cases);

const unattended = { upgrades: { unattended: true } } as const;
const flag = (id: string) => ({ [id]: { settings: { upgradeUnattended: true } } });

runTable('R53', [
	{ name: '13.5.2: a front-end has the switch too', plan: () => planWith('13.5.2', flag('web-1'), unattended), hits: [['web-1']], says: ['`Umbraco:CMS:Unattended:UpgradeUnattended`', 'Web 1', 'Admin (the main server)'], path: 'servers[1].settings.upgradeUnattended' },
	{ name: '9.0.0: two front-ends', plan: () => planWith('9.0.0', { ...flag('web-1'), ...flag('web-2') }, unattended), hits: [['web-1'], ['web-2']] },
	{ name: '13.5.2: only a front-end has it (not the main server)', plan: () => planWith('13.5.2', flag('web-2')), hits: [['web-2']] },
	{ name: '17.4.1: the main server is the pinned publisher, not the first backoffice', plan: () => planWith('17.4.1', { admin: { role: 'elected', settings: { upgradeUnattended: true } }, 'web-1': { role: 'publisher' } }), hits: [['admin']], says: ['Web 1 (the main server)'] },
	{ name: '17.3.0: two flagged servers still migrate twice', plan: () => planWith('17.3.0', flag('web-1'), unattended), hits: [['web-1']] },
	{ name: '17.4.2: silent, flagged servers elect a leader (R83 warns)', plan: () => planWith('17.4.2', { ...flag('web-1'), ...flag('web-2') }, unattended), hits: [] },
	{ name: '17.6.0: silent (coordinated since 17.4.2)', plan: () => planWith('17.6.0', flag('web-1'), unattended), hits: [] },
	{ name: '18.0.0: silent (coordinated)', plan: () => planWith('18.0.0', flag('web-1'), unattended), hits: [] },
	{ name: '13.5.2: silent with the recommended (empty) settings', plan: () => planWith('13.5.2', {}, unattended), hits: [] },
	{ name: '13.5.2: silent when only the main server has it', plan: () => planWith('13.5.2', flag('admin')), hits: [] },
	{ name: '8.18.8: silent (R54 covers v8)', plan: () => planWith('8.18.8', flag('web-1'), unattended), hits: [] },
	{ name: '17.2.1: the main server runs 3 instances, which all migrate', plan: () => planWith('17.2.1', { admin: { instances: 3 } }, unattended), hits: [['admin']], says: ['Admin runs 3 instances', 'one instance running'], path: 'servers[0].instances' },
	{ name: '17.4.2: silent with 3 instances (they coordinate)', plan: () => planWith('17.4.2', { admin: { instances: 3 } }, unattended), hits: [] },
	{ name: '13.5.2: silent with 3 instances when nobody upgrades unattended', plan: () => planWith('13.5.2', { admin: { instances: 3 } }), hits: [] },
]);

runTable('R54', [
	{ name: '8.18.8: a server with an old ConfigurationStatus', plan: () => planWith('8.18.8', { 'web-2': { settings: { configurationStatus: '8.17.0' } } }, unattended), hits: [['web-2']], says: ['`Umbraco.Core.ConfigurationStatus` is 8.17.0', 'target 8.18.8'], path: 'servers[2].settings.configurationStatus' },
	{ name: '8.18.8: the switch on a front-end', plan: () => planWith('8.18.8', flag('web-1'), unattended), hits: [['web-1']], says: ['`Umbraco.Core.RuntimeState.UpgradeUnattended`', 'Admin (the main server)'], path: 'servers[1].settings.upgradeUnattended' },
	{ name: '8.12.0: both problems', plan: () => planWith('8.12.0', { admin: { settings: { configurationStatus: '8.11.1' } }, ...flag('web-2') }, unattended), hits: [['admin'], ['web-2']] },
	{ name: '8.12.0: the switch on a front-end even without the plan-level flag', plan: () => planWith('8.12.0', flag('web-2')), hits: [['web-2']] },
	{ name: '8.12.0: silent for "8.12", the same version', plan: () => planWith('8.12.0', { admin: { settings: { configurationStatus: '8.12' } } }, unattended), hits: [] },
	{ name: '8.18.8: silent with the recommended (empty) settings', plan: () => planWith('8.18.8', {}, unattended), hits: [] },
	{ name: '8.18.8: silent about ConfigurationStatus when not upgrading unattended', plan: () => planWith('8.18.8', { 'web-2': { settings: { configurationStatus: '8.17.0' } } }), hits: [] },
	{ name: '8.11.0: silent (R55 covers older v8)', plan: () => planWith('8.11.0', flag('web-1'), unattended), hits: [] },
]);

runTable('R55', [
	{ name: '8.11.0: the plan asks for it', plan: () => planWith('8.11.0', {}, unattended), hits: [[]], says: ['8.12', '8.11.0'], path: 'upgrades.unattended' },
	{ name: '7.7.3: the plan and a server', plan: () => planWith('7.7.3', flag('admin'), unattended), hits: [[], ['admin']] },
	{ name: '8.6.4: a server switch alone', plan: () => planWith('8.6.4', flag('web-1')), hits: [['web-1']], says: ['Web 1', '8.6.4'], path: 'servers[1].settings.upgradeUnattended' },
	{ name: '7.1.0: traditional load balancing too', plan: () => planWith('7.1.0', {}, unattended), hits: [[]] },
	{ name: '8.12.0: silent (supported from here)', plan: () => planWith('8.12.0', {}, unattended), hits: [] },
	{ name: '8.11.0: silent when not asked for', plan: () => planWith('8.11.0'), hits: [] },
]);

runTable('R83', [
	{ name: '17.4.2: two flagged servers coordinate, with the two checks named', plan: () => planWith('17.4.2', { ...flag('web-1'), ...flag('web-2') }, unattended), hits: [['admin', 'web-1', 'web-2']], says: ['Admin, Web 1 and Web 2', 'machine name (the identity the claim records before 17.6 / 18.1)', '`MigrationClaimTimeout`'], path: 'upgrades.unattended' },
	{ name: '17.6.0: names the MachineIdentifier setting', plan: () => planWith('17.6.0', flag('web-1'), unattended), hits: [['admin', 'web-1']], says: ['`Umbraco:CMS:Hosting:MachineIdentifier`'] },
	{ name: '18.3.1: one flagged front-end besides the main server', plan: () => planWith('18.3.1', flag('web-1'), unattended), hits: [['admin', 'web-1']] },
	{ name: '17.4.2: the main server alone, with 3 instances', plan: () => planWith('17.4.2', { admin: { instances: 3 } }, unattended), hits: [['admin']], says: ["Admin's 3 instances"] },
	{ name: '17.4.1: silent (R53 reports it before 17.4.2)', plan: () => planWith('17.4.1', flag('web-1'), unattended), hits: [] },
	{ name: '17.6.0: silent when only the main server has it', plan: () => planWith('17.6.0', {}, unattended), hits: [] },
	{ name: '18.0.0: silent without unattended upgrades', plan: () => planWith('18.0.0'), hits: [] },
]);

quietOnCleanPlans(upgradesRules, [
	['the clean base upgrading unattended on 8.18.8', () => planWith('8.18.8', {}, unattended)],
	['the clean base upgrading unattended on 17.6.0', () => planWith('17.6.0', {}, unattended)],
]);
