/**
 * v7/v8 on a central share (shared-site.ts): one Web.config, one Web.<environment>.xdt.config, one
 * umbracoSettings.config and (v7) one ExamineSettings.config for every server, holding what every server
 * has in common. What only some servers have is left out and named, in the file and in the checklist:
 * those files are read from the shared site folder only.
 */
import type { PlanContext, ServerContext } from './context';
import { markdownCode } from './formats/markdown';
import { comment, el, serializeXml, type XmlNode } from './formats/xml';
import { fold, type LeftOut, type SharedSite } from './shared-site-fold';
import { elementText, examineFactory, type AppSetting, type ExamineFactory } from './legacy-server-settings';
import { examineContents } from './targets/examine-settings';
import { settingsElements } from './targets/umbraco-settings';
import { fragmentOnly, webConfigAppSettings, webConfigApply, webConfigRoot } from './targets/web-config';
import { howToApply, transformContents, transformName } from './targets/web-config-transform';
import type { GeneratedFile } from './types';

const nodeId = (node: XmlNode): string => serializeXml([node]);

function shared(path: string, contents: string, title: string, apply: string): GeneratedFile {
	return { path, language: 'xml', contents, serverIds: [], title, apply };
}

/** One comment naming what was left out of a shared file, or nothing. */
function leftOutNote(file: string, items: readonly LeftOut[]): XmlNode[] {
	const mine = items.filter((i) => i.file === file);
	if (mine.length === 0) return [];
	const list = mine.map((i) => `${i.setting} on ${i.server}`).join('; ');
	return [comment(`Left out because the servers differ on it, and every server reads this one file: ${list}. Make it the same on every server, or do without it (see CHECKLIST.md).`)];
}

function webConfigFiles(ctx: PlanContext, servers: readonly ServerContext[], leftOut: LeftOut[]): GeneratedFile[] {
	const settings = fold(servers, (s) => webConfigAppSettings(s).settings, ([k, v]) => `${k}\u0000${v}`);
	const notes = fold(servers, (s) => webConfigAppSettings(s).notes, nodeId);
	for (const s of servers) for (const [key, value] of settings.differing.get(s.server.id)!) leftOut.push({ file: 'Web.config', setting: `${key} = ${value}`, server: s.label });
	const out: GeneratedFile[] = [];
	const root = webConfigRoot(ctx, settings.common, notes.common);
	const note = leftOutNote('Web.config', leftOut);
	if (root) {
		const heading = comment('web.config fragment for the ONE Web.config in the shared site folder: every server reads it, so merge it once.');
		out.push(shared('shared/web.config.fragment.xml', serializeXml([heading, ...note, root]), 'web.config fragment for the shared site folder (all servers)', webConfigApply(ctx, 'the one Web.config in the shared site folder on the central share, once')));
	}
	if (settings.common.length > 0) {
		const name = transformName(ctx.plan);
		const contents = transformContents(`${name} for the shared site folder (all servers): the appSettings of shared/web.config.fragment.xml as a transform of the one Web.config.`, settings.common as AppSetting[], notes.common);
		out.push(shared(`shared/${name}`, contents, `${name} transform for the shared site folder (all servers)`, `${howToApply(ctx.plan, name)} It sets the same appSettings as shared/web.config.fragment.xml in the one shared Web.config, so use one or the other${fragmentOnly(ctx) ? `; ${fragmentOnly(ctx)}` : ''}.`));
	}
	return out;
}

function umbracoSettingsFile(servers: readonly ServerContext[], leftOut: LeftOut[]): GeneratedFile[] {
	const folded = fold(servers, settingsElements, nodeId);
	for (const s of servers) {
		for (const node of folded.differing.get(s.server.id)!) if (node.kind === 'element') leftOut.push({ file: 'umbracoSettings.config', setting: elementText(node.name, node.attributes), server: s.label });
	}
	if (folded.common.length === 0) return [];
	const contents = serializeXml([
		comment('umbracoSettings.config fragment for the ONE ~/Config/umbracoSettings.config in the shared site folder: add these attributes and elements to the existing ones under <settings>, once.'),
		...leftOutNote('umbracoSettings.config', leftOut),
		el('settings', {}, folded.common),
	]);
	return [shared('shared/umbracoSettings.config.fragment.xml', contents, 'umbracoSettings.config fragment for the shared site folder (all servers)', 'In the one ~/Config/umbracoSettings.config in the shared site folder, set these attributes on the existing elements (web.routing, security, keepAlive, distributedCall) rather than adding duplicates.')];
}

function examineFile(servers: readonly ServerContext[], leftOut: LeftOut[]): GeneratedFile[] {
	const folded = fold(servers, (s) => [examineFactory(s)].filter((f): f is ExamineFactory => f !== undefined), (f) => `${f.key}\u0000${f.value}`);
	for (const s of servers) for (const f of folded.differing.get(s.server.id)!) leftOut.push({ file: 'ExamineSettings.config', setting: `${f.key}="${f.value}"`, server: s.label });
	const factory = folded.common[0];
	if (!factory) return [];
	return [shared('shared/ExamineSettings.config.fragment.xml', examineContents('the shared site folder (all servers)', factory), 'ExamineSettings.config fragment for the shared site folder (all servers)', 'In the one ~/Config/ExamineSettings.config in the shared site folder, add the directoryFactory attribute to every indexer provider, once.')];
}

/** The v7/v8 shared copy: each site file once, with what every server has. */
export function legacySharedSite(ctx: PlanContext, servers: readonly ServerContext[]): SharedSite {
	const leftOut: LeftOut[] = [];
	const files = [...webConfigFiles(ctx, servers, leftOut), ...umbracoSettingsFile(servers, leftOut), ...examineFile(servers, leftOut)];
	return { files, leftOut };
}

/** The left-out settings as one Markdown sentence for the checklist; '' when there are none. */
export function leftOutSentence(leftOut: readonly LeftOut[]): string {
	if (leftOut.length === 0) return '';
	const list = leftOut.map((i) => `${markdownCode(i.setting)} (${markdownCode(i.file)}, ${markdownCode(i.server)})`).join(', ');
	return `Only some servers have ${list}, and one shared copy cannot differ per server, so the bundle leaves ${leftOut.length === 1 ? 'it' : 'them'} out: make ${leftOut.length === 1 ? 'it' : 'them'} the same on every server or do without.`;
}
