/**
 * v7/v8 `Web.<environment>.xdt.config`: the appSettings of the web.config fragment as an XDT
 * transform, the form Umbraco Cloud applies on deploy (`{file}.{environment}.xdt.config`
 * with `development`, `staging` or `live`: umbraco/UmbracoDocs
 * Umbraco-Cloud/Set-Up/Config-Transforms/index.md) and Visual Studio applies on publish as
 * `Web.<Configuration>.config`. Same keys and values as the fragment: one source.
 */
import type { Plan } from '../../plan/schema';
import type { ServerContext } from '../context';
import { markdownCode } from '../formats/markdown';
import { comment, el, serializeXml, type XmlNode } from '../formats/xml';
import type { GeneratedFile } from '../types';
import type { AppSetting } from '../legacy-server-settings';
import { fragmentOnly, webConfigAppSettings } from './web-config';

const xdtNamespace = 'http://schemas.microsoft.com/XML-Document-Transform';

// Umbraco Cloud's environment names for the ASP.NET Core-style names a plan uses.
const cloudEnvironments: Readonly<Record<string, string>> = { Production: 'live', Staging: 'staging', Development: 'development' };

/**
 * The `{environment}` part of the file name: Umbraco Cloud's `live` / `staging` / `development`
 * for a Cloud plan, else the plan's environment as written.
 *
 * @example transformEnvironment({ ...plan, umbracoCloud: true, environment: 'Production' }) // 'live'
 */
export function transformEnvironment(plan: Plan): string {
	if (!plan.umbracoCloud) return plan.environment;
	return cloudEnvironments[plan.environment] ?? plan.environment.toLowerCase();
}

/**
 * One key as two transforms, in document order: `InsertIfMissing` adds the `<add>` where
 * Web.config has none, `SetAttributes(value)` sets the value where it has one; both find it
 * by `Match(key)`. So the result holds the key once, with this value, either way.
 */
function transformsFor(key: string, value: string): XmlNode[] {
	return [
		el('add', { key, value, 'xdt:Transform': 'InsertIfMissing', 'xdt:Locator': 'Match(key)' }),
		el('add', { key, value, 'xdt:Transform': 'SetAttributes(value)', 'xdt:Locator': 'Match(key)' }),
	];
}

/** Where the transform goes: Umbraco Cloud applies it on deploy; elsewhere a publish step does. */
export function howToApply(plan: Plan, name: string): string {
	if (plan.umbracoCloud) return `Commit it next to Web.config as ${markdownCode(name)}: Umbraco Cloud applies it when deploying to that environment.`;
	return 'Apply it with your publish step\'s XDT transforms (Visual Studio: save it as `Web.<Configuration>.config`, e.g. `Web.Release.config`).';
}

/** The transform document for these appSettings, headed by `heading`. */
export function transformContents(heading: string, settings: readonly AppSetting[], notes: readonly XmlNode[]): string {
	const appSettings = el('appSettings', {}, [...notes, ...settings.flatMap(([key, value]) => transformsFor(key, value))]);
	return serializeXml([
		comment(heading),
		comment('InsertIfMissing needs an XDT engine newer than Visual Studio 2010 (Umbraco Cloud and Visual Studio 2012 on have it); an older one stops with an error.'),
		el('configuration', { 'xmlns:xdt': xdtNamespace }, [appSettings]),
	]);
}

/** The file name: `Web.<environment>.xdt.config`. */
export function transformName(plan: Plan): string {
	return `Web.${transformEnvironment(plan)}.xdt.config`;
}

/** `servers/<id>/Web.<environment>.xdt.config` (v7/v8), when the server needs an appSetting. */
export function webConfigTransformFile(ctx: ServerContext): GeneratedFile | undefined {
	const { settings, notes } = webConfigAppSettings(ctx);
	if (settings.length === 0) return undefined;
	const name = transformName(ctx.plan);
	return {
		path: `servers/${ctx.server.id}/${name}`,
		language: 'xml',
		contents: transformContents(`${name} for ${ctx.label}: the appSettings of web.config.fragment.xml as a transform of the site's Web.config.`, settings, notes),
		serverIds: [ctx.server.id],
		title: `${name} transform for ${ctx.label}`,
		apply: `${howToApply(ctx.plan, name)} It sets the same appSettings as web.config.fragment.xml on ${markdownCode(ctx.label)}, so use one or the other${fragmentOnly(ctx) ? `; ${fragmentOnly(ctx)}` : ''}.`,
	};
}
