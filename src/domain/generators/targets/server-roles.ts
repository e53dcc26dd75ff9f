/**
 * Pinned server roles in C#, per version: v7 `IServerRegistrar2` + `ApplicationEventHandler`,
 * v8 `IServerRegistrar` + `IUserComposer`, v9+ `IServerRoleAccessor` + `IComposer`. One file
 * per pinned server, holding the class for its role and the hook that registers it.
 *
 * A central share runs one build on every server, so no role can be compiled in: one shared
 * hook reads the role from each server's own configuration instead (`configuredRoleKey`, set per
 * server like any other setting that differs: its application pool's environment on IIS, its
 * environment file in containers).
 * - v9+: `IUmbracoBuilder.Config` is the app's configuration and `SetServerRegistrar(IServerRoleAccessor)`
 *   registers an instance (Umbraco-CMS src/Umbraco.Core/DependencyInjection/IUmbracoBuilder.cs;
 *   UmbracoBuilderExtensions in src/Umbraco.Infrastructure/DependencyInjection) [D13-ADV].
 * - v7/v8 on IIS: .NET Framework's Web.config is not overridden by environment variables, so the
 *   shared registrar reads the pool's variable itself with `Environment.GetEnvironmentVariable`,
 *   the pool's `<environmentVariables>` being IIS 10+ [MS-IIS-APPPOOL-ENV]; it registers as the
 *   per-server registrars do [V7-ADV] [V8-ADV]. The code is C# 7.3 (the .NET Framework default):
 *   no `is … or …` patterns.
 */
import { applicationUrlSetting, officialRoleName } from '../../versions/catalogue';
import { atLeast, type ServerContext } from '../context';
import { block, serializeCSharp, type CsFile, type CsNode } from '../formats/csharp';
import { csString } from '../formats/escape';
import { csharpNamespace } from '../options';
import type { ConfigEntry } from '../formats/json';
import type { GeneratedFile } from '../types';
import { markdownCode } from '../formats/markdown';
import type { PlanContext } from '../context';

/** The official `ServerRole` value to pin, or undefined when the server is not pinned in code. */
function pinnedRole(ctx: ServerContext): string | undefined {
	const { server, band } = ctx;
	// v17 backoffice LB pins every node in one shared composer [D17-LBBO]; traditional v7 has no registrars [V7-TRAD].
	if (ctx.backofficeLoadBalanced || band.loadBalancing === 'traditional') return undefined;
	if (server.role === 'publisher') return band.pinnedPublisherValue; // Master; Primary from 8.10 [V8-ADV-810]
	if (server.role === 'subscriber') return officialRoleName(band, 'subscriber');
	// v8/v9+ switch election off by setting; v7 has no switch, but its enum has Single [SRC-ROLE].
	// From 7.6 web.config `umbracoDisableElectionForSingleServer` does it instead (web-config.ts) [V7-WEBCFG].
	if (server.role === 'single' && band.family === 'v7' && !atLeast(ctx.version, 7, 6)) return 'Single';
	return undefined;
}

/** Header lines saying which servers the file is for and why it must not reach the others. */
function header(ctx: ServerContext, role: string): string[] {
	const first = `Pinned ${role} role for ${ctx.label} (${ctx.server.host}).`;
	if (centralShare(ctx)) {
		// One shared copy of the site on the share serves every server [V7-SHARED] [D13-FSR]: there is no per-role build.
		return [
			first,
			'The servers run ONE shared copy of the site from the central share, so there is one build for',
			'all of them: do not make a build per role. Registered in that build, this class would pin EVERY',
			'server; register it only with a run-time condition that is true on this server alone, or leave',
			'the roles to the election.',
		];
	}
	return [
		first,
		'Compile this file only into the build deployed to servers with this role: every server with a',
		'pinned role gets its own file, and the registrations must not meet in one build.',
	];
}

/** The site folder is one copy on a central share (SAN/NAS/UNC) that every server runs [V7-SHARED] [D13-FSR]. */
function centralShare(ctx: Pick<PlanContext, 'plan'>): boolean {
	return ctx.plan.files.strategy === 'central-share';
}

/** The members of v7's IServerRegistrar2 and v8's IServerRegistrar [V7-ADV] [V8-ADV], returning the C# expressions given. */
function registrarMembers(role: string, url: string): CsNode[] {
	return [
		block('public IEnumerable<IServerAddress> Registrations', [block('get', ['return Enumerable.Empty<IServerAddress>();'])]),
		'',
		block('public ServerRole GetCurrentServerRole()', [`return ${role};`]),
		'',
		block('public string GetCurrentServerUmbracoApplicationUrl()', [`return ${url};`]),
	];
}

/** The application URL as a registrar returns it (v7/v8 format includes /umbraco) [V7-ADV] [V8-UMBSET], or undefined. */
function registrarUrl(ctx: PlanContext): string | undefined {
	return ctx.plan.applicationUrl === undefined ? undefined : csString(applicationUrlSetting(ctx.band, ctx.plan.applicationUrl).value);
}

function legacyFile(ctx: ServerContext, role: string, className: string): CsFile {
	const v7 = ctx.band.family === 'v7';
	const hook = v7
		? // [V7-ADV]: ApplicationStarting swaps the registrar through the resolver.
			block(`public class ${className}Startup : ApplicationEventHandler`, [
				block('protected override void ApplicationStarting(UmbracoApplicationBase umbracoApplication, ApplicationContext applicationContext)', [
					`ServerRegistrarResolver.Current.SetServerRegistrar(new ${className}());`,
				]),
			])
		: // [V8-ADV] [V8-CFG]: a user composer that runs only when Umbraco is installed and running.
			block(`public class ${className}Composer : IUserComposer`, [
				block('public void Compose(Composition composition)', [`composition.SetServerRegistrar(new ${className}());`]),
			]);
	return {
		header: header(ctx, role),
		usings: ['System.Collections.Generic', 'System.Linq', 'Umbraco.Core', 'Umbraco.Core.Sync', ...(v7 ? [] : ['Umbraco.Core.Composing'])],
		namespace: csharpNamespace,
		fileScoped: false,
		members: [
			block(`public class ${className} : ${v7 ? 'IServerRegistrar2' : 'IServerRegistrar'}`, registrarMembers(`ServerRole.${role}`, (ctx.server.role === 'publisher' && registrarUrl(ctx)) || 'null')), // only the publisher states its URL, as in the docs
			'',
			...(v7 ? [] : ['[RuntimeLevel(MinLevel = RuntimeLevel.Run)]']),
			hook,
		],
	};
}

function accessorFile(ctx: ServerContext, role: string, className: string): CsFile {
	return {
		header: header(ctx, role),
		usings: ['Umbraco.Cms.Core.Composing', 'Umbraco.Cms.Core.DependencyInjection', 'Umbraco.Cms.Core.Sync', 'Umbraco.Cms.Infrastructure.DependencyInjection'],
		namespace: csharpNamespace,
		// v9 runs on .NET 5 (C# 9): no file-scoped namespaces before v10.
		fileScoped: atLeast(ctx.version, 10),
		members: [
			// [D10-ADV] [D13-ADV]: a constant role, registered with SetServerRegistrar<T>().
			block(`public sealed class ${className} : IServerRoleAccessor`, [`public ServerRole CurrentServerRole => ServerRole.${role};`]),
			'',
			block(`public sealed class ${role}ServerRoleComposer : IComposer`, [`public void Compose(IUmbracoBuilder builder) => builder.SetServerRegistrar<${className}>();`]),
		],
	};
}

/** The configuration key the shared role composer reads: this bundle's own, not an Umbraco setting. */
export const configuredRoleKey = 'LoadBalancing:ServerRole';

/** The environment-variable form of `configuredRoleKey`, which the v7/v8 registrar reads itself. */
export const configuredRoleVariable = configuredRoleKey.replace(':', '__');

/**
 * Whether roles come from each server's configuration: one shared copy of the site, v9+ anywhere
 * (every hosting gives a server settings of its own), v7/v8 on IIS (its application pool's
 * environment; elsewhere the shared registrar has nothing per server to read).
 */
export function rolesFromConfiguration(ctx: Pick<PlanContext, 'plan' | 'band'>): boolean {
	// Traditional v7 (before 7.3) has no registrars to pin with [V7-TRAD].
	if (ctx.band.loadBalancing === 'traditional') return false;
	return centralShare(ctx) && (ctx.band.config === 'appsettings' || ctx.plan.hosting === 'iis');
}

/** The server's pinned role as its `configuredRoleKey` entry, where roles come from configuration. */
export function configuredRoleEntry(ctx: ServerContext): ConfigEntry | undefined {
	const role = rolesFromConfiguration(ctx) ? pinnedRole(ctx) : undefined;
	return role === undefined ? undefined : { key: configuredRoleKey, value: role };
}

/** The shared v7/v8 registrar: the role (and the publisher's URL) from the server's application pool. */
function legacyConfiguredFile(ctx: PlanContext, servers: readonly ServerContext[], pinned: readonly string[]): CsFile {
	const v7 = ctx.band.family === 'v7';
	const roles = [...new Set(servers.map(pinnedRole).filter((r): r is string => r !== undefined))];
	const publisher = servers.find((s) => s.server.role === 'publisher');
	const publisherRole = publisher && pinnedRole(publisher);
	// The publisher may state its URL, as the per-server registrar does.
	const url = publisherRole !== undefined ? registrarUrl(ctx) : undefined;
	const urlFor = url === undefined ? 'null' : `role == ServerRole.${publisherRole} ? ${url} : null`;
	const register = v7 ? `ServerRegistrarResolver.Current.SetServerRegistrar(new ConfiguredServerRegistrar(role, ${urlFor}));` : `composition.SetServerRegistrar(new ConfiguredServerRegistrar(role, ${urlFor}));`;
	const body = [
		`var configured = Environment.GetEnvironmentVariable(${csString(configuredRoleVariable)});`,
		'ServerRole role;',
		block(`if (Enum.TryParse(configured, out role) && (${roles.map((r) => `role == ServerRole.${r}`).join(' || ')}))`, [register]),
	];
	const hook = v7
		? block('public class ConfiguredServerRegistrarStartup : ApplicationEventHandler', [
				block('protected override void ApplicationStarting(UmbracoApplicationBase umbracoApplication, ApplicationContext applicationContext)', body),
			])
		: block('public class ConfiguredServerRegistrarComposer : IUserComposer', [block('public void Compose(Composition composition)', body)]);
	return {
		header: [
			'Pinned roles for servers that run ONE shared copy of the site from the central share.',
			'There is one build for every server, so no role is compiled in: this registrar reads the',
			`environment variable ${configuredRoleVariable} of the server's own IIS application pool (IIS 10 or`,
			'later; a variable of this bundle, not an Umbraco setting) and pins that role; a server whose',
			'pool does not set it is left to the election. The bundle sets it in each pinned server\'s',
			'applicationHost.config fragment. IIS 8.5 and older have no pool variables: there every',
			'server is left to the election.',
			`Pinned: ${pinned.join('; ')}.`,
		],
		usings: ['System', 'System.Collections.Generic', 'System.Linq', 'Umbraco.Core', 'Umbraco.Core.Sync', ...(v7 ? [] : ['Umbraco.Core.Composing'])],
		namespace: csharpNamespace,
		fileScoped: false,
		members: [
			block(`public class ConfiguredServerRegistrar : ${v7 ? 'IServerRegistrar2' : 'IServerRegistrar'}`, [
				'private readonly ServerRole _role;',
				'private readonly string _applicationUrl;',
				'',
				block('public ConfiguredServerRegistrar(ServerRole role, string applicationUrl)', ['_role = role;', '_applicationUrl = applicationUrl;']),
				'',
				...registrarMembers('_role', '_applicationUrl'),
			]),
			'',
			...(v7 ? [] : ['[RuntimeLevel(MinLevel = RuntimeLevel.Run)]']),
			hook,
		],
	};
}

/** `shared/ConfiguredServerRoleComposer.cs` (v9+) or `shared/ConfiguredServerRegistrar.cs` (v7/v8): a central share with a pinned server. */
export function configuredRoleFile(ctx: PlanContext, servers: readonly ServerContext[]): GeneratedFile | undefined {
	if (!rolesFromConfiguration(ctx)) return undefined;
	const pinned = servers.flatMap((s) => {
		const role = pinnedRole(s);
		return role === undefined ? [] : [`${s.label} = ${role}`];
	});
	if (pinned.length === 0) return undefined;
	if (ctx.band.config !== 'appsettings') {
		return {
			path: 'shared/ConfiguredServerRegistrar.cs',
			language: 'csharp',
			contents: serializeCSharp(legacyConfiguredFile(ctx, servers, pinned)),
			serverIds: [],
			title: 'Pinned roles from each server’s application pool (one shared build)',
			apply: `Add ConfiguredServerRegistrar.cs to the one build on the central share. Each pinned server’s application pool sets ${markdownCode(configuredRoleVariable)} to its role (its applicationHost.config fragment in this bundle, IIS 10 or later); the others keep the election.`,
		};
	}
	const file: CsFile = {
		header: [
			'Pinned roles for servers that run ONE shared copy of the site from the central share.',
			'There is one build for every server, so no role is compiled in: this composer reads the',
			`server's own configuration key ${configuredRoleKey} (a key of this bundle, not an Umbraco`,
			'setting) and pins that role; a server without the key is left to the election. The bundle',
			'sets the key for each pinned server, as it does every setting that differs per server.',
			`Pinned: ${pinned.join('; ')}.`,
		],
		usings: ['System', 'Umbraco.Cms.Core.Composing', 'Umbraco.Cms.Core.DependencyInjection', 'Umbraco.Cms.Core.Sync', 'Umbraco.Cms.Infrastructure.DependencyInjection'],
		namespace: csharpNamespace,
		fileScoped: atLeast(ctx.version, 10),
		members: [
			block('public sealed class ConfiguredServerRoleAccessor : IServerRoleAccessor', [
				'public ConfiguredServerRoleAccessor(ServerRole role) => CurrentServerRole = role;',
				'',
				'public ServerRole CurrentServerRole { get; }',
			]),
			'',
			block('public sealed class ConfiguredServerRoleComposer : IComposer', [
				block('public void Compose(IUmbracoBuilder builder)', [
					`var configured = builder.Config[${csString(configuredRoleKey)}];`,
					block('if (Enum.TryParse(configured, out ServerRole role) && role is ServerRole.SchedulingPublisher or ServerRole.Subscriber)', [
						'builder.SetServerRegistrar(new ConfiguredServerRoleAccessor(role));',
					]),
				]),
			]),
		],
	};
	return {
		path: 'shared/ConfiguredServerRoleComposer.cs',
		language: 'csharp',
		contents: serializeCSharp(file),
		serverIds: [],
		title: 'Pinned roles from each server’s configuration (one shared build)',
		apply: `Add ConfiguredServerRoleComposer.cs to the one build on the central share. Each pinned server gets ${markdownCode(configuredRoleKey)} with its role from its own settings in this bundle; the others keep the election.`,
	};
}

/** `servers/<id>/<RoleClass>.cs` for a server whose role is pinned in code. */
export function serverRoleFile(ctx: ServerContext): GeneratedFile | undefined {
	const role = pinnedRole(ctx);
	if (role === undefined || rolesFromConfiguration(ctx)) return undefined;
	const appsettings = ctx.band.config === 'appsettings';
	const className = appsettings ? `${role}ServerRoleAccessor` : role === 'Single' ? 'SingleRoleServerRegistrar' : `${role}ServerRegistrar`;
	const file = appsettings ? accessorFile(ctx, role, className) : legacyFile(ctx, role, className);
	return {
		path: `servers/${ctx.server.id}/${className}.cs`,
		language: 'csharp',
		contents: serializeCSharp(file),
		serverIds: [ctx.server.id],
		title: `Pinned ${role} role for ${ctx.label}`,
		apply: centralShare(ctx)
			? `The servers share one copy of the site on the central share, so there is one build for all of them (no build per role): add ${className}.cs only with a run-time check that is true on ${markdownCode(ctx.label)} alone, as its header says, or leave the roles to the election.`
			: `Add ${className}.cs to the web project built for ${markdownCode(ctx.label)} (and only for servers with the ${role} role), then rebuild and deploy.`,
	};
}
