/**
 * The plans offered by the planner and `lbplan new --preset`: designs to start from, then
 * the designs to repair (`purpose: 'repair'`).
 */
import { v13Azure, v13CentralShare, v16Containers, v7IisDfs, v8Azure } from './classic';
import { repairPresets } from './repair';
import type { Preset } from './types';
import { engageV13, engageV17, v17StatelessAzure, v17StickyRedis } from './v17-and-engage';

export type { Preset, PresetPurpose } from './types';

export const presets: readonly Preset[] = [
	v7IisDfs,
	v8Azure,
	v13CentralShare,
	v13Azure,
	v16Containers,
	v17StickyRedis,
	v17StatelessAzure,
	engageV13,
	engageV17,
	...repairPresets,
];

/** The preset with that id, or undefined. */
export function findPreset(id: string): Preset | undefined {
	return presets.find((preset) => preset.id === id);
}
