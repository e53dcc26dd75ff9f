/**
 * Logging rules R48–R50: machine-specific log file names when servers share a log folder,
 * and a central sink for a farm.
 */
import { isMultiServer, sharesLogFolder } from '../../plan/queries';
import { v14PlusBands, v7Bands, v8PlusBands } from '../band-sets';
import { atLeast, logsFolder } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

/** Servers write to one log folder under the same file names. */
function sharedFileNameHits({ plan }: RuleContext, message: string): RuleHit[] {
	if (!isMultiServer(plan) || !sharesLogFolder(plan) || plan.logging.fileNamePerMachine) return [];
	return [{ servers: plan.servers.map((s) => s.id), path: 'logging.fileNamePerMachine', message }];
}

const R48: Rule = {
	id: 'R48',
	severity: 'warning',
	bands: v7Bands,
	summary: 'v7 servers sharing a log folder need log4net file names with `%property{log4net:HostName}`.',
	why: 'Two servers appending to the same log file lock it: one of them loses its log lines. Later 7.x versions ship the machine name in the default file name (exact version UNVERIFIED).',
	fix: 'In the log4net config, make the file appender\'s `file` a `log4net.Util.PatternString` that contains `%property{log4net:HostName}`, e.g. `App_Data\\Logs\\UmbracoTraceLog.%property{log4net:HostName}.txt`.',
	sources: ['V7-LOG', 'PR-815'],
	certainty: 'documented',
	lesson: 'logging-on-a-farm',
	check(context: RuleContext): RuleHit[] {
		return sharedFileNameHits(
			context,
			'The servers share a log folder but their log4net file names do not include the machine: use a `log4net.Util.PatternString` file name with `%property{log4net:HostName}`.'
		);
	},
};

const R49: Rule = {
	id: 'R49',
	severity: 'warning',
	bands: v14PlusBands,
	summary: 'v16+: a custom `Logging:FileNameFormat` / `FileNameFormatArguments` without `MachineName` makes servers that share a log folder write the same files (DERIVED).',
	why: 'From 16.0 the log file name is configurable; the default includes `MachineName`. Without it, servers sharing `Umbraco:CMS:Logging:Directory` append to the same file. DERIVED from the settings reference, not stated in the docs.',
	fix: 'Keep `MachineName` in `Umbraco:CMS:Logging:FileNameFormatArguments` (default `UmbracoTraceLog.{0}..json` with `MachineName`), or give each server its own log directory.',
	sources: ['D16-LOGSET', 'PR-19074'],
	certainty: 'derived',
	lesson: 'logging-on-a-farm',
	check(context: RuleContext): RuleHit[] {
		if (!atLeast(context.version, [16, 0, 0])) return [];
		return sharedFileNameHits(
			context,
			'The servers share a log folder but their file names do not include the machine: keep `MachineName` in `Umbraco:CMS:Logging:FileNameFormatArguments` (used by `FileNameFormat`).'
		);
	},
};

const R50: Rule = {
	id: 'R50',
	severity: 'info',
	bands: v8PlusBands,
	summary: 'Consider a central Serilog sink (Application Insights, Elmah.io) so a farm\'s logs can be read in one place.',
	why: 'Each server writes its own log files; finding one request\'s trail means opening every server\'s logs.',
	fix: 'Add a Serilog sink such as Application Insights or Elmah.io to every server.',
	sources: ['V8-LOG', 'D16-LOG', 'D17-README'],
	certainty: 'documented',
	lesson: 'logging-on-a-farm',
	check({ plan, version }: RuleContext): RuleHit[] {
		if (!isMultiServer(plan) || plan.logging.centralSink !== 'none' || sharesLogFolder(plan)) return [];
		return [{ path: 'logging.centralSink', message: `Each server keeps its own logs in ${logsFolder(version)}; consider a central Serilog sink such as Application Insights or Elmah.io.` }];
	},
};

/** Logging rules. */
export const loggingRules: readonly Rule[] = [R48, R49, R50];
