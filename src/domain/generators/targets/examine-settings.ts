/** v7 `ExamineSettings.config` fragments: the Lucene directory factory on every indexer [V7-FLEX] [V7-SHARED]. */
import { examineFactorySetting } from '../../versions/catalogue';
import type { ServerContext } from '../context';
import { comment, el, serializeXml } from '../formats/xml';
import type { GeneratedFile } from '../types';
import { markdownCode } from '../formats/markdown';

/** `servers/<id>/ExamineSettings.config.fragment.xml` (v7 only; v8 moved the factory to web.config [V8-WEBCFG]). */
export function examineSettingsFile(ctx: ServerContext): GeneratedFile | undefined {
	const { band, settings, version, server } = ctx;
	if (band.family !== 'v7' || settings.examineFactory === 'default') return undefined;
	const factory = examineFactorySetting(version, settings.examineFactory);
	if (!factory) return undefined;
	// Examine 0.1.83+ for the temp-only factory, 0.1.80+ for the synced one [V7-FLEX].
	const minimum = settings.examineFactory === 'temp' ? '0.1.83' : '0.1.80';
	return {
		path: `servers/${server.id}/ExamineSettings.config.fragment.xml`,
		language: 'xml',
		contents: serializeXml([
			comment(`ExamineSettings.config fragment for ${ctx.label}: needs Examine ${minimum} or later.`),
			comment('Add the directoryFactory attribute to EVERY indexer (each <add> under ExamineIndexProviders/providers); keep their other attributes.'),
			el('Examine', {}, [el('ExamineIndexProviders', {}, [el('providers', {}, [el('add', { [factory.key]: factory.value })])])]),
		]),
		serverIds: [server.id],
		title: `ExamineSettings.config fragment for ${ctx.label}`,
		apply: `In ~/Config/ExamineSettings.config on ${markdownCode(ctx.label)}, add the directoryFactory attribute to every indexer provider.`,
	};
}
