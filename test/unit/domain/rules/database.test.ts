import { describe } from 'vitest';
import { databaseRules } from '../../../../src/domain/rules/groups/database';
import { makePlan } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

const engine = (umbraco: string, value: 'sql-server' | 'azure-sql' | 'sqlite' | 'sql-ce') => makePlan({ umbraco, database: { engine: value } });
const single = [{ id: 'site', name: 'Site', host: 'site.internal', kind: 'backoffice', role: 'single' }] as const;

describe('database rules: clean plans', () => {
	expectIds(databaseRules, ['R76', 'R77']);
	expectNoProblems(databaseRules, [...cleanPlans, ...presetPlans]);
});

ruleTable(databaseRules, 'R76', {
	fires: [
		{ name: '7.15.10: a farm on SQL CE', plan: engine('7.15.10', 'sql-ce'), hits: [{ path: 'database.engine', contains: ['7.15.10', 'SQL CE', 'SQL Server'] }] },
		{ name: '8.18.8: a farm on SQL CE', plan: engine('8.18.8', 'sql-ce'), hits: [{ path: 'database.engine' }] },
		{ name: '7.2.8: traditional load balancing on SQL CE', plan: engine('7.2.8', 'sql-ce'), hits: [{ path: 'database.engine' }] },
	],
	quiet: [
		{ name: '8.18.8: SQL Server', plan: engine('8.18.8', 'sql-server') },
		{ name: '8.18.8: one server on SQL CE', plan: makePlan({ umbraco: '8.18.8', database: { engine: 'sql-ce' }, servers: single }) },
		{ name: '9.5.0: SQL CE (R66 advises from 9)', plan: engine('9.5.0', 'sql-ce') },
	],
});

ruleTable(databaseRules, 'R77', {
	fires: [
		{ name: '13.5.2 on SQL CE', plan: engine('13.5.2', 'sql-ce'), hits: [{ path: 'database.engine', contains: ['SQL CE does not exist for Umbraco 13.5.2', 'ended with Umbraco 9'] }] },
		{ name: '10.0.0 on SQL CE', plan: engine('10.0.0', 'sql-ce'), hits: [{ path: 'database.engine' }] },
		{ name: '9.5.0 on SQLite', plan: engine('9.5.0', 'sqlite'), hits: [{ path: 'database.engine', contains: ['SQLite', 'starts with Umbraco 10'] }] },
		{ name: '8.18.8 on SQLite, one server', plan: makePlan({ umbraco: '8.18.8', database: { engine: 'sqlite' }, servers: single }), hits: [{ path: 'database.engine' }] },
	],
	quiet: [
		{ name: '9.5.0 on SQL CE', plan: engine('9.5.0', 'sql-ce') },
		{ name: '10.0.0 on SQLite', plan: engine('10.0.0', 'sqlite') },
		{ name: '18.3.1 on Azure SQL', plan: engine('18.3.1', 'azure-sql') },
		{ name: '7.15.10 on SQL Server', plan: engine('7.15.10', 'sql-server') },
	],
});
