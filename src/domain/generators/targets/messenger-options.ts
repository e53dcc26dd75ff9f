/**
 * v7/v8 `DatabaseServerMessengerOptions` in C# for servers with custom messenger timing
 * (v9+ uses appsettings keys instead, see appsettings.ts).
 */
import type { Server, ServerSettings } from '../../plan/schema';
import type { VersionBand } from '../../versions/bands';
import { atLeast, toInt, type PlanContext, type ServerContext } from '../context';
import { block, indented, note, serializeCSharp, type CsFile, type CsNode } from '../formats/csharp';
import { csharpNamespace } from '../options';
import type { GeneratedFile } from '../types';
import { isSharedSite } from '../shared-site';
import { markdownCode } from '../formats/markdown';

type Messenger = NonNullable<ServerSettings['messenger']>;

/** `Name = value` pairs in the docs' order; v7/v8 options are whole days and seconds [V7-ADV] [V8-ADV]. */
function assignments(m: Messenger): [string, number][] {
	const out: [string, number][] = [];
	if (m.retainHours !== undefined) out.push(['DaysToRetainInstructions', Math.max(1, toInt(Math.ceil(m.retainHours / 24)))]);
	if (m.maxProcessingInstructions !== undefined) out.push(['MaxProcessingInstructionCount', toInt(m.maxProcessingInstructions)]);
	if (m.syncSeconds !== undefined) out.push(['ThrottleSeconds', Math.max(1, toInt(m.syncSeconds))]);
	if (m.pruneSeconds !== undefined) out.push(['PruneThrottleSeconds', Math.max(1, toInt(m.pruneSeconds))]);
	return out;
}

function v7Members(m: Messenger): CsNode[] {
	const pairs = assignments(m);
	const lines = pairs.map(([k, v], i) => `${k} = ${v}${i < pairs.length - 1 ? ',' : ''}`);
	// [V7-ADV]: in ApplicationStarting; fully qualified because some 7.x builds have the class in two namespaces [SRC-MSGOPT].
	return [
		block('public class DatabaseServerMessengerStartup : ApplicationEventHandler', [
			block('protected override void ApplicationStarting(UmbracoApplicationBase umbracoApplication, ApplicationContext applicationContext)', [
				'ServerMessengerResolver.Current.SetServerMessenger(new Umbraco.Web.BatchedDatabaseServerMessenger(',
				indented('applicationContext,', 'true,', block('new DatabaseServerMessengerOptions', lines, '));')),
			]),
		]),
	];
}

function v8Members(ctx: ServerContext, m: Messenger): CsNode[] {
	const body: CsNode[] = [
		'var options = DatabaseServerRegistrarAndMessengerComposer.GetDefaultOptions(factory);',
		...assignments(m).map(([k, v]) => `options.${k} = ${v};`),
		'return options;',
	];
	// Ignored on 8.0.0 and 8.0.1 [V8-ADV-802].
	const warning = atLeast(ctx.version, 8, 0, 2) ? [] : [note('Umbraco 8.0.0 and 8.0.1 ignore these options; upgrade to 8.0.2 or later.')];
	return [
		...warning,
		'[RuntimeLevel(MinLevel = RuntimeLevel.Run)]',
		block('public class DatabaseServerMessengerOptionsComposer : IUserComposer', [
			block('public void Compose(Composition composition)', [block('composition.SetDatabaseServerMessengerOptions(factory =>', body, ');')]),
		]),
	];
}

/** The options a server's messenger code would set, or undefined when it needs no code (v9+ uses appsettings). */
function messengerOf(band: VersionBand, server: Server): Messenger | undefined {
	const m = server.settings.messenger;
	const { family, loadBalancing } = band;
	if (!m || loadBalancing === 'traditional' || (family !== 'v7' && family !== 'v8') || assignments(m).length === 0) return undefined;
	return m;
}

/**
 * On a central share the one build holds one messenger hook for every server, so when every
 * server sets the same options it is written once under `shared/` (a server setting none, or
 * servers differing, keep their per-server files and the note to settle on one set).
 */
function oneSetForAll({ plan, band }: Pick<PlanContext, 'plan' | 'band'>): Messenger | undefined {
	if (!isSharedSite(plan)) return undefined;
	const sets = plan.servers.map((server) => messengerOf(band, server));
	const first = sets[0];
	if (!first) return undefined;
	const key = (m: Messenger | undefined) => JSON.stringify(m && assignments(m));
	return sets.every((m) => key(m) === key(first)) ? first : undefined;
}

function messengerFile(ctx: ServerContext, m: Messenger, label: string, path: (className: string) => string, serverIds: string[]): GeneratedFile {
	const v7 = ctx.band.family === 'v7';
	const className = v7 ? 'DatabaseServerMessengerStartup' : 'DatabaseServerMessengerOptionsComposer';
	const header = [`Database server messenger options for ${label}.`];
	// MaxProcessingInstructionCount / PruneThrottleSeconds appear only in later 7.x sources (minor UNVERIFIED) [SRC-MSGOPT].
	if (v7 && (m.maxProcessingInstructions !== undefined || m.pruneSeconds !== undefined)) header.push('MaxProcessingInstructionCount and PruneThrottleSeconds exist only in later 7.x releases; remove them if the build fails.');
	const file: CsFile = {
		header,
		usings: v7 ? ['Umbraco.Core', 'Umbraco.Core.Sync'] : ['Umbraco.Core', 'Umbraco.Core.Composing', 'Umbraco.Web.Compose'],
		namespace: csharpNamespace,
		fileScoped: false,
		members: v7 ? v7Members(m) : v8Members(ctx, m),
	};
	const shared = serverIds.length === 0;
	return {
		path: path(className),
		language: 'csharp',
		contents: serializeCSharp(file),
		serverIds,
		title: `Messenger options for ${label}`,
		apply: shared
			? `Add ${className}.cs once to the one build on the central share: every server sets these same options.`
			: isSharedSite(ctx.plan)
				? `The servers share one copy of the site on the central share, so ${className}.cs in that one build applies to every server: add it once, only with options every server should use.`
				: `Add ${className}.cs to the web project deployed to ${markdownCode(ctx.label)}; these options are normally the same on every server.`,
	};
}

/** `servers/<id>/DatabaseServerMessenger….cs` (v7 7.3+ / v8) when the server sets messenger options. */
export function messengerOptionsFile(ctx: ServerContext): GeneratedFile | undefined {
	const m = messengerOf(ctx.band, ctx.server);
	if (!m || oneSetForAll(ctx)) return undefined;
	return messengerFile(ctx, m, ctx.label, (className) => `servers/${ctx.server.id}/${className}.cs`, [ctx.server.id]);
}

/** `shared/DatabaseServerMessenger….cs`: a central share whose servers all set the same options. */
export function sharedMessengerOptionsFile(ctx: PlanContext, servers: readonly ServerContext[]): GeneratedFile | undefined {
	const m = oneSetForAll(ctx);
	return m && messengerFile(servers[0]!, m, 'every server (one shared build)', (className) => `shared/${className}.cs`, []);
}
