/** Umbraco version numbers: parse, compare and format `major.minor.patch`. */

/** `[major, minor, patch]`. */
export type VersionTuple = readonly [number, number, number];

const versionPattern = /^(\d{1,2})\.(\d{1,3})(?:\.(\d{1,4}))?(?:-[0-9A-Za-z.-]+)?$/;

/**
 * Reads an exact version such as `"13.5.2"` (patch optional, a pre-release suffix is
 * ignored). Returns undefined for anything else.
 *
 * @example parseVersion('8.6.4') // [8, 6, 4]
 */
export function parseVersion(text: string): VersionTuple | undefined {
	const match = versionPattern.exec(text.trim());
	if (!match) return undefined;
	return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** Negative when `a` is older than `b`, 0 when equal, positive when newer. */
export function compareVersions(a: VersionTuple, b: VersionTuple): number {
	return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Tells whether `v` lies in `[from, to)`; an absent `to` is open-ended. */
export function isInRange(v: VersionTuple, from: VersionTuple, to?: VersionTuple): boolean {
	return compareVersions(v, from) >= 0 && (to === undefined || compareVersions(v, to) < 0);
}

/** `[13, 5, 2]` → `"13.5.2"`. */
export function formatVersion(v: VersionTuple): string {
	return v.join('.');
}
