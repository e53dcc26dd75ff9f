/**
 * Where the course teaches each topic of the seed pages (`shared/seeds/`): seed file →
 * heading or FAQ question → `lesson-slug#heading-id` (or a lesson slug for a page title). A unit
 * test reads the seeds and fails when a topic is missing here or points at a heading that does
 * not exist.
 */
export const seedCoverage: Readonly<Record<string, Readonly<Record<string, string>>>> = {
	// Umbraco Engage in load-balanced and CM/CD setups.
	'000_f829b913d6d14e67.txt': {
		"Load Balancing and CM/CD Environments": 'engage-cm-cd#content-management-and-content-delivery-servers',
		'Umbraco setup': 'engage-cm-cd#get-the-umbraco-setup-right-first',
		'Cockpit': 'engage-cm-cd#logging-in-to-the-cockpit',
		'Machine Key and Data Protection': 'engage-cm-cd#share-the-keys-between-cm-and-cd',
		"Bot detection (ping)": 'engage-cm-cd#let-the-bot-detection-ping-through',
		'Configuration': 'engage-cm-cd#one-server-processes-the-analytics',
		'Sticky sessions': 'engage-cm-cd#sticky-sessions',
	},
	// Umbraco 7: flexible and traditional load balancing.
	'001_632d7330da9453c6.txt': {
		'Flexible load balancing': 'traditional-load-balancing-v7#flexible-load-balancing-73-and-later',
		'Legacy load balancing': 'traditional-load-balancing-v7#legacy-load-balancing-before-73',
		'Common load balancing setup information': 'traditional-load-balancing-v7#common-load-balancing-setup-information',
		"ASP.NET Configuration": 'machine-keys-and-data-protection#the-machine-key-v7-and-v8',
		'FAQs': 'traditional-load-balancing-v7#faqs',
		'Logging': 'logging-on-a-farm#one-log-file-per-server',
		'Overview': 'what-a-farm-needs#what-the-docs-assume-you-know',
		'Testing': 'what-a-farm-needs#testing-a-farm',
		'More information': 'what-a-farm-needs#where-to-learn-more',
		"Why do I need to have a single web instance for Umbraco admin?": 'pinning-server-roles#why-only-one-admin-server',
		"Can my primary admin server also serve front-end requests?": 'pinning-server-roles#why-only-one-admin-server',
		'Umbraco in Load Balanced Environments': 'how-load-balancing-works',
		"Can I use Courier combined with Load Balancing?": 'what-a-farm-needs#deploy-content-to-the-admin-server-only',
	},
	// Umbraco 17+.
	'002_c8b0f458db5d1cff.txt': {
		'Unattended upgrades': 'unattended-upgrades#umbraco-9-and-later-the-main-server-migrates-first',
		'Scheduling and server role election': 'scheduling-server-election#what-the-scheduling-server-does',
		'Automatic Server Role Election': 'scheduling-server-election#automatic-server-role-election-step-by-step',
		'Data Protection': 'machine-keys-and-data-protection#data-protection-v9-and-later',
		'Session State and Distributed Cache': 'sessions-and-distributed-cache#session-state-and-the-distributed-cache-v9-and-later',
		'Logging': 'logging-on-a-farm#one-log-file-per-server',
		'Overview': 'what-a-farm-needs#what-the-docs-assume-you-know',
		'Design': 'what-a-farm-needs#the-design-assumptions',
		'How Umbraco load balancing works': 'the-instruction-flow#from-an-edit-to-every-server',
		'Common load balancing setup information': 'what-a-farm-needs#the-common-setup-checklist',
		'Server Configuration': 'what-a-farm-needs#three-ways-to-host-the-files-in-brief',
		'Testing': 'what-a-farm-needs#testing-a-farm',
		'Umbraco Training': 'what-a-farm-needs#where-to-learn-more',
		'Umbraco in Load Balanced Environments': 'how-load-balancing-works',
	},
	// Umbraco 8.1+ (saved as indented text).
	'003_4f22eb84d942aa20.txt': {
		'Scheduling and master election': 'scheduling-server-election#what-the-scheduling-server-does',
		'Machine Key': 'machine-keys-and-data-protection#the-machine-key-v7-and-v8',
		'Session State': 'sessions-and-distributed-cache#session-state-in-v7-and-v8',
		'File system replication': 'three-ways-to-host-the-files#option-2-file-replication',
		'How Umbraco load balancing works': 'the-instruction-flow#from-an-edit-to-every-server',
		'Common load balancing setup information': 'what-a-farm-needs#the-common-setup-checklist',
		"Why do I need to have a single web instance for Umbraco admin?": 'pinning-server-roles#why-only-one-admin-server',
		"Can my Master admin server also serve front-end requests?": 'pinning-server-roles#why-only-one-admin-server',
	},
	// Umbraco 8.6.4+.
	'004_171a8598393a4156.txt': {
		'Scheduling and master election': 'scheduling-server-election#automatic-server-role-election-step-by-step',
		'Configuration for load balanced sites': 'pinning-server-roles#choosing-the-role-per-server',
		'File system replication': 'three-ways-to-host-the-files#option-2-file-replication',
		'Overview': 'what-a-farm-needs#what-the-docs-assume-you-know',
		'Design': 'what-a-farm-needs#the-design-assumptions',
		'How Umbraco load balancing works': 'the-instruction-flow#from-an-edit-to-every-server',
		'Load balancing on Azure': 'v8-master-replica#load-balancing-v8-on-azure',
		'FAQs': 'v8-master-replica#faq-the-admin-server-in-v8',
		"Why do I need to have a single web instance for Umbraco admin?": 'pinning-server-roles#why-only-one-admin-server',
		"Can my Master admin server also serve front-end requests?": 'pinning-server-roles#why-only-one-admin-server',
		'Umbraco in Load Balanced Environments': 'how-load-balancing-works',
	},
};
