/**
 * Fixes for plan-wide findings: distributedCall, the application URL, keys and sessions,
 * Azure plans, replication exclusions, the share, media, log names, Engage, staging and
 * the database. Each sets one field (or deletes it back to its default). R63 gets none: it
 * stays, as advice, wherever Courier points.
 */
import { setDatabaseEngine, setKeyStore, setMediaStore, setSessionStore, type KeyStore } from '../plan/edit-parts';
import { PlanSchema, type Plan } from '../plan/schema';
import { marketingProductsOf } from '../versions/catalogue';
import { fieldFix, type Fix, type Fixer } from './fix-context';
import { logsFolder, sharedParentDomain, tempFolder } from './helpers';

/** `url` if the schema accepts it as the application URL. */
const validUrl = (url: string): string | undefined => (PlanSchema.shape.applicationUrl.safeParse(url).success ? url : undefined);

/** `https://www.example.com/umbraco/` → `https://www.example.com`. */
function withoutUmbraco(url: string): string | undefined {
	try {
		const u = new URL(url);
		return validUrl(`${u.origin}${u.pathname.replace(/\/umbraco\/?$/i, '')}${u.search}${u.hash}`);
	} catch {
		return undefined;
	}
}

const stripUmbraco: Fixer = ({ plan }) => {
	const url = plan.applicationUrl && withoutUmbraco(plan.applicationUrl);
	return url ? fieldFix('Remove /umbraco from the application URL', ['applicationUrl'], url) : undefined;
};

const keyPlaces: Record<KeyStore, string> = {
	config: 'in configuration',
	'file-share': 'on a file share',
	'azure-blob': 'in Azure Blob storage',
	redis: 'in Redis',
	database: 'in the database',
	other: 'in shared storage',
};

/** Share the key ring where it already is, or where the hosting suggests [D13-README]. */
function shareKeyRing(plan: Plan): Fix {
	const hosted: KeyStore = plan.hosting === 'azure-web-apps' ? 'azure-blob' : plan.hosting === 'containers' ? 'redis' : 'file-share';
	const store = plan.keys.store === 'config' ? hosted : plan.keys.store;
	return { label: `Share the Data Protection keys ${keyPlaces[store]}`, apply: (draft) => setKeyStore(draft, store) };
}

const byPath =
	(fixes: Readonly<Record<string, Fix>>): Fixer =>
	({ path }) =>
		fixes[path];

/** R60: the closest parent domain of the backoffice and Cockpit hosts, when they have one. */
const cookieDomain: Fixer = ({ plan }) => {
	const engage = plan.engage;
	const cm = plan.servers.find((s) => s.id === engage?.cmServer);
	if (!engage || !cm) return undefined;
	const parent = sharedParentDomain(engage.cmHost ?? cm.host, engage.cockpitHost ?? plan.loadBalancer.publicHost);
	return parent ? fieldFix(`Set AuthCookieDomain to ${parent}`, ['engage', 'authCookieDomain'], parent) : undefined;
};

/** The public host over HTTPS as the application URL. */
const applicationUrl: Fixer = ({ plan }) => {
	const url = validUrl(`https://${plan.loadBalancer.publicHost}`);
	return url ? fieldFix(`Set the application URL to ${url}`, ['applicationUrl'], url) : undefined;
};

/** A database server every node reaches: Azure SQL on Azure, else SQL Server. */
const databaseServer: Fixer = ({ plan }) => {
	const engine = plan.hosting === 'azure-web-apps' ? 'azure-sql' : 'sql-server';
	return { label: `Use ${engine === 'azure-sql' ? 'Azure SQL' : 'SQL Server'}`, apply: (draft) => setDatabaseEngine(draft, engine) };
};

/** R78: the one marketing add-on this version has, when there is exactly one. */
const marketingProduct: Fixer = ({ version }) => {
	const products = marketingProductsOf(version);
	if (products.length !== 1) return undefined;
	const product = products[0]!;
	return fieldFix(product === 'engage' ? 'Use Umbraco Engage' : 'Use uMarketingSuite', ['engage', 'product'], product === 'engage' ? undefined : product);
};

const logNames: Fixer = () => fieldFix('Put the machine name in log file names', ['logging', 'fileNamePerMachine'], undefined);

/** Fixers of the plan-wide rules, by rule id. */
export const fieldFixers: Readonly<Record<string, Fixer>> = {
	R08: () => fieldFix('Turn distributedCall on', ['legacy', 'distributedCall'], undefined),
	R09: () => fieldFix('Turn distributedCall off', ['legacy', 'distributedCall'], undefined),
	R20: applicationUrl,
	R21: stripUmbraco,
	R22: stripUmbraco,
	R24: () => fieldFix('Use one machine key on every server', ['keys', 'shared'], undefined),
	R26: ({ plan }) => shareKeyRing(plan),
	R27: () => ({ label: 'Keep session state in SQL Server', apply: (draft) => setSessionStore(draft, 'sql-server') }),
	R28: () => ({ label: 'Add a SQL Server distributed cache', apply: (draft) => setSessionStore(draft, 'sql-server') }),
	R40: byPath({
		'azure.separatePlans': fieldFix('Give the admin and public apps separate App Service plans', ['azure', 'separatePlans'], undefined),
		'azure.sameRegion': fieldFix('Keep every Azure resource in one region', ['azure', 'sameRegion'], undefined),
	}),
	R42: ({ version }) => fieldFix(`Exclude ${tempFolder(version)} from replication`, ['files', 'replication', 'excludesTemp'], undefined),
	R43: () => fieldFix('Exclude ~/App_Data/umbraco.config from replication', ['files', 'replication', 'excludesUmbracoConfig'], undefined),
	R44: ({ version }) => fieldFix(`Exclude ${logsFolder(version)} from replication`, ['files', 'replication', 'excludesLogs'], undefined),
	R46: byPath({
		'files.share.windowsNtfs': fieldFix('Use a Windows (NTFS) share', ['files', 'share', 'windowsNtfs'], undefined),
		'files.share.highlyAvailable': fieldFix('Make the share highly available', ['files', 'share', 'highlyAvailable'], undefined),
	}),
	R47: byPath({ 'files.media': { label: 'Keep media in Azure Blob storage', apply: (draft) => setMediaStore(draft, 'blob') } }),
	R48: logNames,
	R49: logNames,
	R58: () => fieldFix('Let the Engage ping reach the CD servers', ['engage', 'pingReachable'], undefined),
	R59: ({ plan }) => shareKeyRing(plan),
	R60: cookieDomain,
	R61: () => fieldFix('Require HTTPS for Cockpit authentication', ['engage', 'requireHttps'], undefined),
	R64: () => fieldFix('Load-balance staging too', ['staging', 'loadBalanced'], true),
	R66: databaseServer,
	R71: applicationUrl,
	R76: databaseServer,
	R77: databaseServer,
	R78: marketingProduct,
};
