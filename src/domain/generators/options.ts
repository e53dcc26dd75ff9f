/**
 * Every fixed choice the generators make that is not an Umbraco fact: names we pick,
 * placeholders people must replace, package names, layout. One place, so the bundle,
 * the tests and the docs agree.
 */

/** C# namespace of every generated class; people rename it to their project's. */
export const csharpNamespace = 'MySite.LoadBalancing';

/** Spaces per indent level in generated files (C# and nginx use 4, JSON and XML 2, as their docs do). */
export const indent = { csharp: '    ', nginx: '    ', json: 2, xml: '  ' } as const;

/**
 * Placeholders: values only the operator can know. They are obviously not real values,
 * so a forgotten one fails loudly instead of working by accident.
 */
export const placeholders = {
	/** v7/v8 `<machineKey>`: one generated pair, copied to every server [V7-IDX] [V8-CFG]. */
	validationKey: 'GENERATE-ONCE-AND-COPY-TO-EVERY-SERVER',
	decryptionKey: 'GENERATE-ONCE-AND-COPY-TO-EVERY-SERVER',
	/** A slot-specific `MainDomKeyDiscriminator` [D13-GLOBAL]. */
	slotDiscriminator: 'SET-A-DIFFERENT-VALUE-IN-EACH-SLOT',
	/** Shared folder for the Data Protection key ring. */
	keyRingFolder: '\\\\CHANGE-ME-FILE-SERVER\\umbraco-data-protection-keys',
	connectionString: 'CHANGE-ME-CONNECTION-STRING',
	/** Media in S3: the bucket (upper case, so S3 refuses it until replaced) and, where a provider needs it, its region. */
	mediaBucket: 'CHANGE-ME-MEDIA-BUCKET',
	awsRegion: 'CHANGE-ME-AWS-REGION',
	/** v7/v8 blob media: the storage account's blob endpoint. */
	blobRootUrl: 'https://CHANGE-ME-STORAGE-ACCOUNT.blob.core.windows.net/',
	/** IIS application pool of the site on each machine (central share: per-machine environment variables). */
	appPool: 'CHANGE-ME-APP-POOL',
	/** nginx TLS files. */
	certificate: '/etc/nginx/certs/CHANGE-ME.crt',
	certificateKey: '/etc/nginx/certs/CHANGE-ME.key',
} as const;

/** `<machineKey>` algorithms: ASP.NET's usual pair; IIS Manager offers the same when generating keys. */
export const machineKeyAlgorithms = { validation: 'HMACSHA256', decryption: 'AES' } as const;

/** NuGet packages named by the code examples. */
export const packages = {
	// [D17-SIGNALR]
	signalRSqlServer: 'IntelliTect.AspNetCore.SignalR.SqlServer',
	signalRAzure: 'Microsoft.Azure.SignalR',
	// Not in Umbraco's docs (UNVERIFIED as an Umbraco step): Microsoft's Redis backplane.
	signalRRedis: 'Microsoft.AspNetCore.SignalR.StackExchangeRedis',
	// Standard ASP.NET Core packages for the examples (the facts name only the concepts [D13-README]).
	dataProtectionBlob: 'Azure.Extensions.AspNetCore.DataProtection.Blobs',
	dataProtectionRedis: 'Microsoft.AspNetCore.DataProtection.StackExchangeRedis',
	dataProtectionEf: 'Microsoft.AspNetCore.DataProtection.EntityFrameworkCore',
	cacheSqlServer: 'Microsoft.Extensions.Caching.SqlServer',
	cacheRedis: 'Microsoft.Extensions.Caching.StackExchangeRedis',
	// Umbraco's blob media provider; from its 11.0.0 the ImageSharp cache is a separate package
	// (umbraco/UmbracoDocs 17/umbraco-cms/extending/filesystemproviders/azure-blob-storage.md [D17-BLOB]).
	mediaBlob: 'Umbraco.StorageProviders.AzureBlob',
	mediaBlobImageSharp: 'Umbraco.StorageProviders.AzureBlob.ImageSharp',
	// Community packages, not Umbraco HQ's (each README is cited where it is used).
	mediaS3: 'Our.Umbraco.StorageProviders.AWSS3',
	mediaBlobV7: 'UmbracoFileSystemProviders.Azure',
	mediaBlobV8: 'UmbracoFileSystemProviders.Azure.Media',
	mediaS3V7: 'Umbraco.Storage.S3',
} as const;

/** Names the examples create: the SQL cache table, the key blob, the sticky cookie, the farm. */
export const exampleNames = {
	cacheSchema: 'dbo',
	cacheTable: 'UmbracoDistributedCache',
	keyContainer: 'data-protection',
	keyBlob: 'keys.xml',
	mediaContainer: 'umbraco-media',
	redisKeyName: 'DataProtection-Keys',
	stickyCookie: 'lb_node',
	arrCookie: 'ARRAffinity',
	farm: 'umbraco_farm',
} as const;

/** Environment-variable name of a configuration key: `:` becomes `__`; Umbraco's root is written upper-case as in the docs [D17-AZ-LB]. */
export function environmentVariableName(key: string): string {
	return key
		.split(':')
		.map((part, i) => (i === 0 && part === 'Umbraco' ? 'UMBRACO' : part))
		.join('__');
}
