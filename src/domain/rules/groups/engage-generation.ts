/**
 * R78: which marketing add-on exists for the version. Umbraco Engage replaced uMarketingSuite
 * with Engage 13.0.0; its docs cover 13 and 16 on ("currently only available for Umbraco 13",
 * then Engage 16), while the last uMarketingSuite also runs on 13 [E13-README] [E16-UPG]
 * [E16-MIGRATE]. The Engage rules (R56–R62) use Engage's keys, so they only judge Engage.
 */
import { marketingProductsOf } from '../../versions/catalogue';
import { allBands } from '../band-sets';
import type { Rule, RuleContext, RuleHit } from '../types';

const names = { engage: 'Umbraco Engage', umarketingsuite: 'uMarketingSuite' } as const;

const R78: Rule = {
	id: 'R78',
	severity: 'error',
	bands: allBands,
	summary: 'The plan uses a marketing add-on that does not exist for this Umbraco version: Engage is 13 and 16+, uMarketingSuite ends with 13.',
	why: 'Umbraco Engage launched as 13.0.0, replacing uMarketingSuite; the next Engage release after 13 is for Umbraco 16 (no Engage docs exist for 14 or 15, DERIVED). uMarketingSuite ran up to 13 and is migrated to Engage on 13. Engage\'s keys (`Engage:…`) and its CM/CD guidance do not apply to uMarketingSuite, whose configuration root is `uMarketingSuite` (UNVERIFIED), so this planner only checks Engage.',
	fix: 'On 13 pick the product you run (engage.product); before 13 it is uMarketingSuite; from 14 use Umbraco Engage on 16 or later (migrate from uMarketingSuite on 13 first).',
	sources: ['E13-README', 'E16-UPG', 'E16-MIGRATE'],
	certainty: 'derived',
	lesson: 'engage-cm-cd',
	check({ plan, version }: RuleContext): RuleHit[] {
		if (!plan.engage) return [];
		const product = plan.engage.product ?? 'engage';
		if (marketingProductsOf(version).includes(product)) return [];
		const instead = marketingProductsOf(version).map((p) => names[p]);
		const available = instead.length ? `; this version has ${instead.join(' and ')}` : '; no version of either add-on exists for it';
		return [{ path: plan.engage.product ? 'engage.product' : 'engage', message: `${names[product]} does not exist for Umbraco ${plan.umbraco}${available}.` }];
	},
};

/** R78. */
export const engageGenerationRules: readonly Rule[] = [R78];
