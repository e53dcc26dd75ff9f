/**
 * The precomputed layouts of the server process's statechart and its loops' (`touch`,
 * `sync`, `jobs`), written by `npm run statecharts`: the inspector draws these and never
 * loads ELK. Import this module only where a chart is drawn; it carries the whole file.
 */
import layouts from './statechart-layouts.json';
import type { StatechartLayout } from './statechart-types';

/** Which chart: the process or one of its children, by actor id. */
export type StatechartLayoutKey = 'process' | 'touch' | 'sync' | 'jobs';

/** The four laid-out charts. */
export const statechartLayouts = layouts as Readonly<Record<StatechartLayoutKey, StatechartLayout>>;
