/**
 * R76–R77: the database engine. Every server of a farm must reach one database server; the
 * single-file engines (SQL CE up to 9, SQLite from 10) live on one machine, and each exists
 * only in its own versions. R66 is the v9+ advice on the same theme.
 */
import { isMultiServer } from '../../plan/queries';
import type { Plan } from '../../plan/schema';
import { supportsDatabaseEngine } from '../../versions/catalogue';
import { allBands, webConfigBands } from '../band-sets';
import type { Rule, RuleContext, RuleHit } from '../types';

const engineNames: Record<Plan['database']['engine'], string> = { 'sql-server': 'SQL Server', 'azure-sql': 'Azure SQL', sqlite: 'SQLite', 'sql-ce': 'SQL CE' };

// [V7-FLEX] [V8-IDX]: "All web servers can communicate with the database where Umbraco data is
// stored"; SQL CE is an in-process database in one file (DERIVED: no page says "not SQL CE").
const R76: Rule = {
	id: 'R76',
	severity: 'error',
	bands: webConfigBands,
	summary: 'v7/v8: a load-balanced farm cannot share a SQL CE database; use SQL Server or Azure SQL.',
	why: 'SQL CE runs inside the web application and keeps the database in a file on that machine, so every server would have its own database (or fight over one file on a share). Load balancing assumes every server talks to the same database server. DERIVED from that assumption and the nature of SQL CE.',
	fix: 'Move the database to SQL Server or Azure SQL before adding servers (there is no official migration tool; a community guide or uSync can help).',
	sources: ['V7-FLEX', 'V8-IDX', 'D10-UPG-SQLCE'],
	certainty: 'derived',
	lesson: 'how-load-balancing-works',
	check({ plan }: RuleContext): RuleHit[] {
		if (plan.database.engine !== 'sql-ce' || !isMultiServer(plan)) return [];
		return [{ path: 'database.engine', message: `Umbraco ${plan.umbraco} on SQL CE keeps its database in a file on one machine; the servers of a farm need one SQL Server or Azure SQL database.` }];
	},
};

// [D10-UPG-SQLCE]: "SQL CE is no longer a supported database engine" from 10; SQLite came with 10 [D13-UPG].
const R77: Rule = {
	id: 'R77',
	severity: 'error',
	bands: allBands,
	summary: 'The database engine does not exist in this Umbraco version: SQL CE ends with 9, SQLite starts with 10.',
	why: 'Umbraco 7 to 9 ship SQL CE as the embedded engine; 10 dropped it (with no official migration path) and added SQLite instead. A plan that pairs a version with the other engine describes a site that cannot start.',
	fix: 'Use SQL Server or Azure SQL (which every version supports), or the embedded engine of this version for a single development server.',
	sources: ['D10-UPG-SQLCE', 'D13-UPG'],
	certainty: 'documented',
	lesson: 'how-load-balancing-works',
	check({ plan, version }: RuleContext): RuleHit[] {
		const { engine } = plan.database;
		if (supportsDatabaseEngine(version, engine)) return [];
		const span = engine === 'sql-ce' ? 'SQL CE support ended with Umbraco 9' : 'SQLite support starts with Umbraco 10';
		return [{ path: 'database.engine', message: `${engineNames[engine]} does not exist for Umbraco ${plan.umbraco}: ${span}.` }];
	},
};

/** R76–R77. */
export const databaseRules: readonly Rule[] = [R76, R77];
