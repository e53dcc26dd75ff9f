/**
 * A cheat sheet per version family: what to configure on which server, built from the same
 * domain data as the planner (a reference design's checklist) and the rules that apply to
 * the family's releases. Build-time only; pure.
 */
import { buildChecklist } from '../domain/checklist/build-checklist';
import type { ChecklistItem } from '../domain/checklist/types';
import { validatePlan } from '../domain/plan/parse';
import type { Plan } from '../domain/plan/schema';
import { findPreset, type Preset } from '../domain/presets/index';
import { ruleLessonHref } from '../domain/rules/lessons';
import { allRules } from '../domain/rules/index';
import type { Rule, Severity } from '../domain/rules/types';
import { versionBands } from '../domain/versions/bands';
import { getVersionFamily, type VersionFamily, type VersionFamilyId } from '../domain/versions/families';

/** The design each sheet is worked from: a realistic preset of that family. */
const referenceDesigns: Record<VersionFamilyId, string> = {
	v7: 'v7-iis-dfs',
	v8: 'v8-azure',
	'v9-13': 'v13-central-share',
	'v14-16': 'v16-containers',
	v17: 'v17-lb-backoffice-sticky-redis',
};

export interface CheatSheetSection {
	/** "Every server", a server's name, or a plan-wide group ("Database", "Files", …). */
	readonly title: string;
	readonly items: readonly ChecklistItem[];
}

export interface CheatSheetRule {
	readonly id: string;
	readonly severity: Severity;
	readonly summary: string;
	readonly href: string;
}

export interface CheatSheet {
	readonly family: VersionFamily;
	readonly design: Preset;
	readonly plan: Plan;
	/** Releases of the family where behaviour changes, e.g. "8.6.4 – 8.9". */
	readonly bands: readonly string[];
	/** Per-server steps first (one section per server), then plan-wide groups. */
	readonly sections: readonly CheatSheetSection[];
	/** Rules that apply to at least one release of the family, errors first. */
	readonly rules: readonly CheatSheetRule[];
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A version without a trailing ".0" patch: 8.6.4, 17.3. */
const short = ([major, minor, patch]: readonly number[]) => (patch ? `${major}.${minor}.${patch}` : `${major}.${minor}`);

/** The releases a band covers, e.g. "8.6.4 – 8.9", "17.3", "17.4.2 – 17.4.x", "18.3 – 18.x". */
export function bandLabel(band: (typeof versionBands)[number]): string {
	const from = short(band.from);
	if (band.preview) return `${from} (preview)`;
	const [major, minor, patch] = band.to;
	const last = patch > 0 ? `${major}.${minor}.${patch - 1}` : minor > 0 ? `${major}.${minor - 1}` : `${major - 1}.x`;
	if (from === last) return from;
	// From a patch release to the end of its minor line.
	if (band.from[2] > 0 && last === `${band.from[0]}.${band.from[1]}`) return `${from} – ${last}.x`;
	return `${from} – ${last}`;
}

/** The cheat sheet of a family. Throws if its reference design is not a valid plan (a build error). */
export function cheatSheet(familyId: VersionFamilyId, publishedLessons: readonly string[]): CheatSheet {
	const family = getVersionFamily(familyId);
	const design = findPreset(referenceDesigns[familyId]);
	if (!design) throw new Error(`cheat sheet ${familyId}: no preset ${referenceDesigns[familyId]}`);
	const parsed = validatePlan(design.plan);
	if (!parsed.ok) throw new Error(`cheat sheet ${familyId}: preset ${design.id} is not a valid plan`);
	const plan = parsed.plan;
	const checklist = buildChecklist(plan);
	const serverItems = checklist.groups.find((group) => group.id === 'servers')?.items ?? [];
	const sections: CheatSheetSection[] = [
		...plan.servers.map((server) => ({ title: server.name, items: serverItems.filter((item) => item.server === server.id) })),
		...checklist.groups.filter((group) => group.id !== 'servers').map((group) => ({ title: group.title, items: group.items })),
	].filter((section) => section.items.length > 0);
	const bands = versionBands.filter((band) => band.family === familyId);
	const bandIds = new Set(bands.map((band) => band.id as string));
	const rules = allRules
		.filter((rule: Rule) => rule.bands.some((band) => bandIds.has(band)))
		.map((rule) => ({ id: rule.id, severity: rule.severity, summary: rule.summary, href: ruleLessonHref(rule, publishedLessons) }))
		.toSorted((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.id.localeCompare(b.id));
	return { family, design, plan, bands: bands.map(bandLabel), sections, rules };
}
