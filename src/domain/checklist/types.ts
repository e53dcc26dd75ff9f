/** The deployment checklist: what to do, on which server, why, and which rule it satisfies. */

export const checklistGroupIds = [
	'infrastructure',
	'servers',
	'database',
	'files',
	'keys',
	'caches',
	'logging',
	'staging',
	'upgrades',
	'engage',
] as const;

export type ChecklistGroupId = (typeof checklistGroupIds)[number];

export interface ChecklistItem {
	/** Stable id within the checklist, e.g. `servers.web-1.role`. */
	readonly id: string;
	readonly group: ChecklistGroupId;
	/** Server the step is for; absent for plan-wide steps. */
	readonly server?: string;
	/** The step, imperative. */
	readonly text: string;
	readonly why: string;
	/** Fact-sheet source keys. */
	readonly sources: readonly string[];
	/** Catalogue rule the step satisfies. */
	readonly rule?: string;
}

export interface ChecklistGroup {
	readonly id: ChecklistGroupId;
	readonly title: string;
	readonly items: readonly ChecklistItem[];
}

export interface Checklist {
	readonly plan: string;
	readonly umbraco: string;
	readonly groups: readonly ChecklistGroup[];
}
