import { generalRules } from '../../../../src/domain/rules/groups/general';
import { makePlan } from '../../../helpers/plans';
import { azurePlan, planWith, quietOnCleanPlans, ruleTable, type RuleCase } from '../../../helpers/rules-b';

const runTable = (id: string, cases: readonly RuleCase[]) => ruleTable(generalRules, id, cases);

const single = { servers: [{ id: 'site', name: 'Site', host: 'site.internal', kind: 'backoffice', role: 'single' }] } as const;

runTable('R63', [
	{ name: '7.7.3: Courier pushes to a Slave', plan: () => planWith('7.7.3', {}, { legacy: { courierTarget: 'web-1' } }), hits: [['web-1']], says: ['Web 1', 'only the Master (Admin)'], path: 'legacy.courierTarget' },
	{ name: '7.2.0: Courier pushes to the Master', plan: () => planWith('7.2.0', {}, { legacy: { courierTarget: 'admin' } }), hits: [['admin']], says: ['Admin, the Master'], never: ['only the Master'] },
	{ name: '7.7.3: silent without Courier', plan: () => planWith('7.7.3'), hits: [] },
	{ name: '8.18.8: silent (v7 only)', plan: () => planWith('8.18.8', {}, { legacy: { courierTarget: 'web-1' } }), hits: [] },
]);

runTable('R64', [
	{ name: '13.5.2: staging is a single server', plan: () => makePlan(), hits: [[]], says: ['Staging is not load balanced'], path: 'staging.loadBalanced' },
	{ name: '7.7.3', plan: () => planWith('7.7.3'), hits: [[]] },
	{ name: '17.6.0: one server with instances', plan: () => makePlan({ umbraco: '17.6.0', servers: [{ ...single.servers[0], instances: 2 }] }), hits: [[]] },
	{ name: 'silent when staging is load balanced', plan: () => planWith('13.5.2', {}, { staging: { loadBalanced: true } }), hits: [] },
	{ name: 'silent for a single server', plan: () => planWith('13.5.2', {}, single), hits: [] },
]);

runTable('R65', [
	{ name: '13.5.2: one front-end syncs faster', plan: () => planWith('13.5.2', { 'web-1': { settings: { messenger: { syncSeconds: 2 } } } }), hits: [['web-1']], says: ['`Umbraco:CMS:Global:DatabaseServerMessenger`', '`TimeBetweenSyncOperations` 2 s', "Admin's (the defaults)"], path: 'servers[1].settings.messenger' },
	{ name: '9.0.0: the main server differs from both front-ends', plan: () => planWith('9.0.0', { admin: { settings: { messenger: { retainHours: 48, maxProcessingInstructions: 500 } } } }), hits: [['web-1'], ['web-2']], says: ['`MaxProcessingInstructionCount` 500', '`TimeToRetainInstructions` 48 h'] },
	{ name: '17.6.0: prune interval', plan: () => planWith('17.6.0', { 'web-2': { settings: { messenger: { pruneSeconds: 120 } } } }), hits: [['web-2']], says: ['`TimeBetweenPruneOperations` 120 s'] },
	{ name: 'silent when every server has the same custom options', plan: () => planWith('13.5.2', { admin: { settings: { messenger: { syncSeconds: 3 } } }, 'web-1': { settings: { messenger: { syncSeconds: 3 } } }, 'web-2': { settings: { messenger: { syncSeconds: 3 } } } }), hits: [] },
	{ name: 'silent with defaults everywhere', plan: () => makePlan(), hits: [] },
	{ name: '8.18.8: silent (v9+ settings)', plan: () => planWith('8.18.8', { 'web-1': { settings: { messenger: { syncSeconds: 2 } } } }), hits: [] },
]);

runTable('R66', [
	{ name: '13.5.2: SQLite on a farm', plan: () => planWith('13.5.2', {}, { database: { engine: 'sqlite' } }), hits: [[]], says: ['SQLite', 'SQL Server'], path: 'database.engine' },
	{ name: '9.0.0: SQL CE on a farm', plan: () => planWith('9.0.0', {}, { database: { engine: 'sql-ce' } }), hits: [[]], says: ['SQL CE'] },
	{ name: 'silent for SQL Server', plan: () => makePlan(), hits: [] },
	{ name: 'silent for Azure SQL', plan: () => planWith('17.6.0', {}, { database: { engine: 'azure-sql' } }), hits: [] },
	{ name: 'silent for SQLite on a single server', plan: () => planWith('13.5.2', {}, { ...single, database: { engine: 'sqlite' } }), hits: [] },
	{ name: '8.18.8: silent (catalogue: v9+; R76 decides)', plan: () => planWith('8.18.8', {}, { database: { engine: 'sql-ce' } }), hits: [] },
	{ name: '13.5.2: SQL CE does not exist there (R77 decides)', plan: () => planWith('13.5.2', {}, { database: { engine: 'sql-ce' } }), hits: [] },
	{ name: '9.5.0: SQLite does not exist there (R77 decides)', plan: () => planWith('9.5.0', {}, { database: { engine: 'sqlite' } }), hits: [] },
]);

runTable('R67', [
	{ name: '17.4.0: a read-only login', plan: () => planWith('17.4.0', { 'web-1': { database: 'read-only-login' } }), hits: [['web-1']], says: ['Web 1', 'distributed jobs', 'URL writes', 'local file'], path: 'servers[1].database' },
	{ name: '18.0.0: a read-only login', plan: () => planWith('18.0.0', { 'web-1': { database: 'read-only-login' } }), hits: [['web-1']] },
	{ name: '17.3.0: silent (before detection, R79 decides)', plan: () => planWith('17.3.0', { 'web-1': { database: 'read-only-login' } }), hits: [] },
	{ name: '17.6.0: a read-only replica and a read-only login', plan: () => planWith('17.6.0', { 'web-1': { database: 'read-only-replica' }, 'web-2': { database: 'read-only-login' } }), hits: [['web-1'], ['web-2']] },
	{ name: '17.6.0: silent with write access', plan: () => planWith('17.6.0'), hits: [] },
	{ name: '16.3.0: silent (v17 behaviour)', plan: () => planWith('16.3.0', { 'web-1': { database: 'read-only-login' } }), hits: [] },
]);

runTable('R68', [
	{ name: '13.5.2 on Azure', plan: () => azurePlan('13.5.2', {}, { code: { reliesOnMachineName: true } }), hits: [[]], says: ['`Environment.MachineName`'], never: ['slots'], path: 'code.reliesOnMachineName' },
	{ name: '7.7.3 on Azure with deployment slots', plan: () => azurePlan('7.7.3', {}, { code: { reliesOnMachineName: true }, azure: { deploymentSlots: true } }), hits: [[]], says: ['Deployment slots also share one machine name'] },
	{ name: 'silent on IIS', plan: () => planWith('13.5.2', {}, { code: { reliesOnMachineName: true } }), hits: [] },
	{ name: 'silent on Azure when code does not rely on it', plan: () => azurePlan('17.6.0'), hits: [] },
]);

runTable('R69', [
	{ name: '15.0.0: SQL Server distributed cache', plan: () => planWith('15.0.0'), hits: [[]], says: ['sql-server', 'HybridCache'], path: 'sessions.store' },
	{ name: '17.6.0: Redis', plan: () => planWith('17.6.0', {}, { sessions: { store: 'redis' } }), hits: [[]], says: ['redis'] },
	{ name: '14.3.0: silent (NuCache until 14)', plan: () => planWith('14.3.0'), hits: [] },
	{ name: '13.5.2: silent', plan: () => makePlan(), hits: [] },
	{ name: '17.6.0: silent without a distributed cache', plan: () => planWith('17.6.0', {}, { sessions: { store: 'none' } }), hits: [] },
]);

quietOnCleanPlans(generalRules);
