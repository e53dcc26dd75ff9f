/**
 * v7 `log4net.config` fragment: per-machine log file names when the servers share a log folder
 * (rule R48). Umbraco 7 logs with log4net; two servers appending to one file lock it, so the file
 * appender's `file` becomes a `log4net.Util.PatternString` with `%property{log4net:HostName}`
 * [V7-LOG] (later 7.x ship it as the default [PR-815], exact version UNVERIFIED).
 */
import { sharesLogFolder } from '../../plan/queries';
import type { PlanContext } from '../context';
import { comment, el, serializeXml } from '../formats/xml';
import type { GeneratedFile } from '../types';

/** The appender `file` value the v7 docs give, verbatim [V7-LOG]. */
export const log4netHostNameFile = 'App_Data\\Logs\\UmbracoTraceLog.%property{log4net:HostName}.txt';

/** `shared/log4net.config.fragment.xml` (v7, several servers writing one log folder under the same file names). */
export function log4netFile(ctx: PlanContext): GeneratedFile | undefined {
	const { band, plan } = ctx;
	if (band.family !== 'v7' || !ctx.multiServer || !sharesLogFolder(plan) || plan.logging.fileNamePerMachine) return undefined;
	const where = plan.files.strategy === 'central-share' ? 'In the one ~/Config/log4net.config of the shared site folder' : 'In ~/Config/log4net.config on every server';
	return {
		path: 'shared/log4net.config.fragment.xml',
		language: 'xml',
		contents: serializeXml([
			comment('log4net.config fragment for every server: the servers share a log folder, so each must write its own file (rule R48).'),
			comment('In your existing file appender, keep its name, type and other children; replace only its <file> element with this one.'),
			el('log4net', {}, [el('appender', {}, [el('file', { type: 'log4net.Util.PatternString', value: log4netHostNameFile })])]),
		]),
		serverIds: [],
		title: 'log4net.config fragment: a log file per machine',
		apply: `${where}, replace the file appender’s \`<file>\` element with this one, so each server writes a log file named after its host.`,
	};
}
