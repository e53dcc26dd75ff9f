/**
 * v7/v8 `web.config` fragments: the `appSettings` a server needs and the `<machineKey>`
 * that must be identical on every server.
 */
import type { PlanContext, ServerContext } from '../context';
import { serverAppSettings, type AppSetting } from '../legacy-server-settings';
import { comment, el, serializeXml, type XmlElement, type XmlNode } from '../formats/xml';
import { machineKeyAlgorithms, packages, placeholders } from '../options';
import type { GeneratedFile } from '../types';
import { markdownCode } from '../formats/markdown';
import { v8BlobAppSettings } from './file-system-providers';

/** Comments explaining settings the plan asks for but this version cannot take. */
function v8Notes(ctx: ServerContext): XmlNode[] {
	const { settings, band } = ctx;
	const out: XmlNode[] = [];
	if (settings.mainDomLock === 'sql' && band.mainDomLockSetting === null) {
		out.push(comment('SqlMainDomLock arrived in 8.6: on 8.0-8.5 the setting has no effect, so it is left out. On Azure set WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1 instead.'));
	}
	if (settings.mainDomLock === 'file-system') out.push(comment('FileSystemMainDomLock is a v9+ value; Umbraco 8 documents only SqlMainDomLock, so no lock setting is written.'));
	if (v8BlobAppSettings(ctx).length > 0) out.push(comment(blobNote));
	return out;
}

const blobNote = `AzureBlobFileSystem.*:media: media in Azure Blob storage through the COMMUNITY package ${packages.mediaBlobV8} (not Umbraco HQ), Umbraco 8.1.0+; it refuses to start unless all six are set.`;

/**
 * v7/v8 session state in SQL Server: "If you use SessionState in your application, or are using
 * the default TempDataProvider in MVC (which uses SessionState) then you will need to configure
 * your application to use the SqlSessionStateStore provider" [V7-IDX] [V8-CFG]. That provider is
 * ASP.NET's `<sessionState mode="SQLServer">` (the Microsoft page the docs link), reading the
 * session database through `sqlConnectionString`.
 */
function sessionState(ctx: PlanContext): XmlNode[] {
	const { sessions } = ctx.plan;
	if (!ctx.multiServer || !sessions.used || sessions.store !== 'sql-server') return [];
	return [
		comment('Session state and MVC TempData in SQL Server (SqlSessionStateStore), the same on every server: point sqlConnectionString at the session-state database.'),
		el('sessionState', { mode: 'SQLServer', sqlConnectionString: placeholders.connectionString }),
	];
}

function machineKey(ctx: PlanContext): XmlNode[] {
	const notes: XmlNode[] = [
		comment('The same machineKey on every server: generate ONE pair (IIS Manager > Machine Key > Generate Keys) and copy it to all servers.'),
	];
	if (ctx.band.family === 'v8' && ctx.plan.keys.addedToExistingSite) {
		notes.push(comment('Adding a machine key to a site that had none forces resetting all user and member passwords.')); // [V8-CFG]
	}
	const key = el('machineKey', {
		validationKey: placeholders.validationKey,
		decryptionKey: placeholders.decryptionKey,
		validation: machineKeyAlgorithms.validation,
		decryption: machineKeyAlgorithms.decryption,
	});
	return [el('system.web', {}, [...notes, key, ...sessionState(ctx)])];
}

/** The `<appSettings>` a v7/v8 server needs, and comments on settings its version cannot take (empty from v9). */
export function webConfigAppSettings(ctx: ServerContext): { settings: AppSetting[]; notes: XmlNode[] } {
	if (ctx.band.config !== 'web-config') return { settings: [], notes: [] };
	return { settings: [...serverAppSettings(ctx), ...v8BlobAppSettings(ctx)], notes: ctx.band.family === 'v8' ? v8Notes(ctx) : [] };
}

/** The README sentence for the community blob package's keys, when the fragment has them. */
function blobApply(ctx: PlanContext): string {
	return v8BlobAppSettings(ctx).length > 0 ? ` The \`AzureBlobFileSystem.*:media\` keys are for the community package ${packages.mediaBlobV8} (not Umbraco HQ's): install it from NuGet and fill in the CHANGE-ME values.` : '';
}

/**
 * The `<configuration>` of a web.config fragment: the appSettings (with their notes) and, with more than
 * one server, the machineKey that must match across servers [V7-IDX] [V8-CFG]; undefined when empty.
 */
export function webConfigRoot(ctx: PlanContext, settings: readonly AppSetting[], notes: readonly XmlNode[]): XmlElement | undefined {
	const appSettings = settings.length + notes.length > 0 ? [el('appSettings', {}, [...notes, ...settings.map(([key, value]) => el('add', { key, value }))])] : [];
	const key = ctx.multiServer ? machineKey(ctx) : [];
	return appSettings.length + key.length === 0 ? undefined : el('configuration', {}, [...appSettings, ...key]);
}

/** What only the fragment holds (a transform carries appSettings only): '' for one server. */
export function fragmentOnly(ctx: PlanContext): string {
	if (!ctx.multiServer) return '';
	return sessionState(ctx).length > 0 ? 'the machineKey and sessionState stay in the fragment' : 'the machineKey stays in the fragment';
}

/** How to apply a web.config fragment to the Web.config `where` names. */
export function webConfigApply(ctx: PlanContext, where: string): string {
	const key = ctx.multiServer;
	return `Merge the appSettings entries${key ? ` and the system.web elements (machineKey${sessionState(ctx).length > 0 ? ', sessionState' : ''})` : ''} into ${where}, replacing existing keys and elements of the same name${key ? '; the machineKey values must be the same on every server' : ''}.${blobApply(ctx)}`;
}

/** `servers/<id>/web.config.fragment.xml` (v7/v8), when the server needs a setting or a machine key. */
export function webConfigFile(ctx: ServerContext): GeneratedFile | undefined {
	if (ctx.band.config !== 'web-config') return undefined;
	const { settings, notes } = webConfigAppSettings(ctx);
	const root = webConfigRoot(ctx, settings, notes);
	if (!root) return undefined;
	return {
		path: `servers/${ctx.server.id}/web.config.fragment.xml`,
		language: 'xml',
		contents: serializeXml([comment(`web.config fragment for ${ctx.label}: merge these elements into the site's Web.config.`), root]),
		serverIds: [ctx.server.id],
		title: `web.config fragment for ${ctx.label}`,
		apply: webConfigApply(ctx, `Web.config on ${markdownCode(ctx.label)}`),
	};
}
