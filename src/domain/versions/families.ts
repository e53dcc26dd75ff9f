/**
 * Umbraco version families: the bands the site teaches by and the reader picks in the
 * version switcher. Finer bands that change behaviour (7.0–7.2, 8.6.4+, 17.4 …) belong
 * to the version catalogue; every one of them falls inside exactly one family.
 */

/** Family ids in release order. Used as data attributes, so they stay URL- and CSS-safe. */
export const versionFamilyIds = ['v7', 'v8', 'v9-13', 'v14-16', 'v17'] as const;

/** One version family id, e.g. `'v9-13'`. */
export type VersionFamilyId = (typeof versionFamilyIds)[number];

/** What a reader sees for a family. */
export interface VersionFamily {
	readonly id: VersionFamilyId;
	/** Short label for buttons and badges, e.g. `v9–13`. */
	readonly label: string;
	/** Longer label for lists and screen readers. */
	readonly name: string;
	/** Official names of the admin and front-end roles in this family. */
	readonly roleNames: { readonly publisher: string; readonly subscriber: string };
}

// Role names: v7 Master/Slave, v8 Master/Replica, v9+ SchedulingPublisher/Subscriber
// [SRC-ROLE] [PR-DOCS-2274] [PR-10480].
export const versionFamilies: readonly VersionFamily[] = [
	{ id: 'v7', label: 'v7', name: 'Umbraco 7', roleNames: { publisher: 'Master', subscriber: 'Slave' } },
	{ id: 'v8', label: 'v8', name: 'Umbraco 8', roleNames: { publisher: 'Master', subscriber: 'Replica' } },
	{
		id: 'v9-13',
		label: 'v9–13',
		name: 'Umbraco 9 to 13',
		roleNames: { publisher: 'SchedulingPublisher', subscriber: 'Subscriber' },
	},
	{
		id: 'v14-16',
		label: 'v14–16',
		name: 'Umbraco 14 to 16',
		roleNames: { publisher: 'SchedulingPublisher', subscriber: 'Subscriber' },
	},
	{
		id: 'v17',
		label: 'v17+',
		name: 'Umbraco 17 and later',
		roleNames: { publisher: 'SchedulingPublisher', subscriber: 'Subscriber' },
	},
];

/** Tells whether a string is a known family id. */
export function isVersionFamilyId(value: unknown): value is VersionFamilyId {
	return typeof value === 'string' && (versionFamilyIds as readonly string[]).includes(value);
}

/** Returns the family with that id. */
export function getVersionFamily(id: VersionFamilyId): VersionFamily {
	const family = versionFamilies.find((f) => f.id === id);
	if (!family) throw new Error(`Unknown version family "${id}"`);
	return family;
}

/**
 * Reads a list of family ids written by an author, e.g. `"v9-13 v14-16"`.
 * Throws with the offending word, so a typo in a lesson fails the build.
 *
 * @example parseVersionFamilies('v8 v9-13') // ['v8', 'v9-13']
 */
export function parseVersionFamilies(input: string | readonly string[]): VersionFamilyId[] {
	const words = typeof input === 'string' ? input.split(/[\s,]+/).filter(Boolean) : [...input];
	if (words.length === 0) throw new Error('Expected at least one version family');
	const unknown = words.filter((w) => !isVersionFamilyId(w));
	if (unknown.length > 0) {
		throw new Error(
			`Unknown version famil${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((w) => `"${w}"`).join(', ')}; ` +
				`expected one of ${versionFamilyIds.join(', ')}`
		);
	}
	// Keep release order and drop repeats, whatever order the author used.
	return versionFamilyIds.filter((id) => words.includes(id));
}

/** Formats family ids for people, e.g. `['v8', 'v9-13']` → `v8, v9–13`. */
export function formatVersionFamilies(ids: readonly VersionFamilyId[]): string {
	return ids.map((id) => getVersionFamily(id).label).join(', ');
}
