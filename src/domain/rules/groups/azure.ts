/**
 * Azure Web Apps rules R29–R31 and R39–R41: temp files and Examine indexes on the shared
 * App Service file system, the single-instance admin app, plans and regions, and
 * run-from-package.
 */
import { effectiveSettings } from '../../plan/recommend';
import { isBackofficeLoadBalanced, isMultiServer } from '../../plan/queries';
import type { Plan, Server } from '../../plan/schema';
import { examineFactorySetting, localTempSetting } from '../../versions/catalogue';
import type { VersionTuple } from '../../versions/version';
import { allBands, v9PlusBands } from '../band-sets';
import { formatSetting, isAzure, serverPath, settingPath, tempFolder } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

/** The public app: a front-end, or any server running more than one instance [D13-AZ]. */
const isPublicApp = (server: Server): boolean => server.kind === 'frontend' || server.instances > 1;

/** The Examine factory as a sentence; v7 needs a minimum Examine version for each factory [V7-FLEX]. */
function examineAdvice(version: VersionTuple, kind: 'temp' | 'synced-temp'): string {
	const setting = formatSetting(examineFactorySetting(version, kind)!);
	if (version[0] >= 8) return setting;
	return `${setting} (Examine ${kind === 'temp' ? '0.1.83' : '0.1.80'} or newer)`;
}

const R29: Rule = {
	id: 'R29',
	severity: 'error',
	bands: allBands,
	summary: 'On a multi-instance Azure Web Apps plan, Umbraco temp files must move to the local environment temp folder.',
	why: 'All instances of an App Service app share one file system. Temp files (XML or NuCache files, DistCache with the last-synced marker, PluginCache) describe one instance; shared, instances overwrite each other and hit file locks.',
	fix: 'Set the local temp setting of your version on every app: v7.7.3+ `umbracoLocalTempStorage`, v7.6 `umbracoContentXMLStorage`, older v7 `umbracoContentXMLUseLocalTemp`, v8 `Umbraco.Core.LocalTempStorage`, v9+ `Umbraco:CMS:Hosting:LocalTempStorageLocation` = `EnvironmentTemp`.',
	sources: ['V7-FLEX', 'V8-AZ', 'D13-AZ'],
	certainty: 'documented',
	lesson: 'azure-web-apps-scale-out',
	check({ plan, version }: RuleContext): RuleHit[] {
		if (!isAzure(plan) || !isMultiServer(plan)) return [];
		const setting = formatSetting(localTempSetting(version)); // [V7-FLEX] [V8-AZ] [D13-AZ]
		return plan.servers
			.filter((server) => effectiveSettings(plan, server).localTemp === 'default')
			.map((server) => ({
				servers: [server.id],
				path: settingPath(plan, server, 'localTemp'),
				message: `${server.name} keeps Umbraco's temp files in ${tempFolder(version)} on the file system Azure shares between instances; set ${setting}.`,
			}));
	},
};

const R30: Rule = {
	id: 'R30',
	severity: 'error',
	bands: allBands,
	summary: 'On Azure Web Apps the scaled-out public app must keep Examine indexes only in local temp (temp-only directory factory).',
	why: 'Lucene indexes cannot be shared between instances, and a scaled-out app gains and loses instances at any time: each one must build its index in its own temp folder.',
	fix: 'Public app: v7 (Examine 0.1.83+) `TempEnvDirectoryFactory` on every indexer, v8 `Umbraco.Examine.LuceneDirectoryFactory` = `Examine.LuceneEngine.Directories.TempEnvDirectoryFactory, Examine`, v9+ `Umbraco:CMS:Examine:LuceneDirectoryFactory` = `TempFileSystemDirectoryFactory`.',
	sources: ['V7-FLEX', 'V8-AZ', 'D13-AZ'],
	certainty: 'documented',
	lesson: 'azure-web-apps-scale-out',
	check({ plan, version }: RuleContext): RuleHit[] {
		if (!isAzure(plan)) return [];
		return plan.servers.filter(isPublicApp).flatMap((server) => {
			const factory = effectiveSettings(plan, server).examineFactory;
			if (factory === 'temp') return [];
			// v7 docs: the synced factory on all indexers; temp-only once the app scales out [V7-FLEX].
			if (version[0] === 7 && factory === 'synced-temp' && server.instances === 1) return [];
			return [
				{
					servers: [server.id],
					path: settingPath(plan, server, 'examineFactory'),
					message: `${server.name} serves the public site on Azure but keeps Examine indexes ${factory === 'default' ? 'in the site folder' : 'synced back to the shared folder'}; set ${examineAdvice(version, 'temp')}.`,
				},
			];
		});
	},
};

const R31: Rule = {
	id: 'R31',
	severity: 'warning',
	bands: allBands,
	summary: 'On Azure Web Apps the single-instance admin app should use the synced temp Examine directory factory.',
	why: 'The admin app keeps a fast local copy of its indexes in temp and syncs it back to the site folder, so a move to another worker does not force a full rebuild.',
	fix: 'Admin app: v7 (Examine 0.1.80+) `SyncTempEnvDirectoryFactory` on every indexer, v8 `Umbraco.Examine.LuceneDirectoryFactory` = `Examine.LuceneEngine.Directories.SyncTempEnvDirectoryFactory, Examine`, v9+ `Umbraco:CMS:Examine:LuceneDirectoryFactory` = `SyncedTempFileSystemDirectoryFactory`.',
	sources: ['V7-FLEX', 'V8-AZ', 'D13-AZ', 'D17-AZGEN'],
	certainty: 'documented',
	lesson: 'azure-web-apps-scale-out',
	check({ plan, version }: RuleContext): RuleHit[] {
		if (!isAzure(plan)) return [];
		return plan.servers
			.filter((server) => server.kind === 'backoffice' && server.instances === 1)
			.filter((server) => effectiveSettings(plan, server).examineFactory !== 'synced-temp')
			.map((server) => ({
				servers: [server.id],
				path: settingPath(plan, server, 'examineFactory'),
				message: `${server.name} is the single-instance admin app on Azure; set ${examineAdvice(version, 'synced-temp')}.`,
			}));
	},
};

const R39: Rule = {
	id: 'R39',
	severity: 'error',
	bands: allBands,
	summary: 'The Azure admin (backoffice) app must stay at one instance: scale it up, never out.',
	why: 'The backoffice relies on app-level locks and ordered cache instructions from one server; the docs put the admin app on its own plan that scales up only. Only v17 supports a load-balanced backoffice, with extra configuration.',
	fix: 'Set the admin app to one instance (scale up for more power) and scale out the public app instead.',
	sources: ['V7-FLEX', 'D13-AZ', 'D17-AZ-LB'],
	certainty: 'documented',
	lesson: 'azure-web-apps-scale-out',
	check({ plan, band }: RuleContext): RuleHit[] {
		if (!isAzure(plan)) return [];
		// The v17 load-balanced backoffice is the one topology where admin nodes scale out [D17-LBBO].
		if (band.backofficeLoadBalancing && isBackofficeLoadBalanced(plan)) return [];
		return plan.servers
			.filter((server) => server.kind === 'backoffice' && server.instances > 1)
			.map((server) => ({
				servers: [server.id],
				path: serverPath(plan, server, 'instances'),
				message: `${server.name} is the admin app and runs ${server.instances} instances on Azure; keep it at 1 and scale up only.`,
			}));
	},
};

/** Plan-level Azure advice that does not hold in the plan [D13-AZ] [D17-AZ-LB]. */
function azureLayoutHits(plan: Plan): RuleHit[] {
	const hits: RuleHit[] = [];
	if (!plan.azure.separatePlans && plan.servers.length > 1) {
		hits.push({
			path: 'azure.separatePlans',
			message: 'The admin and public apps share one App Service plan; give each its own plan so the admin plan scales up only and the public plan scales out.',
		});
	}
	if (!plan.azure.sameRegion) {
		hits.push({ path: 'azure.sameRegion', message: 'Keep the web apps, the database and storage in one Azure region.' });
	}
	return hits;
}

const R40: Rule = {
	id: 'R40',
	severity: 'info',
	bands: allBands,
	summary: 'Azure: give the admin and public apps separate App Service plans, keep all resources in one region, and deploy to both apps.',
	why: 'The docs give each app its own plan so that the admin plan scales up only while the public plan scales up and out, and keep every resource in one region. (v7/v8 docs only say "two web apps"; separate plans are spelled out in the v9+ docs.)',
	fix: 'Create two plans (admin: scale up; public: scale up and out), place every resource in one region, and deploy each release to both apps.',
	sources: ['D13-AZ', 'D17-AZ-LB'],
	certainty: 'documented',
	lesson: 'azure-web-apps-scale-out',
	check({ plan }: RuleContext): RuleHit[] {
		return isAzure(plan) ? azureLayoutHits(plan) : [];
	},
};

const R41: Rule = {
	id: 'R41',
	severity: 'error',
	bands: v9PlusBands,
	summary: 'Azure `WEBSITE_RUN_FROM_PACKAGE` is not supported: Umbraco needs a writable working directory.',
	why: 'Run-from-package mounts the site read-only, but Umbraco writes to its own folder at run time.',
	fix: 'Remove the `WEBSITE_RUN_FROM_PACKAGE` app setting and deploy the files instead.',
	sources: ['D17-AZGEN'],
	certainty: 'documented',
	lesson: 'azure-web-apps-scale-out',
	check({ plan }: RuleContext): RuleHit[] {
		if (!isAzure(plan)) return [];
		return plan.servers
			.filter((server) => server.settings.runFromPackage === true)
			.map((server) => ({
				servers: [server.id],
				path: settingPath(plan, server, 'runFromPackage'),
				message: `${server.name} sets \`WEBSITE_RUN_FROM_PACKAGE\`, which makes the site read-only; Umbraco does not support it.`,
			}));
	},
};

/** Azure Web Apps rules. */
export const azureRules: readonly Rule[] = [R29, R30, R31, R39, R40, R41];
