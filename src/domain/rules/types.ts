/**
 * A validation rule: one entry of the catalogue R01–R86
 * (fact sheet §6, and R70+ from the 2026 updates), with what it says to people and a
 * `check` that finds the places in a plan where it applies.
 */
import type { VersionBand, VersionBandId } from '../versions/bands';
import type { VersionTuple } from '../versions/version';
import type { Plan } from '../plan/schema';

export type Severity = 'error' | 'warning' | 'info';

/** How sure the catalogue is of the rule's basis. */
export type Certainty = 'documented' | 'derived' | 'unverified' | 'docs-disagree';

/** What a rule's `check` gets: the plan plus its version, looked up once. */
export interface RuleContext {
	readonly plan: Plan;
	readonly band: VersionBand;
	readonly version: VersionTuple;
}

/** One place in a plan where a rule applies. */
export interface RuleHit {
	/** Ids of the servers concerned (empty for plan-wide findings). */
	readonly servers?: readonly string[];
	/** JSON path in the plan of the value at fault, e.g. `servers[2].settings.mainDomLock`. */
	readonly path?: string;
	/** A sentence specific to this hit; the rule's `summary` is used when absent. */
	readonly message?: string;
}

export interface Rule {
	/** Catalogue id, e.g. `R16`. */
	readonly id: string;
	readonly severity: Severity;
	/** Bands where the rule can apply; `check` may narrow further (hosting, minor version …). */
	readonly bands: readonly VersionBandId[];
	/** The finding in one line, as shown in lists. */
	readonly summary: string;
	/** Why it matters. */
	readonly why: string;
	/** How to fix it. */
	readonly fix: string;
	/** Fact-sheet source keys. */
	readonly sources: readonly string[];
	readonly certainty: Certainty;
	/** Slug of the lesson that teaches it (lessons may come later). */
	readonly lesson: string;
	check(context: RuleContext): readonly RuleHit[];
}

/** A rule that applies to a plan, at one place. */
export interface Finding {
	readonly ruleId: string;
	readonly severity: Severity;
	readonly message: string;
	readonly servers: readonly string[];
	readonly path: string | undefined;
	readonly why: string;
	readonly fix: string;
	readonly sources: readonly string[];
	readonly certainty: Certainty;
	readonly lesson: string;
}
