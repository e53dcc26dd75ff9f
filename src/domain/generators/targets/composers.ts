/**
 * Shared v17 composers for a load-balanced backoffice: every node pinned to
 * SchedulingPublisher with isolated-cache versioning, and the SignalR backplane.
 */
import type { PlanContext } from '../context';
import { cloudProvidesSharedServices } from '../context';
import { block, note, serializeCSharp, type CsFile, type CsNode } from '../formats/csharp';
import { csharpNamespace, packages } from '../options';
import type { GeneratedFile } from '../types';
import { connectionStringRead } from '../connection-strings';

/** A shared C# file (every server's build). */
export function sharedFile(path: string, title: string, apply: string, file: CsFile): GeneratedFile {
	return { path, language: 'csharp', contents: serializeCSharp(file), serverIds: [], title, apply };
}

/** `shared/LoadBalancedBackofficeComposer.cs`: all nodes SchedulingPublisher + LoadBalanceIsolatedCaches() [D17-LBBO]. */
export function loadBalancedBackofficeFile(ctx: PlanContext): GeneratedFile | undefined {
	if (!ctx.backofficeLoadBalanced) return undefined;
	const jobs: CsNode[] = ctx.plan.backoffice.runOnceRecurringJobs
		? // Every node is SchedulingPublisher, so ServerRoles no longer limits a job to one node [D17-SCHED] [D17-PITFALLS].
			[note('Recurring jobs that must run once per cluster: implement IDistributedBackgroundJob instead of IRecurringBackgroundJob.')]
		: [];
	return sharedFile('shared/LoadBalancedBackofficeComposer.cs', 'Load-balanced backoffice composer (all nodes)', 'Add to the web project; every node behind the load balancer runs the same build.', {
		header: ['Load-balanced backoffice (Umbraco 17+): every node serves the backoffice, so every node is SchedulingPublisher.'],
		usings: ['Umbraco.Cms.Core.Composing', 'Umbraco.Cms.Core.DependencyInjection', 'Umbraco.Cms.Core.Sync', 'Umbraco.Cms.Infrastructure.DependencyInjection'],
		namespace: csharpNamespace,
		fileScoped: true,
		members: [
			block('public sealed class LoadBalancedBackofficeServerRoleAccessor : IServerRoleAccessor', ['public ServerRole CurrentServerRole => ServerRole.SchedulingPublisher;']),
			'',
			block('public sealed class LoadBalancedBackofficeComposer : IComposer', [
				block('public void Compose(IUmbracoBuilder builder)', [
					'builder.SetServerRegistrar(new LoadBalancedBackofficeServerRoleAccessor());',
					note('Checks a cache version before isolated-cache lookups, so edits on one node reach the others.'),
					'builder.LoadBalanceIsolatedCaches();',
					...jobs,
				]),
			]),
		],
	});
}

/** The backplane call and package per plan.backoffice.signalR [D17-SIGNALR]. */
function backplane(signalR: 'sql-server' | 'redis' | 'azure-signalr', names: PlanContext['plan']['connectionStrings']): { header: string[]; body: CsNode[]; usings: string[] } {
	if (signalR === 'sql-server') {
		return {
			header: [`NuGet: ${packages.signalRSqlServer}. Uses the Umbraco database; on Azure SQL, Service Broker is unavailable, which lowers throughput.`],
			body: ['var connectionString = builder.Config.GetUmbracoConnectionString();', block('if (connectionString is null)', ['return;']), '', 'builder.Services.AddSignalR().AddSqlServer(connectionString);'],
			usings: ['Microsoft.Extensions.DependencyInjection', 'Umbraco.Extensions'],
		};
	}
	if (signalR === 'azure-signalr') {
		// AddAzureSignalR() reads Azure:SignalR:ConnectionString; AddAzureSignalR(string) takes it directly.
		const read = names?.azureSignalR === undefined ? undefined : connectionStringRead(names.azureSignalR, 'azureSignalR');
		return {
			header: [`NuGet: ${packages.signalRAzure}.${read ? '' : " Put the service's connection string at the configuration key Azure:SignalR:ConnectionString."}`],
			body: read ? [...read.statements, `builder.Services.AddSignalR().AddAzureSignalR(${read.expression});`] : ['builder.Services.AddSignalR().AddAzureSignalR();'],
			usings: ['Microsoft.Extensions.DependencyInjection', ...(read?.usings ?? [])],
		};
	}
	const read = connectionStringRead(names?.redis, 'redis');
	return {
		header: [
			'UNVERIFIED: Umbraco names Redis as a backplane option but documents no code for it.',
			`This uses Microsoft's Redis backplane (NuGet: ${packages.signalRRedis}); test it before production.`,
		],
		body: [...(read.named ? read.statements : [note('Read the connection string from your configuration instead of this placeholder.')]), `builder.Services.AddSignalR().AddStackExchangeRedis(${read.expression});`],
		usings: ['Microsoft.Extensions.DependencyInjection', ...read.usings],
	};
}

/** `shared/SignalRBackplaneComposer.cs` for a load-balanced backoffice with a backplane chosen. */
export function signalRFile(ctx: PlanContext): GeneratedFile | undefined {
	const signalR = ctx.plan.backoffice.signalR;
	if (cloudProvidesSharedServices(ctx) || !ctx.backofficeLoadBalanced || signalR === 'none') return undefined;
	const { header, body, usings } = backplane(signalR, ctx.plan.connectionStrings);
	return sharedFile('shared/SignalRBackplaneComposer.cs', 'SignalR backplane composer (all nodes)', 'Add the NuGet package named in the file and the composer to the web project of every node.', {
		header: ['SignalR backplane for the load-balanced backoffice. Umbraco calls AddSignalR() too; calling it again is fine.', ...header],
		usings: ['Umbraco.Cms.Core.Composing', 'Umbraco.Cms.Core.DependencyInjection', ...usings],
		namespace: csharpNamespace,
		fileScoped: true,
		members: [block('public sealed class SignalRBackplaneComposer : IComposer', [block('public void Compose(IUmbracoBuilder builder)', body)])],
	});
}
