/**
 * Words for the builder's property forms: field and group labels from plan-schema keys,
 * option labels from enum values. Humanised by default; the maps hold only the wording
 * that matters (product names, acronyms, the labels other tests and lessons refer to).
 */

/** Labels by schema location (`*` stands for an array index), where the key alone is not enough. */
const labelsByPath: Readonly<Record<string, string>> = {
	name: 'Design name',
	umbraco: 'Umbraco version',
	'files.strategy': 'File storage',
	'files.share': 'Central share',
	'database.engine': 'Database engine',
	'servers.*.database': 'Database access',
};

/** Labels by key, wherever the key appears. */
const labelsByKey: Readonly<Record<string, string>> = {
	umbracoUseSsl: 'umbracoUseSSL',
	mainDomLock: 'MainDom lock',
	mainDomKeyDiscriminator: 'MainDom key discriminator',
	signalR: 'SignalR backplane',
	examineFactory: 'Examine index placement',
	localTemp: 'Local temp folder',
	runFromPackage: 'Run from package',
	keys: 'Machine and data protection keys',
	messenger: 'Database server messenger',
	umbracoCloud: 'Umbraco Cloud',
	engage: 'Umbraco Engage',
	code: 'Custom code',
	os: 'Operating system',
	azureSignalR: 'Azure SignalR Service',
	customMainDomLock: 'Custom MainDom lock',
	openIdConnectProvider: 'OpenID Connect provider',
	disableKeepAlive: 'Disable keep-alive',
	keepAliveSettings: 'Keep-alive settings',
	runOnceRecurringJobs: 'Run-once recurring jobs',
	hostingDebug: 'Hosting debug mode',
};

/** Words with a fixed spelling (acronyms, product names). */
const words: Readonly<Record<string, string>> = {
	url: 'URL',
	urls: 'URLs',
	ssl: 'SSL',
	http: 'HTTP',
	https: 'HTTPS',
	ip: 'IP',
	id: 'ID',
	iis: 'IIS',
	arr: 'ARR',
	sql: 'SQL',
	ntfs: 'NTFS',
	unc: 'UNC',
	cm: 'CM',
	lb: 'LB',
	azure: 'Azure',
	umbraco: 'Umbraco',
	engage: 'Engage',
	examine: 'Examine',
	redis: 'Redis',
	seq: 'Seq',
	aspnet: 'ASP.NET',
	cockpit: 'Cockpit',
};

/** Option labels by enum value: product names and values whose words need a hyphen. */
const optionLabels: Readonly<Record<string, string>> = {
	'iis-arr': 'IIS ARR',
	nginx: 'nginx',
	s3: 'Amazon S3',
	blob: 'Azure Blob Storage',
	'sql-server': 'SQL Server',
	'azure-sql': 'Azure SQL Database',
	sqlite: 'SQLite',
	'sql-ce': 'SQL Server CE',
	'azure-signalr': 'Azure SignalR Service',
	'azure-front-door': 'Azure Front Door',
	'azure-app-gateway': 'Azure Application Gateway',
	'application-insights': 'Application Insights',
	'elmah-io': 'elmah.io',
	frontend: 'Front-end',
	'read-write': 'Read-write',
	'read-only-login': 'Read-only login',
	'read-only-replica': 'Read-only replica',
	'load-balanced': 'Load-balanced',
	'aspnet-temp': 'ASP.NET temp folder',
	'environment-temp': 'Environment temp folder',
	umarketingsuite: 'uMarketingSuite',
	'azure-web-apps': 'Azure Web Apps',
	'azure-blob': 'Azure Blob Storage',
	'synced-temp': 'Synced temp copy',
	'temp': 'Temp only',
};

/** The words of a camelCase or kebab-case name, as a sentence-case phrase. */
function phrase(parts: readonly string[]): string {
	const text = parts.map((part) => words[part.toLowerCase()] ?? part.toLowerCase()).join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `stickySessions` → "Sticky sessions", `httpsOnly` → "HTTPS only". */
export function humanizeKey(key: string): string {
	return phrase(key.split(/(?<=[a-z0-9])(?=[A-Z])/));
}

/** `azure-web-apps` → "Azure web apps", `iis-arr` → "IIS ARR". */
export function humanizeValue(value: string): string {
	return optionLabels[value] ?? phrase(value.split('-'));
}

/** A schema location as a pattern: `['servers', 2, 'role']` → `servers.*.role`. */
export function pathPattern(path: readonly (string | number)[]): string {
	return path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
}

/** The label of the field or group at `path` (the last key is its own name). */
export function labelFor(path: readonly (string | number)[]): string {
	const key = String(path.at(-1) ?? '');
	return labelsByPath[pathPattern(path)] ?? labelsByKey[key] ?? humanizeKey(key);
}
