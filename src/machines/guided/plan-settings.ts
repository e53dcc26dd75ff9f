/**
 * A plan's custom `DatabaseServerMessenger` options → scenario settings. A plan sets them per
 * server; a scenario has one value for the whole farm, so differing values are reported.
 */
import type { Plan } from '../../domain/plan/schema';
import type { SimulationSettings } from '../settings';

type Messenger = NonNullable<Plan['servers'][number]['settings']['messenger']>;

type NumberSetting = { [K in keyof SimulationSettings]: SimulationSettings[K] extends number ? K : never }[keyof SimulationSettings];

// Which scenario setting each messenger option sets, and how its unit converts to seconds or counts.
const mapping: readonly [keyof Messenger, NumberSetting, (value: number) => number][] = [
	['syncSeconds', 'syncPeriod', (seconds) => Math.max(1, seconds)],
	['retainHours', 'retainInstructions', (hours) => hours * 3600],
	['maxProcessingInstructions', 'maxProcessingInstructionCount', (count) => count],
	['pruneSeconds', 'pruneThrottle', (seconds) => Math.max(1, seconds)],
];

/** The scenario settings a plan's servers ask for, and what had to be simplified. */
export function planSettings(plan: Plan): { readonly settings: Partial<SimulationSettings>; readonly notes: string[] } {
	const settings: Partial<Record<NumberSetting, number>> = {};
	const notes: string[] = [];
	for (const [option, setting, convert] of mapping) {
		const values = plan.servers.flatMap((server) => {
			const value = server.settings.messenger?.[option];
			return value === undefined ? [] : [{ server: server.id, value }];
		});
		const first = values[0];
		if (!first) continue;
		settings[setting] = convert(first.value);
		const distinct = new Set(values.map((entry) => entry.value));
		const who = values.length === plan.servers.length ? 'every server' : `every server (set on ${values.map((entry) => entry.server).join(', ')})`;
		notes.push(
			distinct.size > 1
				? `Messenger option ${option} differs between servers; the simulation uses ${first.value} from ${first.server} for all of them.`
				: `Messenger option ${option} = ${first.value} applies to ${who} in the simulation.`,
		);
		if (convert(first.value) !== first.value && option !== 'retainHours') notes.push(`${option} below 1 second was raised to 1 second.`);
	}
	return { settings, notes };
}
