/**
 * Named lists of version bands for the `bands` field of rules. Each list is written once, from
 * the catalogue's band order, so no rule spells a version range by hand.
 */
import { versionBandIds, versionBands, type VersionBand, type VersionBandId } from '../versions/bands';

/**
 * The bands from `first` to `last` (both included), in release order.
 *
 * @example bandsBetween('v9.0-9.3', 'v10-13') // ['v9.0-9.3', 'v9.4-9.5', 'v10-13']
 */
export function bandsBetween(first: VersionBandId, last: VersionBandId = versionBandIds[versionBandIds.length - 1]!): VersionBandId[] {
	return versionBandIds.slice(versionBandIds.indexOf(first), versionBandIds.indexOf(last) + 1);
}

/**
 * The bands where `test` holds, in release order: for facts that arrive in 17 and 18 as a pair
 * (17.7 and 18.2 …), so a rule names the fact instead of two version ranges.
 *
 * @example bandsWhere((band) => band.instructionsWithoutMainDom === 'lost')
 */
export function bandsWhere(test: (band: VersionBand) => boolean): VersionBandId[] {
	return versionBands.filter(test).map((band) => band.id);
}

/** Every band, 7.0 to the newest. */
export const allBands: readonly VersionBandId[] = versionBandIds;
/** Umbraco 7 (both the traditional and the flexible band). */
export const v7Bands: readonly VersionBandId[] = bandsBetween('v7.0-7.2', 'v7.3+');
/** Flexible load balancing: 7.3 on (roles, election, the instruction queue) [V7-FLEX]. */
export const flexibleBands: readonly VersionBandId[] = bandsBetween('v7.3+');
/** web.config-era versions: all of v7 and v8. */
export const webConfigBands: readonly VersionBandId[] = bandsBetween('v7.0-7.2', 'v8.12+');
/** Umbraco 8. */
export const v8Bands: readonly VersionBandId[] = bandsBetween('v8.0-8.5', 'v8.12+');
/** Umbraco 8 and later. */
export const v8PlusBands: readonly VersionBandId[] = bandsBetween('v8.0-8.5');
/** appsettings-era versions: 9 on. */
export const v9PlusBands: readonly VersionBandId[] = bandsBetween('v9.0-9.3');
/** Umbraco 10 and later (the 10–13 band; rules needing 13+ check the version). */
export const v10PlusBands: readonly VersionBandId[] = bandsBetween('v10-13');
/** Umbraco 14 and later. */
export const v14PlusBands: readonly VersionBandId[] = bandsBetween('v14-16');
/** Umbraco 17 and later (18, and 19 as a preview). */
export const v17Bands: readonly VersionBandId[] = bandsBetween('v17.0-17.2');
/** Every band before 17. */
export const before17Bands: readonly VersionBandId[] = bandsBetween('v7.0-7.2', 'v14-16');
