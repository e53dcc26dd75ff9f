/**
 * Scenario links: a scenario file v1 compressed into the URL fragment of the simulator page,
 * so nothing is sent to a server. Format: `#scenario=<formatVersion>.<base64url(deflate(JSON))>`,
 * as plan links (`domain/plan/share-link.ts`). A link is checked against `scenarioLimits`
 * before each step: its length, then the inflated size (inflating stops past it), then the
 * text (size, depth) and the scenario itself, so a crafted link costs no more than the limits.
 */
import { encodeFragment, readFragment } from '../../domain/links/fragment-codec';
import { parseScenarioJson } from './parse-scenario-json';
import { formatIssue, type ScenarioIssue } from './scenario-issues';
import { scenarioLimits } from './scenario-limits';
import type { Scenario } from './scenario-types';
import { validateScenario } from './validate-scenario';

const fragmentKey = 'scenario';

/** A decoded link: the validated scenario and the document exactly as shared; or why not. */
export type ScenarioLinkResult =
	| { readonly ok: true; readonly scenario: Scenario; readonly input: unknown; readonly warnings: readonly ScenarioIssue[] }
	| { readonly ok: false; readonly message: string };

/**
 * The URL fragment (without `#`) that carries a scenario document as written; decoding it
 * gives back that document, and re-encoding that gives the same fragment.
 *
 * @throws TypeError when `input` has no JSON form (`undefined`, a function).
 * @example encodeScenarioFragment({ umbraco: '13.5.2', servers: [{ id: 'A', start: 0 }], until: 120 }) // 'scenario=1.q1YqzU0q…'
 */
export function encodeScenarioFragment(input: unknown): string {
	const json = JSON.stringify(input) as string | undefined;
	if (json === undefined) throw new TypeError('a scenario link carries a JSON document');
	return encodeFragment(fragmentKey, json);
}

/** `servers[0].id: …; until: …`, at most three, for a one-line message. */
function summarize(issues: readonly ScenarioIssue[]): string {
	const shown = issues.slice(0, 3).map(formatIssue).join('; ');
	return issues.length > 3 ? `${shown}; and ${issues.length - 3} more` : shown;
}

/**
 * Decodes a fragment (with or without `#`); every failure is a message, never a throw. The ok
 * result carries the validated `scenario` and the shared document as `input`.
 */
export function decodeScenarioFragment(fragment: string): ScenarioLinkResult {
	const fail = (message: string): ScenarioLinkResult => ({ ok: false, message: `scenario link: ${message}` });
	const link = readFragment(fragment, fragmentKey, scenarioLimits);
	if (!link.ok) return fail(link.message);
	const parsed = parseScenarioJson(link.text);
	if (!parsed.ok) return fail(parsed.issue.message);
	const result = validateScenario(parsed.value);
	if (!result.ok) return fail(`not a valid scenario: ${summarize(result.issues)}`);
	return { ok: true, scenario: result.scenario, input: parsed.value, warnings: result.warnings };
}
