import { keepAliveRules } from '../../../../src/domain/rules/groups/keep-alive';
import { azurePlan, planWith, quietOnCleanPlans, ruleTable, type RuleCase } from '../../../helpers/rules-b';

const runTable = (id: string, cases: readonly RuleCase[]) => ruleTable(keepAliveRules, id, cases);

const keepAlive = (value = true) => ({ admin: { settings: { keepAliveSettings: value } } });

runTable('R51', [
	{ name: '14.0.0', plan: () => planWith('14.0.0', keepAlive()), hits: [['admin']], says: ['`Umbraco:CMS:KeepAlive`', 'Admin'], path: 'servers[0].settings.keepAliveSettings' },
	{ name: '17.6.0, two servers', plan: () => planWith('17.6.0', { admin: { settings: { keepAliveSettings: true } }, 'web-2': { settings: { keepAliveSettings: true } } }), hits: [['admin'], ['web-2']] },
	{ name: '13.5.2: silent (still supported)', plan: () => planWith('13.5.2', keepAlive()), hits: [] },
	{ name: '16.3.0: silent when set to false', plan: () => planWith('16.3.0', keepAlive(false)), hits: [] },
	{ name: '17.8.1: switching the task off is a KeepAlive setting too', plan: () => planWith('17.8.1', { 'web-1': { settings: { disableKeepAlive: true } } }), hits: [['web-1']], path: 'servers[1].settings.disableKeepAlive' },
	{ name: '13.5.2: silent, switching it off is supported', plan: () => planWith('13.5.2', { 'web-1': { settings: { disableKeepAlive: true } } }), hits: [] },
]);

runTable('R52', [
	{ name: '8.6.0: umbracoSettings.config keepAlive, local-only ping', plan: () => planWith('8.6.0', keepAlive()), hits: [['admin']], says: ['<keepAlive', 'umbracoSettings.config', 'only answers local requests'], never: ['Umbraco:CMS'], path: 'servers[0].settings.keepAliveSettings' },
	{ name: '9.4.1: KeepAlivePingUrl ignored before 9.5.0', plan: () => planWith('9.4.1', keepAlive()), hits: [['admin']], says: ['before 9.5.0', '`KeepAlivePingUrl`'] },
	{ name: '9.0.0: same bug', plan: () => planWith('9.0.0', keepAlive()), hits: [['admin']], says: ['before 9.5.0'] },
	{ name: '9.5.0: the working settings', plan: () => planWith('9.5.0', keepAlive()), hits: [['admin']], says: ['`DisableKeepAliveTask`', '~/api/keepalive/ping'], never: ['before 9.5.0'] },
	{ name: '13.5.2 on Azure: the host keeps apps alive', plan: () => azurePlan('13.5.2'), hits: [[]], says: ['`Umbraco:CMS:KeepAlive:DisableKeepAliveTask`'], path: 'hosting' },
	{ name: '8.18.8 on Azure: the v8 attribute', plan: () => azurePlan('8.18.8'), hits: [[]], says: ['`disableKeepAliveTask`', 'umbracoSettings.config'] },
	{ name: '13.5.2: silent on IIS without keep-alive settings', plan: () => planWith('13.5.2'), hits: [] },
	{ name: '13.5.2 on Azure: silent once the task is switched off', plan: () => azurePlan('13.5.2', { admin: { settings: { disableKeepAlive: true } }, web: { settings: { disableKeepAlive: true } } }), hits: [] },
	{ name: '9.5.0: silent for settings that switch the task off', plan: () => planWith('9.5.0', { admin: { settings: { keepAliveSettings: true, disableKeepAlive: true } } }), hits: [] },
	{ name: '8.5.0: silent (no keepAlive element before 8.6)', plan: () => planWith('8.5.0', keepAlive()), hits: [] },
	{ name: '14.0.0: silent (R51 territory)', plan: () => planWith('14.0.0', keepAlive()), hits: [] },
	{ name: '7.7.3 on Azure: silent', plan: () => azurePlan('7.7.3'), hits: [] },
]);

quietOnCleanPlans(keepAliveRules);
