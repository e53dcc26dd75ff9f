/**
 * R73–R74: what each running instance needs from Umbraco 17 on: an identity that survives a
 * restart (the last-synced state is kept per machine in `umbracoLastSynced`), and the health
 * probe that tells a load balancer when it is ready. Facts: updates reference §1 #7 and #12.
 * On 9–16 they only say that a plan's identifier or probe path does not exist there yet.
 */
import type { Plan, Server } from '../../plan/schema';
import type { VersionBand } from '../../versions/bands';
import { v9PlusBands } from '../band-sets';
import { operatingSystem } from '../../plan/queries';
import { isAzure, settingPath } from '../helpers';
import type { Rule, RuleContext, RuleHit } from '../types';

/** The placeholder a scaled-out server's machine identifier uses for the instance number. */
const instanceToken = '{instance}';

/** Hosts where the machine name changes on every restart (issue #22947: Azure Linux, containers). */
const hasUnstableName = (plan: Plan): boolean => plan.hosting === 'containers' || operatingSystem(plan) === 'linux';

/** What is wrong with one server's identity, as at most one hit. */
function identityHit(plan: Plan, band: VersionBand, server: Server): RuleHit | undefined {
	const id = server.settings.machineIdentifier;
	const hit = (message: string): RuleHit => ({ servers: [server.id], path: settingPath(plan, server, 'machineIdentifier'), message });
	if (band.machineIdentifierSetting === null) {
		if (id !== undefined) return hit(`${server.name} sets a machine identifier, but \`Umbraco:CMS:Hosting:MachineIdentifier\` arrived in 17.6 (18.1): ${plan.umbraco} ignores it.`);
		// The last-synced row keyed by machine identity is v17's; v9–16 keep a per-machine file in local TEMP.
		if (band.family !== 'v17' || !hasUnstableName(plan)) return undefined;
		const remedy = isAzure(plan) ? 'upgrade to 17.6 (18.1), which falls back to Azure\'s `WEBSITE_INSTANCE_ID` by itself' : 'Give it a stable host name, or upgrade to 17.6 (18.1) and set `Umbraco:CMS:Hosting:MachineIdentifier`';
		return hit(`${server.name} gets a new machine name on every restart, so ${plan.umbraco} finds no last-synced row for it: caches load cold and Examine rebuilds each time. ${remedy.charAt(0).toUpperCase()}${remedy.slice(1)}.`);
	}
	if (id === undefined) {
		if (plan.hosting !== 'containers') return undefined; // Azure App Service: WEBSITE_INSTANCE_ID from 17.6/18.1.
		return hit(`${server.name} runs in containers without \`Umbraco:CMS:Hosting:MachineIdentifier\`: every new container boots cold. Set a stable value per instance.`);
	}
	if (server.instances > 1 && !id.includes(instanceToken)) {
		return hit(`${server.name} gives all ${server.instances} instances the machine identifier "${id}"; they would share one last-synced row. Add "${instanceToken}" so each instance gets its own.`);
	}
	return undefined;
}

// PR #23233 (closes #22947, #13909); hostingsettings.md: MachineIdentifier "from 17.6", "such as Docker
// or Kubernetes"; the chain config → WEBSITE_INSTANCE_ID → MachineName covers Azure App Service by itself.
const R73: Rule = {
	id: 'R73',
	severity: 'warning',
	bands: v9PlusBands,
	summary: 'Containers (and Azure Linux before 17.6) need a stable machine identity, or every restart boots cold and rebuilds the indexes.',
	why: 'From 17 each server\'s last-synced position is a row keyed by its machine identity. Where the machine name changes on every restart (containers, Azure App Service on Linux) a restarted server finds no row, loads its caches cold and rebuilds Examine. 17.6 and 18.1 add `Umbraco:CMS:Hosting:MachineIdentifier` and fall back to Azure\'s `WEBSITE_INSTANCE_ID`; containers still need the setting, one value per instance.',
	fix: 'Containers on 17.6+ / 18.1+: set `Umbraco:CMS:Hosting:MachineIdentifier` per instance (in the plan, "{instance}" numbers the instances of a scaled-out server; a StatefulSet pod name also works); before that, give each container a stable host name, or upgrade. Azure App Service needs no setting from 17.6 / 18.1 (`WEBSITE_INSTANCE_ID`). Before 17 the setting does not exist: leave it out.',
	sources: ['PR-23233', 'D17-HOSTING-2026', 'ISSUE-22947'],
	certainty: 'documented',
	lesson: 'how-load-balancing-works',
	check({ plan, band }: RuleContext): RuleHit[] {
		return plan.servers.flatMap((server) => identityHit(plan, band, server) ?? []);
	},
};

/** `/Umbraco/API/health/ready/` → `/umbraco/api/health/ready`. */
const normalizePath = (path: string): string => path.toLowerCase().replace(/\/+$/, '');

// health-probes.md @30853c15: live = the process answers; ready = 200 in Run, 503 while booting or
// upgrading; "use the readiness probe path as the health check URL for your load balancer" (17.3+).
const R74: Rule = {
	id: 'R74',
	severity: 'info',
	bands: v9PlusBands,
	summary: 'From 17.3 let the load balancer probe `/umbraco/api/health/ready`, which answers 503 while a node boots or upgrades.',
	why: 'Umbraco 17.3 added two anonymous probes: `/umbraco/api/health/live` (the process answers) and `/umbraco/api/health/ready` (200 only when the site runs normally, 503 during start-up and unattended upgrades). A load balancer that probes anything else sends visitors to nodes that are still starting or upgrading. (A bug made `/ready` answer 200 while degraded until PR #23236; which 17.x carries the fix is UNVERIFIED.)',
	fix: 'Set the load balancer\'s health check path to `/umbraco/api/health/ready` (Azure App Service: Monitoring > Health check). Keep `/live` for liveness probes that restart a process.',
	sources: ['D17-PROBES', 'D18-UPG', 'PR-23236'],
	certainty: 'documented',
	lesson: 'unattended-upgrades',
	check({ plan, band }: RuleContext): RuleHit[] {
		const configured = plan.loadBalancer.healthCheckPath;
		if (configured === undefined) return [];
		const path = normalizePath(configured);
		const at = 'loadBalancer.healthCheckPath';
		if (!band.healthProbes) {
			return path.startsWith('/umbraco/api/health/') ? [{ path: at, message: `The health probes arrived in 17.3; on ${plan.umbraco} "${configured}" does not exist.` }] : [];
		}
		if (path === band.healthProbes.ready) return [];
		if (path === band.healthProbes.live) return [{ path: at, message: `"${configured}" answers 200 while a node boots or upgrades; probe \`${band.healthProbes.ready}\` so the load balancer waits until the node is ready.` }];
		return [{ path: at, message: `The load balancer probes "${configured}"; probe \`${band.healthProbes.ready}\`, which answers 503 until the node is ready.` }];
	},
};

/** R73–R74. */
export const instancesRules: readonly Rule[] = [R73, R74];
