/** v7 `ExamineSettings.config` fragments: the Lucene directory factory on every indexer [V7-FLEX] [V7-SHARED]. */
import type { ServerContext } from '../context';
import { examineFactory, type ExamineFactory } from '../legacy-server-settings';
import { comment, el, serializeXml } from '../formats/xml';
import type { GeneratedFile } from '../types';
import { markdownCode } from '../formats/markdown';

/** The fragment for a factory, for `whom` (a server, or every server of a shared copy). */
export function examineContents(whom: string, factory: ExamineFactory): string {
	return serializeXml([
		comment(`ExamineSettings.config fragment for ${whom}: needs Examine ${factory.minimum} or later.`),
		comment('Add the directoryFactory attribute to EVERY indexer (each <add> under ExamineIndexProviders/providers); keep their other attributes.'),
		el('Examine', {}, [el('ExamineIndexProviders', {}, [el('providers', {}, [el('add', { [factory.key]: factory.value })])])]),
	]);
}

/** `servers/<id>/ExamineSettings.config.fragment.xml` (v7 only). */
export function examineSettingsFile(ctx: ServerContext): GeneratedFile | undefined {
	const factory = examineFactory(ctx);
	if (!factory) return undefined;
	return {
		path: `servers/${ctx.server.id}/ExamineSettings.config.fragment.xml`,
		language: 'xml',
		contents: examineContents(ctx.label, factory),
		serverIds: [ctx.server.id],
		title: `ExamineSettings.config fragment for ${ctx.label}`,
		apply: `In ~/Config/ExamineSettings.config on ${markdownCode(ctx.label)}, add the directoryFactory attribute to every indexer provider.`,
	};
}
