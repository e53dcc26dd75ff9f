/** Assembles the checklist of a plan: groups in a fixed order, one server section per server. */
import { generateFiles } from '../generators/generate';
import type { Plan } from '../plan/schema';
import { getBand } from '../versions/catalogue';
import { parseVersion } from '../versions/version';
import { planSteps } from './plan-items';
import { serverSteps } from './server-items';
import { checklistGroupIds, type Checklist, type ChecklistGroup, type ChecklistGroupId } from './types';

const groupTitles: Record<ChecklistGroupId, string> = {
	infrastructure: 'Infrastructure',
	servers: 'Each server',
	database: 'Database',
	files: 'Files',
	keys: 'Keys',
	caches: 'Caches and sessions',
	logging: 'Logging',
	staging: 'Staging and testing',
	upgrades: 'Upgrades',
	engage: 'Umbraco Engage',
};

/** The ordered, grouped checklist for a validated plan. Empty groups are left out. */
export function buildChecklist(plan: Plan): Checklist {
	const band = getBand(plan.umbraco);
	const version = parseVersion(plan.umbraco)!;
	const byGroup = planSteps(plan, band, version);
	// Steps name the bundle's files, so they come from the same generator run's paths.
	const paths = generateFiles(plan).map((f) => f.path);
	byGroup.servers = plan.servers.flatMap((server) => serverSteps(plan, band, version, server, paths));
	const groups: ChecklistGroup[] = checklistGroupIds
		.map((id) => ({ id, title: groupTitles[id], items: byGroup[id] ?? [] }))
		.filter((group) => group.items.length > 0);
	return { plan: plan.name, umbraco: plan.umbraco, groups };
}
