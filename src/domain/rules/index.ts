/** Every rule of the catalogue, sorted by id. */
import { backofficeRules } from './groups/backoffice';
import { legacyV7Rules } from './groups/legacy-v7';
import { rolesRules } from './groups/roles';
import { mainDomRules } from './groups/main-dom';
import { applicationUrlRules } from './groups/application-url';
import { keysAndSessionsRules } from './groups/keys-and-sessions';
import { azureRules } from './groups/azure';
import { fileSystemRules } from './groups/file-system';
import { loggingRules } from './groups/logging';
import { keepAliveRules } from './groups/keep-alive';
import { upgradesRules } from './groups/upgrades';
import { engageRules } from './groups/engage';
import { generalRules } from './groups/general';
import { signalRRules } from './groups/signalr';
import { databaseRules } from './groups/database';
import { hostingRules } from './groups/hosting';
import { instancesRules } from './groups/instances';
import { engageGenerationRules } from './groups/engage-generation';
import type { Rule } from './types';
import { compareCodeUnits } from '../code-unit-order';

export const allRules: readonly Rule[] = [
	...backofficeRules,
	...legacyV7Rules,
	...rolesRules,
	...mainDomRules,
	...applicationUrlRules,
	...keysAndSessionsRules,
	...azureRules,
	...fileSystemRules,
	...loggingRules,
	...keepAliveRules,
	...upgradesRules,
	...engageRules,
	...generalRules,
	...signalRRules,
	...databaseRules,
	...hostingRules,
	...instancesRules,
	...engageGenerationRules,
].toSorted((a, b) => compareCodeUnits(a.id, b.id));

/** The rule with that id, or undefined. */
export function findRule(id: string): Rule | undefined {
	return allRules.find((rule) => rule.id === id);
}
