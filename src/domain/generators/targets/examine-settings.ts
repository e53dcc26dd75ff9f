/** v7 `ExamineSettings.config` fragments: the Lucene directory factory on every indexer [V7-FLEX] [V7-SHARED]. */
import { examineFactorySetting } from '../../versions/catalogue';
import type { ServerContext } from '../context';
import { comment, el, serializeXml } from '../formats/xml';
import type { GeneratedFile } from '../types';
import { markdownCode } from '../formats/markdown';

/** The directory factory a v7 server's indexers need, with the Examine version it needs; undefined when none. */
export interface ExamineFactory {
	readonly key: string;
	readonly value: string;
	readonly minimum: string;
}

/** The v7 factory of a server (v8 moved it to web.config [V8-WEBCFG]). */
export function examineFactory(ctx: ServerContext): ExamineFactory | undefined {
	const { band, settings, version } = ctx;
	if (band.family !== 'v7' || settings.examineFactory === 'default') return undefined;
	const factory = examineFactorySetting(version, settings.examineFactory);
	if (!factory) return undefined;
	// Examine 0.1.83+ for the temp-only factory, 0.1.80+ for the synced one [V7-FLEX].
	return { key: factory.key, value: factory.value, minimum: settings.examineFactory === 'temp' ? '0.1.83' : '0.1.80' };
}

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
