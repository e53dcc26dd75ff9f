import { engageGenerationRules } from '../../../../src/domain/rules/groups/engage-generation';
import { planWith, quietOnCleanPlans, ruleTable, type PlanPatch } from '../../../helpers/rules-b';

const withEngage = (product?: 'engage' | 'umarketingsuite'): PlanPatch =>
	({ loadBalancer: { stickySessions: 'cookie' }, engage: { cmServer: 'admin', authCookieDomain: '.example.com', ...(product ? { product } : {}) } }) as PlanPatch;

ruleTable(engageGenerationRules, 'R78', [
	{ name: '12.4.0: Engage before it existed', plan: () => planWith('12.4.0', {}, withEngage()), hits: [[]], says: ['Umbraco Engage does not exist for Umbraco 12.4.0', 'uMarketingSuite'], path: 'engage' },
	{ name: '15.2.0: no Engage 14 or 15', plan: () => planWith('15.2.0', {}, withEngage('engage')), hits: [[]], says: ['no version of either add-on'], path: 'engage.product' },
	{ name: '16.3.0: uMarketingSuite after 13', plan: () => planWith('16.3.0', {}, withEngage('umarketingsuite')), hits: [[]], says: ['uMarketingSuite does not exist', 'Umbraco Engage'] },
	{ name: '7.15.10: neither add-on', plan: () => planWith('7.15.10', {}, withEngage('umarketingsuite')), hits: [[]] },
	{ name: '13.5.2: Engage', plan: () => planWith('13.5.2', {}, withEngage()), hits: [] },
	{ name: '13.5.2: uMarketingSuite', plan: () => planWith('13.5.2', {}, withEngage('umarketingsuite')), hits: [] },
	{ name: '8.18.8: uMarketingSuite', plan: () => planWith('8.18.8', {}, withEngage('umarketingsuite')), hits: [] },
	{ name: '17.8.1: Engage', plan: () => planWith('17.8.1', {}, withEngage('engage')), hits: [] },
	{ name: '19.0.0-beta1: Engage (preview band)', plan: () => planWith('19.0.0-beta1', {}, withEngage()), hits: [] },
	{ name: 'silent without an add-on', plan: () => planWith('15.2.0'), hits: [] },
]);

quietOnCleanPlans(engageGenerationRules);
