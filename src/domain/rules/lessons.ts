/**
 * Lessons that teach the rules, by slug. Some are still being written; a rule names the
 * lesson it belongs to so the planner can link "learn why" as soon as the lesson exists.
 */
export const lessonSlugs = [
	'how-load-balancing-works',
	'the-instruction-flow',
	'what-a-farm-needs',
	'scheduling-server-election',
	'pinning-server-roles',
	'the-application-url',
	'three-ways-to-host-the-files',
	'media-storage',
	'temp-and-examine-indexes',
	'logging-on-a-farm',
	'machine-keys-and-data-protection',
	'sessions-and-distributed-cache',
	'custom-caches-and-cache-refreshers',
	'maindom-locks',
	'azure-web-apps-scale-out',
	'unattended-upgrades',
	'health-probes-and-machine-identity',
	'diagnosing-a-farm',
	'load-balancing-the-backoffice',
	'signalr-and-sticky-sessions',
	'distributed-jobs',
	'traditional-load-balancing-v7',
	'v8-master-replica',
	'engage-cm-cd',
] as const;

export type LessonSlug = (typeof lessonSlugs)[number];

/**
 * Where a rule is taught today: the lesson (published or not) and the heading id of the
 * section that explains it. A rule's own `lesson` names the lesson meant to teach it, which
 * may not be written yet; this map points at text that exists now, and a unit test checks
 * every entry against the headings in `content/lessons`.
 */
export const ruleSections: Readonly<Record<string, { readonly lesson: LessonSlug; readonly section: string }>> = {
	R01: { lesson: 'load-balancing-the-backoffice', section: 'before-umbraco-17-one-backoffice-server' },
	R02: { lesson: 'load-balancing-the-backoffice', section: 'pin-the-roles-and-version-the-caches' },
	R07: { lesson: 'load-balancing-the-backoffice', section: 'why-it-needs-umbraco-17' },
	R08: { lesson: 'traditional-load-balancing-v7', section: 'two-models-in-one-major-version' },
	R09: { lesson: 'traditional-load-balancing-v7', section: 'leave-distributedcall-disabled' },
	R10: { lesson: 'traditional-load-balancing-v7', section: 'the-distributedcall-configuration' },
	R13: { lesson: 'v8-master-replica', section: 'messenger-options-in-800-and-801' },
	R15: { lesson: 'scheduling-server-election', section: 'why-the-docs-recommend-pinning-roles' },
	R16: { lesson: 'pinning-server-roles', section: 'exactly-one-scheduling-server' },
	R17: { lesson: 'pinning-server-roles', section: 'dont-pin-every-server-as-a-subscriber' },
	R20: { lesson: 'the-application-url', section: 'set-the-url-explicitly' },
	R21: { lesson: 'the-application-url', section: 'two-formats-with-and-without-the-umbraco-path' },
	R22: { lesson: 'the-application-url', section: 'two-formats-with-and-without-the-umbraco-path' },
	R65: { lesson: 'how-load-balancing-works', section: 'tuning-the-sync-loop' },
	R66: { lesson: 'what-a-farm-needs', section: 'one-database-server-every-server-reaches' },
	R67: { lesson: 'distributed-jobs', section: 'read-only-databases' },
	R71: { lesson: 'distributed-jobs', section: '174-and-175-recurring-jobs-that-never-run' },
	R73: { lesson: 'health-probes-and-machine-identity', section: 'what-to-set-per-instance' },
	R76: { lesson: 'what-a-farm-needs', section: 'one-database-server-every-server-reaches' },
	R77: { lesson: 'what-a-farm-needs', section: 'one-database-server-every-server-reaches' },
	R79: { lesson: 'pinning-server-roles', section: 'read-only-database-logins' },
	R80: { lesson: 'distributed-jobs', section: 'scheduled-publishing-period-and-aligntoclock' },
	R81: { lesson: 'distributed-jobs', section: 'settings-that-arrive-with-a-version' },
	R05: { lesson: 'load-balancing-the-backoffice', section: 'temporary-file-uploads-on-shared-storage' },
	R29: { lesson: 'azure-web-apps-scale-out', section: 'one-file-system-many-instances' },
	R30: { lesson: 'azure-web-apps-scale-out', section: 'examine-on-app-service' },
	R31: { lesson: 'azure-web-apps-scale-out', section: 'examine-on-app-service' },
	R32: { lesson: 'maindom-locks', section: 'the-right-lock-for-each-version-on-azure' },
	R35: { lesson: 'maindom-locks', section: 'the-right-lock-for-each-version-on-azure' },
	R36: { lesson: 'maindom-locks', section: 'the-right-lock-for-each-version-on-azure' },
	R39: { lesson: 'azure-web-apps-scale-out', section: 'why-the-admin-app-stays-at-one-instance' },
	R40: { lesson: 'azure-web-apps-scale-out', section: 'two-apps-two-plans-one-region' },
	R41: { lesson: 'azure-web-apps-scale-out', section: 'run-from-package-is-not-supported' },
	R68: { lesson: 'azure-web-apps-scale-out', section: 'machine-names-change' },
	R42: { lesson: 'three-ways-to-host-the-files', section: 'option-2-file-replication' },
	R43: { lesson: 'three-ways-to-host-the-files', section: 'option-2-file-replication' },
	R44: { lesson: 'three-ways-to-host-the-files', section: 'option-2-file-replication' },
	R45: { lesson: 'three-ways-to-host-the-files', section: 'option-3-a-central-share' },
	R46: { lesson: 'three-ways-to-host-the-files', section: 'option-3-a-central-share' },
	R82: { lesson: 'three-ways-to-host-the-files', section: 'option-3-a-central-share' },
	R47: { lesson: 'media-storage', section: 'standalone-servers-need-shared-media-storage' },
	R56: { lesson: 'engage-cm-cd', section: 'one-server-processes-the-analytics' },
	R57: { lesson: 'engage-cm-cd', section: 'sticky-sessions' },
	R58: { lesson: 'engage-cm-cd', section: 'let-the-bot-detection-ping-through' },
	R59: { lesson: 'engage-cm-cd', section: 'share-the-keys-between-cm-and-cd' },
	R60: { lesson: 'engage-cm-cd', section: 'logging-in-to-the-cockpit' },
	R61: { lesson: 'engage-cm-cd', section: 'engage-17-and-later-the-open-cockpit-button' },
	R62: { lesson: 'engage-cm-cd', section: 'engage-with-a-load-balanced-backoffice-in-umbraco-17' },
	R78: { lesson: 'engage-cm-cd', section: 'which-engage-runs-on-which-umbraco' },
	R51: { lesson: 'scheduling-server-election', section: 'keep-alive-version-by-version' },
	R52: { lesson: 'scheduling-server-election', section: 'keep-alive-version-by-version' },
	R14: { lesson: 'pinning-server-roles', section: 'primary-replaces-master-from-810' },
	R18: { lesson: 'pinning-server-roles', section: 'read-only-database-logins' },
	R23: { lesson: 'the-application-url', section: 'umbraco-cloud-sets-it-for-you' },
	R24: { lesson: 'machine-keys-and-data-protection', section: 'the-machine-key-v7-and-v8' },
	R25: { lesson: 'machine-keys-and-data-protection', section: 'adding-a-machine-key-to-a-running-site' },
	R26: { lesson: 'machine-keys-and-data-protection', section: 'data-protection-v9-and-later' },
	R75: { lesson: 'machine-keys-and-data-protection', section: 'what-the-key-ring-does-not-cover-openid-connect-signing-keys' },
	R27: { lesson: 'sessions-and-distributed-cache', section: 'session-state-in-v7-and-v8' },
	R28: { lesson: 'sessions-and-distributed-cache', section: 'session-state-and-the-distributed-cache-v9-and-later' },
	R69: { lesson: 'sessions-and-distributed-cache', section: 'content-in-the-distributed-cache-v15-and-later' },
	R48: { lesson: 'logging-on-a-farm', section: 'umbraco-7-log4net-and-the-machine-name' },
	R49: { lesson: 'logging-on-a-farm', section: 'umbraco-16-and-later-custom-log-file-names' },
	R50: { lesson: 'logging-on-a-farm', section: 'central-sinks-one-place-for-all-logs' },
	R63: { lesson: 'what-a-farm-needs', section: 'deploy-content-to-the-admin-server-only' },
	R64: { lesson: 'what-a-farm-needs', section: 'testing-a-farm' },
	R70: { lesson: 'load-balancing-the-backoffice', section: 'keep-debug-mode-off' },
	R03: { lesson: 'signalr-and-sticky-sessions', section: 'without-sticky-sessions' },
	R04: { lesson: 'signalr-and-sticky-sessions', section: 'a-backplane-in-every-design' },
	R06: { lesson: 'distributed-jobs', section: 'recurring-jobs-on-a-load-balanced-backoffice' },
	R19: { lesson: 'maindom-locks', section: 'sqlmaindomlock-and-read-only-databases' },
	R33: { lesson: 'maindom-locks', section: 'the-right-lock-for-each-version-on-azure' },
	R34: { lesson: 'maindom-locks', section: 'the-right-lock-for-each-version-on-azure' },
	R37: { lesson: 'maindom-locks', section: 'the-right-lock-for-each-version-on-azure' },
	R38: { lesson: 'maindom-locks', section: 'deployment-slots-need-a-discriminator' },
	R72: { lesson: 'maindom-locks', section: 'when-the-publisher-loses-maindom-at-boot' },
	R12: { lesson: 'v8-master-replica', section: 'which-v8-releases-you-may-load-balance' },
	R11: { lesson: 'traditional-load-balancing-v7', section: 'https-only-sites-umbracousessl' },
	R53: { lesson: 'unattended-upgrades', section: 'umbraco-9-and-later-the-main-server-migrates-first' },
	R84: { lesson: 'azure-web-apps-scale-out', section: 'umbraco-clouds-load-balancing' },
	R83: { lesson: 'unattended-upgrades', section: 'umbraco-1742-flagged-servers-elect-a-leader' },
	R85: { lesson: 'maindom-locks', section: 'three-lock-implementations' },
	R86: { lesson: 'what-a-farm-needs', section: 'hosting-operating-system-and-storage-that-fit-together' },
	R54: { lesson: 'unattended-upgrades', section: 'umbraco-812-and-later-configurationstatus-and-upgradeunattended' },
	R55: { lesson: 'unattended-upgrades', section: 'before-812-no-unattended-upgrades' },
	R74: { lesson: 'unattended-upgrades', section: 'keep-the-load-balancer-away-from-upgrading-nodes' },
};

/**
 * The link "learn why" of a rule: the section that teaches it when its lesson is published,
 * else the lesson the rule names when that one is, else the rule's own entry on `/rules/`.
 *
 * @example ruleLessonHref('R20', ['how-load-balancing-works']) // '/lessons/how-load-balancing-works/#who-runs-the-once-per-cluster-jobs'
 */
export function ruleLessonHref(rule: { readonly id: string; readonly lesson: string }, published: readonly string[]): string {
	const section = ruleSections[rule.id];
	if (section && published.includes(section.lesson)) return `/lessons/${section.lesson}/#${section.section}`;
	if (published.includes(rule.lesson)) return `/lessons/${rule.lesson}/`;
	return `/rules/#${rule.id.toLowerCase()}`;
}
