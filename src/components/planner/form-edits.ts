/**
 * How the property forms change the design: one undoable edit per committed field, with a
 * sentence naming the field and the part, and the role names of the design's version.
 */
import type { PlanDraft } from '../../domain/plan/draft';
import { setAt } from '../../domain/plan/edit';
import { findBand, officialRoleName } from '../../domain/versions/catalogue';
import type { BuilderState } from './builder.svelte';
import { fieldsAt, validateFieldValue, type FieldPath, type OptionLabeler } from './form/field-descriptors';
import { humanizeValue, labelFor } from './form/field-labels';

/** The value as the form showed it: a select's option label (a role's official name), else the value itself. */
function describeValue(state: BuilderState, path: FieldPath, value: unknown): string {
	if (value === undefined) return 'the default';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value !== 'string') return String(value);
	const field = fieldsAt(path.slice(0, -1), versionOptionLabels(state.draft.umbraco)).find((f) => f.key === path.at(-1));
	const option = field?.options?.find((o) => o.value === value);
	return `“${option?.label ?? value}”`;
}

/** Which part a path belongs to, for the sentence: `servers[1]` → its name. */
function ownerOf(draft: PlanDraft, path: FieldPath): string {
	if (path[0] === 'servers' && typeof path[1] === 'number') return ` of ${draft.servers[path[1]]?.name ?? 'the server'}`;
	return '';
}

/** Commits a field value as one undoable edit. */
export function commitField(state: BuilderState, path: FieldPath, value: unknown): void {
	const next = setAt(state.draft, path, value);
	state.edit(`Set ${lowerFirst(labelFor(path))}${ownerOf(state.draft, path)} to ${describeValue(state, path, value)}`, next);
}

/** Why a value cannot be written at `path`, or undefined. */
export function checkField(state: BuilderState, path: FieldPath, value: unknown): string | undefined {
	return validateFieldValue(state.draft, path, value);
}

/** Option names that depend on the design's version: roles with their official names. */
export function versionOptionLabels(version: string): OptionLabeler {
	const band = findBand(version);
	return (path, value) => {
		if (path.at(-1) !== 'role' || !band) return undefined;
		if (value === 'elected') return 'Elected automatically';
		if (value === 'publisher' || value === 'subscriber') return `${officialRoleName(band, value)} (pinned)`;
		if (value === 'single') return 'Single (election off)';
		return humanizeValue(value);
	};
}

/** "Sticky sessions" → "sticky sessions", but "umbracoUseSSL" and "HTTPS only" stay as they are. */
// Names keep their capital in the middle of a sentence ("Set Umbraco version to …").
const properNames = /^(Umbraco|Azure|Engage|Redis|Examine|Cockpit|OpenID|MainDom|SignalR|Seq)\b/;

function lowerFirst(label: string): string {
	return /^[A-Z][a-z]/.test(label) && !properNames.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
