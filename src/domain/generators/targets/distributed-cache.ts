/**
 * The distributed cache every v9+ farm needs for sessions and TempData [D13-README], as a
 * clearly marked example with standard ASP.NET Core APIs chosen by plan.sessions.store.
 */
import { atLeast, cloudProvidesSharedServices, type PlanContext } from '../context';
import { block, note, serializeCSharp, type CsNode } from '../formats/csharp';
import { csString } from '../formats/escape';
import { connectionStringRead } from '../connection-strings';
import { csharpNamespace, exampleNames, packages } from '../options';
import type { GeneratedFile } from '../types';

function registration(plan: PlanContext['plan']): { header: string[]; body: CsNode[]; usings: string[] } {
	const store = plan.sessions.store;
	if (store === 'redis') {
		const read = connectionStringRead(plan.connectionStrings?.redis, 'redis');
		return {
			header: [`NuGet: ${packages.cacheRedis}.${read.named ? '' : ' Read the connection string from configuration rather than code.'}`],
			body: [...read.statements, block('builder.Services.AddStackExchangeRedisCache(options =>', [`options.Configuration = ${read.expression};`], ');')],
			usings: [...read.usings],
		};
	}
	if (store === 'other') {
		return { header: [], body: [note('Register your IDistributedCache implementation here.')], usings: [] };
	}
	// SQL Server, the docs' example (DistributedSqlServerCache); also the fallback when the plan has no store [D13-README].
	const none = store === 'none' ? ['The plan names no store; a distributed cache is required, so this uses SQL Server.'] : [];
	return {
		header: [
			...none,
			`NuGet: ${packages.cacheSqlServer}. Create the table once with the dotnet-sql-cache tool:`,
			`dotnet sql-cache create "<connection string>" ${exampleNames.cacheSchema} ${exampleNames.cacheTable}`,
		],
		body: [
			block(
				'builder.Services.AddDistributedSqlServerCache(options =>',
				[
					'options.ConnectionString = builder.Config.GetUmbracoConnectionString();',
					`options.SchemaName = ${csString(exampleNames.cacheSchema)};`,
					`options.TableName = ${csString(exampleNames.cacheTable)};`,
				],
				');'
			),
		],
		usings: ['Umbraco.Extensions'],
	};
}

/** `shared/DistributedCacheComposer.cs` for v9+ plans with more than one instance. */
export function distributedCacheFile(ctx: PlanContext): GeneratedFile | undefined {
	if (ctx.band.sessions !== 'distributed-cache' || !ctx.multiServer || cloudProvidesSharedServices(ctx)) return undefined;
	const { header, body, usings } = registration(ctx.plan);
	// 15+: HybridCache uses a registered IDistributedCache as its second level [D16-CACHE] [D17-SIGNALR].
	const hybrid = atLeast(ctx.version, 15) ? ['From Umbraco 15 the content cache (HybridCache) also uses it as a second-level cache.'] : [];
	return {
		path: 'shared/DistributedCacheComposer.cs',
		language: 'csharp',
		contents: serializeCSharp({
			header: ['EXAMPLE to adapt: an IDistributedCache shared by every server, for sessions and TempData.', ...header, ...hybrid],
			usings: ['Microsoft.Extensions.DependencyInjection', 'Umbraco.Cms.Core.Composing', 'Umbraco.Cms.Core.DependencyInjection', ...usings],
			namespace: csharpNamespace,
			fileScoped: atLeast(ctx.version, 10),
			members: [block('public sealed class DistributedCacheComposer : IComposer', [block('public void Compose(IUmbracoBuilder builder)', body)])],
		}),
		serverIds: [],
		title: 'Distributed cache for sessions (example)',
		apply: 'Adapt the cache store, add the NuGet package it names, and deploy the composer to every server.',
	};
}
