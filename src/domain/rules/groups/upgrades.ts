/**
 * Unattended-upgrade rules R53–R55 and R83: the switch belongs on the main server only (until
 * 17.4.2, then R83), v8 also needs the target `ConfigurationStatus` everywhere, and before 8.12 the
 * feature does not exist.
 */
import { mainServer } from '../../plan/queries';
import { effectiveSettings, upgradeFlagged } from '../../plan/recommend';
import type { Plan, Server } from '../../plan/schema';
import type { VersionBandId } from '../../versions/bands';
import { compareVersions, formatVersion, parseVersion, type VersionTuple } from '../../versions/version';
import { bandsWhere } from '../band-sets';
import { nameList, serverPath, settingPath } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

/**
 * Servers other than the main one whose effective upgrade switch is on, each as a hit; and the
 * main server itself when it runs several instances, which all read the same switch and so all
 * migrate (a scaled-out app or a set of replicas is one server of the plan).
 */
function flagOffMainHits(plan: Plan, key: string): RuleHit[] {
	const main = mainServer(plan);
	const others = plan.servers
		.filter((server) => server.id !== main.id && effectiveSettings(plan, server).upgradeUnattended)
		.map((server) => ({
			servers: [server.id],
			path: settingPath(plan, server, 'upgradeUnattended'),
			message: `\`${key}\` is on for ${server.name}; turn it on for ${main.name} (the main server) only, start it first and wait for the upgrade to finish.`,
		}));
	if (main.instances < 2 || !effectiveSettings(plan, main).upgradeUnattended) return others;
	const scaledOut = {
		servers: [main.id],
		path: `${serverPath(plan, main)}.instances`,
		message: `${main.name} runs ${main.instances} instances that all read \`${key}\`, so each of them runs the migration: upgrade with one instance running, then scale out again.`,
	};
	return [scaledOut, ...others];
}

// [D13-UPG] [D16-UPG] [D18-UPG]. From 17.4.2 every flagged server races for a leader claim in
// umbracoKeyValue and the others wait (PR #22815, MigrationCoordinator.cs) [SRC-MIGRATIONCOORD]:
// several flags are then coordinated, not an error, though the docs still say "main server only".
const R53: Rule = {
	id: 'R53',
	severity: 'error',
	bands: bandsWhere((band) => band.config === 'appsettings' && band.unattendedUpgradeTiming !== 'after-start-coordinated'),
	summary: '`Umbraco:CMS:Unattended:UpgradeUnattended` must be true on the main (SchedulingPublisher) server only (until 17.4.2).',
	why: 'Before 17.4.2 the migration runs on every server that has the switch; it must run once, on the main server, before the others start. From 17.4.2 (and 18.0) flagged servers elect a leader that migrates while the others wait (`Umbraco:CMS:Unattended:MigrationClaimTimeout` frees a crashed leader\'s claim), so several flags are no longer a problem.',
	fix: 'Deploy the upgraded build everywhere, set `UpgradeUnattended` = `true` on the main server only, start it, wait for the upgrade, then start the other servers (or upgrade to 17.4.2+, where flagged servers coordinate).',
	sources: ['D13-UPG', 'D16-UPG', 'D18-UPG', 'PR-22815', 'SRC-MIGRATIONCOORD'],
	certainty: 'documented',
	lesson: 'unattended-upgrades',
	check({ plan, band }: RuleContext): RuleHit[] {
		return flagOffMainHits(plan, band.unattendedUpgradeSetting ?? 'Umbraco:CMS:Unattended:UpgradeUnattended');
	},
};

/** A server whose `ConfigurationStatus` is not the target version [D16-UPG8]. */
function configurationStatusHit(plan: Plan, server: Server, target: VersionTuple): RuleHit[] {
	const status = effectiveSettings(plan, server).configurationStatus;
	const parsed = status === undefined ? undefined : parseVersion(status);
	if (parsed && compareVersions(parsed, target) === 0) return [];
	const is = status === undefined ? 'is not set' : `is ${status}`;
	return [
		{
			servers: [server.id],
			path: settingPath(plan, server, 'configurationStatus'),
			message: `${server.name}'s \`Umbraco.Core.ConfigurationStatus\` ${is}, not the target ${formatVersion(target)}: without it the upgrade does not run.`,
		},
	];
}

const R54: Rule = {
	id: 'R54',
	severity: 'error',
	bands: ['v8.12+'],
	summary: 'v8.12+ unattended upgrade: `Umbraco.Core.ConfigurationStatus` must be the target version on every server, and `Umbraco.Core.RuntimeState.UpgradeUnattended` on only the main server.',
	why: 'Without the target ConfigurationStatus the upgrade does not run even with the switch on; the switch on other servers runs the migration more than once.',
	fix: 'Set web.config `Umbraco.Core.ConfigurationStatus` to the target version on every server, and `Umbraco.Core.RuntimeState.UpgradeUnattended` = `true` on the main server only; request a page there first.',
	sources: ['D16-UPG8'],
	certainty: 'documented',
	lesson: 'unattended-upgrades',
	check({ plan, band, version }: RuleContext): RuleHit[] {
		const statusHits = plan.upgrades.unattended ? plan.servers.flatMap((server) => configurationStatusHit(plan, server, version)) : [];
		return [...statusHits, ...flagOffMainHits(plan, band.unattendedUpgradeSetting ?? 'Umbraco.Core.RuntimeState.UpgradeUnattended')];
	},
};

const R55: Rule = {
	id: 'R55',
	severity: 'error',
	bands: ['v7.0-7.2', 'v7.3+', 'v8.0-8.5', 'v8.6.0-8.6.3', 'v8.6.4-8.9', 'v8.10-8.11'] satisfies VersionBandId[],
	summary: 'Unattended upgrades do not exist before Umbraco 8.12 (DERIVED).',
	why: 'The docs describe unattended upgrades from 8.12 on; earlier versions have no such switch, so the plan would wait for an upgrade that never runs by itself. DERIVED from the "v8.12+" wording.',
	fix: 'Upgrade interactively on the main server first and start the other servers afterwards, or move to 8.12+ before relying on unattended upgrades.',
	sources: ['D16-UPG8'],
	certainty: 'derived',
	lesson: 'unattended-upgrades',
	check({ plan, version }: RuleContext): RuleHit[] {
		const at = formatVersion(version);
		const hits: RuleHit[] = plan.upgrades.unattended ? [{ path: 'upgrades.unattended', message: `Unattended upgrades arrived in 8.12; ${at} has no unattended upgrade switch.` }] : [];
		for (const server of plan.servers.filter((s) => s.settings.upgradeUnattended === true)) {
			hits.push({ servers: [server.id], path: settingPath(plan, server, 'upgradeUnattended'), message: `${server.name} turns on an unattended upgrade switch that ${at} does not have.` });
		}
		return hits;
	},
};

/**
 * R83: from 17.4.2 (and 18.0) several flagged servers elect a leader through `umbracoKeyValue`
 * (PR #22815, MigrationCoordinator.cs) [SRC-MIGRATIONCOORD]: not an error any more, but a warning
 * (updates-2026 "rules to revise", R53), since the docs still say "main server only" [D18-UPG] and the
 * claim holds two things the design must give it: a machine identifier per instance, and a claim
 * timeout longer than the longest migration.
 */
const R83: Rule = {
	id: 'R83',
	severity: 'warning',
	bands: bandsWhere((band) => band.unattendedUpgradeTiming === 'after-start-coordinated'),
	summary: 'Several servers have the unattended-upgrade switch: from 17.4.2 they elect one leader to migrate, though the docs still say "main server only".',
	why: 'Each flagged server races for a claim in `umbracoKeyValue`; the winner migrates and the others wait until the runtime level is `Run`. The claim holds the leader\'s machine identifier and its time: two instances with one identifier can both believe they lead, and a leader still migrating after `Umbraco:CMS:Unattended:MigrationClaimTimeout` (2 hours by default) looks crashed, so another server may start migrating too.',
	fix: 'Keep the switch on several servers only with a machine identity per instance (a unique machine name, or from 17.6 / 18.1 `Umbraco:CMS:Hosting:MachineIdentifier`) and a `MigrationClaimTimeout` longer than your longest migration; or set it on the main server only and start that first, as the docs say.',
	sources: ['PR-22815', 'SRC-MIGRATIONCOORD', 'D18-UPG'],
	certainty: 'docs-disagree',
	lesson: 'unattended-upgrades',
	check({ plan, band }: RuleContext): RuleHit[] {
		const { servers: flagged, instances } = upgradeFlagged(plan);
		if (instances < 2) return [];
		const key = band.unattendedUpgradeSetting ?? 'Umbraco:CMS:Unattended:UpgradeUnattended';
		const who = flagged.length === 1 ? `${flagged[0]!.name}'s ${flagged[0]!.instances} instances` : nameList(flagged);
		return [{ servers: flagged.map((s) => s.id), path: 'upgrades.unattended', message: `\`${key}\` is on for ${who}: they coordinate from 17.4.2, so give each instance its own ${band.machineIdentifierSetting ? `\`${band.machineIdentifierSetting}\`` : 'machine name (the identity the claim records before 17.6 / 18.1)'} and keep \`MigrationClaimTimeout\` above your longest migration.` }];
	},
};

/** Unattended-upgrade rules. */
export const upgradesRules: readonly Rule[] = [R53, R54, R55, R83];
