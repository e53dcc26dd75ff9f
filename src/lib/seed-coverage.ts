/**
 * Where the course teaches each topic of the seed pages (`shared/seeds/`): seed file →
 * heading or FAQ question → `lesson-slug#heading-id`. A unit test reads the seeds and fails
 * when a topic is missing here or points at a heading that does not exist.
 */
export const seedCoverage: Readonly<Record<string, Readonly<Record<string, string>>>> = {
	// Umbraco Engage in load-balanced and CM/CD setups.
	'000_f829b913d6d14e67.txt': {
		'Load Balancing and CM/CD Environments': 'engage-cm-cd#content-management-and-content-delivery-servers',
		'Umbraco setup': 'engage-cm-cd#get-the-umbraco-setup-right-first',
		Cockpit: 'engage-cm-cd#logging-in-to-the-cockpit',
		'Machine Key and Data Protection': 'engage-cm-cd#share-the-keys-between-cm-and-cd',
		'Bot detection (ping)': 'engage-cm-cd#let-the-bot-detection-ping-through',
		Configuration: 'engage-cm-cd#one-server-processes-the-analytics',
		'Sticky sessions': 'engage-cm-cd#sticky-sessions',
	},
};
