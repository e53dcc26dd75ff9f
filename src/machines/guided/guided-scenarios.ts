/**
 * The guided scenarios of the visual simulator, in teaching order: the election first, then
 * the failures of the classic topology, then what changes in Umbraco 17 (17.4–17.5 without an
 * application URL, the publisher that lost MainDom before 17.7).
 */
import { farmElection } from './farm-election';
import type { GuidedScenario } from './guided-types';
import { overlappingRecycle } from './overlapping-recycle';
import { publisherFailover } from './publisher-failover';
import { publisherLostMainDom } from './publisher-lost-maindom';
import { subscriberColdBoot } from './subscriber-cold-boot';
import { subscriberDatabaseFailure } from './subscriber-database-failure';
import { v17LoadBalancedBackoffice } from './v17-load-balanced-backoffice';
import { v17NoApplicationUrl } from './v17-no-application-url';

/** Every guided scenario, in the order the simulator lists them. */
export const guidedScenarios: readonly GuidedScenario[] = [
	farmElection,
	publisherFailover,
	subscriberColdBoot,
	subscriberDatabaseFailure,
	overlappingRecycle,
	v17LoadBalancedBackoffice,
	v17NoApplicationUrl,
	publisherLostMainDom,
];

/** The guided scenario with that id, or undefined. */
export function findGuidedScenario(id: string): GuidedScenario | undefined {
	return guidedScenarios.find((guided) => guided.id === id);
}
