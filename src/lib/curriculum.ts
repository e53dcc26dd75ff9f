/**
 * The units of the course, in reading order. A lesson names its unit in frontmatter
 * (`unit: files`); the content schema only accepts ids listed here, so a new unit is one
 * entry in this array plus a folder under `content/lessons/`.
 */

export interface Unit {
	readonly id: string;
	readonly title: string;
	/** One sentence for the home page and the lesson index. */
	readonly summary: string;
}

export const units = [
	{
		id: 'foundations',
		title: 'Foundations',
		summary: 'What changes when Umbraco runs on more than one server, and how the servers stay in step.',
	},
	{
		id: 'roles',
		title: 'Server roles and scheduling',
		summary: 'Admin and front-end servers, role election, pinned roles and the application URL.',
	},
	{
		id: 'files',
		title: 'Files, media and indexes',
		summary: 'Where code, media, temporary files and Examine indexes live on a farm.',
	},
	{
		id: 'keys-and-state',
		title: 'Keys, sessions and caches',
		summary: 'Machine keys, Data Protection, session state and the distributed cache.',
	},
	{
		id: 'azure',
		title: 'Azure Web Apps',
		summary: 'Scaling out on App Service: MainDom locks, local temp storage and index factories.',
	},
	{
		id: 'operations',
		title: 'Operating the farm',
		summary: 'Unattended upgrades, health probes, machine identity and diagnosing the failures farms really hit.',
	},
	{
		id: 'backoffice',
		title: 'Load-balancing the backoffice (v17+)',
		summary: 'Every node an admin server: roles, SignalR, isolated caches and distributed jobs.',
	},
	{
		id: 'legacy',
		title: 'Legacy versions: v7 and v8',
		summary: 'Traditional and flexible load balancing in v7, Master and Replica in v8, and the releases not to load balance.',
	},
	{
		id: 'engage',
		title: 'Umbraco Engage',
		summary: 'Analytics processing, cockpit access and sticky sessions on CM/CD setups.',
	},
] as const satisfies readonly Unit[];

export type UnitId = (typeof units)[number]['id'];

/** Unit ids as a non-empty tuple, for `z.enum`. */
export const unitIds = units.map((u) => u.id) as [UnitId, ...UnitId[]];
