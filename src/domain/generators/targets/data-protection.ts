/**
 * Shared Data Protection key ring (v9+), as a clearly marked example: Umbraco's docs require
 * one key ring for all servers but leave the mechanism to ASP.NET Core [D13-README]
 * [D17-README], so the calls below are standard ASP.NET Core APIs chosen by plan.keys.store.
 */
import { runsEngage } from '../../versions/catalogue';
import { atLeast, cloudProvidesSharedServices, type PlanContext } from '../context';
import { block, indented, note, serializeCSharp, type CsNode } from '../formats/csharp';
import { csString } from '../formats/escape';
import { connectionStringRead } from '../connection-strings';
import { csharpNamespace, exampleNames, packages, placeholders } from '../options';
import type { GeneratedFile } from '../types';

interface StoreExample {
	readonly header: readonly string[];
	readonly usings: readonly string[];
	/** The `.PersistKeysTo…` call that ends the chain. */
	readonly persist: string;
	readonly before?: readonly CsNode[];
	readonly types?: readonly CsNode[];
}

const folder = `.PersistKeysToFileSystem(new DirectoryInfo(${csString(placeholders.keyRingFolder)}));`;

function storeExample(plan: PlanContext['plan']): StoreExample {
	const names = plan.connectionStrings;
	switch (plan.keys.store) {
		case 'azure-blob': {
			const read = connectionStringRead(names?.keyStore, 'keyStore');
			return {
				header: [`NuGet: ${packages.dataProtectionBlob}.${read.named ? '' : ' Read the storage connection string from configuration rather than code.'}`],
				usings: [...read.usings],
				before: read.statements,
				persist: `.PersistKeysToAzureBlobStorage(${read.expression}, ${csString(exampleNames.keyContainer)}, ${csString(exampleNames.keyBlob)});`,
			};
		}
		case 'redis': {
			const read = connectionStringRead(names?.keyStore ?? names?.redis, 'keyStore');
			return {
				header: [`NuGet: ${packages.dataProtectionRedis}.`],
				usings: ['StackExchange.Redis', ...read.usings],
				before: read.statements,
				persist: `.PersistKeysToStackExchangeRedis(ConnectionMultiplexer.Connect(${read.expression}), ${csString(exampleNames.redisKeyName)});`,
			};
		}
		case 'database':
			return {
				header: [`NuGet: ${packages.dataProtectionEf} and an EF Core provider; add a migration for the DataProtectionKeys table.`],
				usings: ['Microsoft.AspNetCore.DataProtection.EntityFrameworkCore', 'Microsoft.EntityFrameworkCore', 'Umbraco.Extensions'],
				before: ['builder.Services.AddDbContext<DataProtectionKeysContext>(options => options.UseSqlServer(builder.Config.GetUmbracoConnectionString()));'],
				persist: '.PersistKeysToDbContext<DataProtectionKeysContext>();',
				types: [
					'',
					block('public sealed class DataProtectionKeysContext : DbContext, IDataProtectionKeyContext', [
						block('public DataProtectionKeysContext(DbContextOptions<DataProtectionKeysContext> options) : base(options)', []),
						'',
						'public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();',
					]),
				],
			};
		case 'other':
			return { header: ['Replace PersistKeysToFileSystem with the extension method of your key store.'], usings: ['System.IO'], persist: folder };
		default:
			return { header: ['Every server needs read/write access to the shared folder.'], usings: ['System.IO'], persist: folder };
	}
}

/** `shared/DataProtectionComposer.cs` for v9+ plans with more than one instance. */
export function dataProtectionFile(ctx: PlanContext): GeneratedFile | undefined {
	if (ctx.band.keys !== 'data-protection' || !ctx.multiServer || cloudProvidesSharedServices(ctx)) return undefined;
	const example = storeExample(ctx.plan);
	const chain: CsNode[] = [
		...(example.before ?? []),
		'builder.Services.AddDataProtection()',
		// The same application name on every server, or their keys do not match.
		indented(`.SetApplicationName(${csString(ctx.plan.name)})`, example.persist),
	];
	const engage = runsEngage(ctx.plan) ? ['Engage: the Cockpit on front-end servers needs these shared keys too.'] : []; // [E13-LB] [E17-LB]
	return {
		path: 'shared/DataProtectionComposer.cs',
		language: 'csharp',
		contents: serializeCSharp({
			header: ['EXAMPLE to adapt: one Data Protection key ring shared by every server (it replaces the v7/v8 machine key).', ...example.header, ...engage],
			usings: ['Microsoft.AspNetCore.DataProtection', 'Microsoft.Extensions.DependencyInjection', 'Umbraco.Cms.Core.Composing', 'Umbraco.Cms.Core.DependencyInjection', ...example.usings],
			namespace: csharpNamespace,
			fileScoped: atLeast(ctx.version, 10),
			members: [
				block('public sealed class DataProtectionComposer : IComposer', [block('public void Compose(IUmbracoBuilder builder)', [note('Every server: same key store, same application name.'), ...chain])]),
				...(example.types ?? []),
			],
		}),
		serverIds: [],
		title: 'Shared Data Protection key ring (example)',
		apply: 'Adapt the key store to your infrastructure, add the NuGet package it names, and deploy the composer to every server.',
	};
}
