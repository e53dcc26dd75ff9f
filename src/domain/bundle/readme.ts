/**
 * The bundle's README.md: what is in it, findings, and how to apply it server by server.
 * Every user value goes through the one Markdown writer: names, hosts and the version as
 * code spans, finding messages (sentences with names inside) as escaped text around their
 * code spans. Apply texts come as Markdown from the generators, names already in code spans.
 */
import { markdownCode as code, markdownMessage, markdownUrl } from '../generators/formats/markdown';
import { isSharedSite } from '../generators/shared-site';
import type { GeneratedFile } from '../generators/types';
import { compareCodeUnits } from '../code-unit-order';
import type { Plan } from '../plan/schema';
import type { Finding } from '../rules/types';
import type { VersionBand } from '../versions/bands';
import { getBand } from '../versions/catalogue';
import type { Provenance } from './provenance';

function findingLines(findings: readonly Finding[]): string[] {
	if (findings.length === 0) return ['No findings: the plan passes every rule for this version.', ''];
	const counts = (['error', 'warning', 'info'] as const).map((s) => `${findings.filter((f) => f.severity === s).length} ${s}${s === 'info' ? '' : 's'}`);
	return [
		`${counts.join(', ')}. Fix errors before deploying; each line names its rule.`,
		'',
		...findings.map((f) => `- **${f.severity}** ${f.ruleId}: ${markdownMessage(f.message)}`),
		'',
	];
}

// Files that carry the same settings as the appsettings or web.config fragment, in the form a deployment reads, in README order.
const settingForms: readonly RegExp[] = [
	/^appsettings\.[^/]+\.json$/,
	/^web\.config\.fragment\.xml$/,
	/^Web\.[^/]+\.xdt\.config$/,
	/^azure-app-settings\.json$/,
	/^\.env$/,
	/^compose\.override\.yaml$/,
	/^kubernetes\.patch\.yaml$/,
];

/** One line naming the forms the servers' settings come in, when there is more than one. */
function formsLines(files: readonly GeneratedFile[], band: VersionBand): string[] {
	const rank = (name: string) => settingForms.findIndex((form) => form.test(name));
	// v7/v8 App Service settings hold only the portal-only switches, not a copy of Web.config's.
	const isForm = (name: string) => rank(name) >= 0 && !(band.config === 'web-config' && name === 'azure-app-settings.json');
	const names = [...new Set(files.filter((f) => f.serverIds.length > 0).map((f) => f.path.slice(f.path.lastIndexOf('/') + 1)))].filter(isForm);
	if (names.length < 2) return [];
	names.sort((a, b) => rank(a) - rank(b) || compareCodeUnits(a, b));
	const exceptions = [
		...(names.includes('azure-app-settings.json') ? ['the App Service slot settings and portal switches exist only in `azure-app-settings.json`'] : []),
		...(names.some((n) => /^Web\.[^/]+\.xdt\.config$/.test(n)) ? ['a transform carries only the appSettings, so the machineKey (and session state) stay in `web.config.fragment.xml`'] : []),
	];
	const except = exceptions.length > 0 ? `, except that ${exceptions.join(', and ')} (each file’s instructions below say so)` : '';
	return [`- The same settings in each form a deployment reads: ${names.map((n) => code(n)).join(', ')}. Use one form per server; they hold the same keys and values${except}.`];
}

function serverSection(plan: Plan, files: readonly GeneratedFile[], serverId: string, step: number): string[] {
	const server = plan.servers.find((s) => s.id === serverId)!;
	const own = files.filter((f) => f.serverIds.includes(serverId));
	const shared = files.some((f) => f.serverIds.length === 0);
	const none = isSharedSite(plan) ? '- Nothing of its own: it runs the shared copy of the site.' : `- Nothing of its own${shared ? ': apply the shared files to its copy of the site' : ''}.`;
	return [
		`### ${step}. ${code(server.name)} (${code(server.host)})`,
		'',
		...(own.length > 0 ? own.map((f) => `- ${code(f.path)}: ${f.apply}`) : [none]),
		`- Then tick this server’s steps in ${code('CHECKLIST.md')}.`,
		'',
	];
}

/** Markdown README for a bundle. */
export function bundleReadme(plan: Plan, files: readonly GeneratedFile[], findings: readonly Finding[], provenance: Provenance): string {
	const band = getBand(plan.umbraco);
	const shared = files.filter((f) => f.serverIds.length === 0);
	const lines = [
		`# ${code(plan.name)}: deployment bundle`,
		'',
		`Umbraco ${code(plan.umbraco)} (${band.id}), ${plan.servers.length} server${plan.servers.length === 1 ? '' : 's'}, public host ${code(plan.loadBalancer.publicHost)}.`,
		'',
		'## What is here',
		'',
		isSharedSite(plan)
			? `- ${code('servers/<id>/')}: only what differs per server (set on the machine itself, or pinned in code); the servers run one shared copy of the site.`
			: `- ${code('servers/<id>/')}: the configuration each server needs, and nothing more.`,
		...formsLines(files, band),
		...(shared.length > 0 ? [`- ${code('shared/')}: code and files used by several servers.`] : []),
		`- ${code('CHECKLIST.md')} (and ${code('checklist.json')}): every step, why it matters and the rule it satisfies.`,
		`- ${code('diagram.svg')}: the topology. ${code('plan.json')}: the plan these files came from; open it again in the planner or with ${code('lbplan')}.`,
		'',
		'## Findings',
		'',
		...findingLines(findings),
		'## Apply it, server by server',
		'',
		...(isSharedSite(plan) ? ['The servers run one copy of the site from the central share: apply the shared files once, to that copy. A server’s own files are set on that machine (or pinned in code), never as a second copy of the site.', ''] : []),
		...(shared.length > 0 ? ['Shared files first:', '', ...shared.map((f) => `- ${code(f.path)}: ${f.apply}`), ''] : []),
		...plan.servers.flatMap((server, i) => serverSection(plan, files, server.id, i + 1)),
		'## Provenance',
		'',
		`Made by ${provenance.tool} with rule set ${provenance.ruleSet} for Umbraco ${code(provenance.umbraco)}. Files with comments carry this line at the top; JSON files cannot, so they are listed in ${code('provenance.json')}.`,
		'',
		`Reopen the plan: ${markdownUrl(provenance.permalink)}`,
		'',
	];
	return lines.join('\n');
}
