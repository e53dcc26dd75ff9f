/**
 * Lessons that teach the rules, by slug. Some are still being written; a rule names the
 * lesson it belongs to so the planner can link "learn why" as soon as the lesson exists.
 */
export const lessonSlugs = [
	'how-load-balancing-works',
	'traditional-load-balancing-v7',
	'scheduling-server-election',
	'pinning-server-roles',
	'the-application-url',
	'three-ways-to-host-the-files',
	'temp-and-examine-indexes',
	'media-storage',
	'machine-keys-and-data-protection',
	'sessions-and-distributed-cache',
	'azure-web-apps-scale-out',
	'maindom-locks',
	'logging-on-a-farm',
	'unattended-upgrades',
	'staging-and-testing',
	'load-balancing-the-backoffice',
	'signalr-and-sticky-sessions',
	'distributed-jobs',
	'engage-cm-cd',
] as const;

export type LessonSlug = (typeof lessonSlugs)[number];
