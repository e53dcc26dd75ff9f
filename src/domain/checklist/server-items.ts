/** Checklist steps for each server: files to apply, role, MainDom, temp and index placement. */
import { atLeast, generatorSettings } from '../generators/context';
import { isBackofficeLoadBalanced, isBehindLoadBalancer, mainServer } from '../plan/queries';
import { upgradeCoordinated } from '../plan/recommend';
import type { Plan, Server } from '../plan/schema';
import { examineFactorySetting, getBand, localTempSetting, mainDomLockValues, officialRoleName, runsEngage } from '../versions/catalogue';
import type { VersionBand } from '../versions/bands';
import type { VersionTuple } from '../versions/version';
import { code, codeList } from './code-span';
import { isSharedSite } from '../generators/shared-site';
import { configuredRoleKey, configuredRoleVariable, rolesFromConfiguration } from '../generators/targets/server-roles';
import { differingServerSettings } from '../generators/legacy-server-settings';
import type { ChecklistItem } from './types';

type Draft = Omit<ChecklistItem, 'id' | 'group' | 'server'> & { key: string };

function roleStep(plan: Plan, band: VersionBand, version: VersionTuple, server: Server): Draft | undefined {
	// Traditional v7 (before 7.3) has no registrars: the distributedCall list decides, and the bundle writes no role code [V7-TRAD].
	if (server.role === 'elected' || band.loadBalancing === 'traditional') return undefined;
	// v17+ load-balanced backoffice: one shared composer pins every node (composers.ts) [D17-LBBO].
	if (isBackofficeLoadBalanced(plan)) {
		return {
			key: 'role',
			text: `Include ${code('LoadBalancedBackofficeComposer.cs')} in this node’s build: it runs every node as ${code('SchedulingPublisher')} and calls ${code('LoadBalanceIsolatedCaches()')}.`,
			why: 'In a load-balanced backoffice every node serves editors and publishes, so none is left to an election.',
			sources: ['D17-LBBO'],
			rule: 'R02',
		};
	}
	// 7.6+: a web.config switch, not registrar code [V7-WEBCFG].
	if (server.role === 'single' && band.family === 'v7' && atLeast(version, 7, 6)) {
		return { key: 'role', text: 'Keep `umbracoDisableElectionForSingleServer = true` in the `web.config` appSettings so this server runs as `Single` without an election.', why: 'From 7.6 this setting replaces registrar code for a single server.', sources: ['V7-WEBCFG'], rule: 'R15' };
	}
	// The value the generated code returns: Primary rather than the obsolete Master from 8.10 (server-roles.ts) [V8-ADV-810].
	const role = server.role === 'single' ? 'Single' : server.role === 'publisher' ? band.pinnedPublisherValue : officialRoleName(band, server.role);
	if (rolesFromConfiguration({ plan, band })) {
		// One build for every server: the shared hook reads the role from this server's own settings (server-roles.ts).
		const modern = band.config === 'appsettings';
		const where = plan.hosting === 'iis' ? 'its application pool’s environment variables (`applicationHost.config.fragment.xml`, IIS 10 or later)' : 'its own environment settings in this bundle';
		const setting = modern ? `${configuredRoleKey} = ${role}` : `${configuredRoleVariable} = ${role}`;
		return {
			key: 'role',
			text: `Pin this server as ${code(role)}: the one shared build includes ${code(modern ? 'ConfiguredServerRoleComposer.cs' : 'ConfiguredServerRegistrar.cs')}, which reads ${code(setting)} from ${where}.`,
			why: 'All servers run the same copy of the site from the central share, so the role comes from each server’s own configuration rather than from a build per role.',
			sources: modern ? ['D13-ADV', 'D13-FSR'] : [band.family === 'v7' ? 'V7-ADV' : 'V8-ADV', 'V7-SHARED', 'MS-IIS-APPPOOL-ENV'],
			rule: 'R15',
		};
	}
	if (plan.files.strategy === 'central-share') {
		// One copy of the site on the share runs on every server: one build, not one per role [V7-SHARED] [D13-FSR].
		return {
			key: 'role',
			text: `Pin this server as ${code(role)} in the one shared build only with a run-time check that is true on this server alone (see the role file's header), or leave the role to the election; do not make a separate build per role.`,
			why: 'All servers run the same copy of the site from the central share, so a role registered unconditionally would pin every server.',
			sources: band.family === 'v7' ? ['V7-ADV', 'V7-SHARED'] : band.family === 'v8' ? ['V8-ADV', 'V7-SHARED'] : ['D13-ADV', 'D13-FSR'],
			rule: 'R15',
		};
	}
	return {
		key: 'role',
		text: `Register the role code so this server always runs as ${code(role)}.`,
		why: 'A pinned role keeps the scheduling duties on the server you chose and lets front-ends skip the election.',
		sources: band.family === 'v7' ? ['V7-ADV'] : band.family === 'v8' ? ['V8-ADV'] : ['D13-ADV'],
		rule: 'R15',
	};
}

/**
 * Where the bundle writes a setting, as a Markdown phrase: v9+ settings go to `appsettings.<Environment>.json`
 * (appsettings.ts); on a central share that file is the shared one, and what differs per server goes to the
 * machine's own settings instead (shared-site-modern.ts).
 */
function settingsFile(plan: Plan, file: string): string {
	if (file !== 'appsettings.json') return code(file);
	const name = code(`appsettings.${plan.environment}.json`);
	return isSharedSite(plan) ? `the shared ${name} (or, where it differs per server, this machine’s own settings named in its files step)` : name;
}

/**
 * v7/v8 on a central share: a step whose setting not every server has cannot be done in the one copy of
 * the site files (R82), so it says so instead of asking for it (legacy-server-settings.ts).
 */
function leftOutOfShare(plan: Plan, server: Server, steps: readonly Draft[], keys: Readonly<Record<string, string | undefined>>): Draft[] {
	if (!oneSharedWebConfig(plan, getBand(plan.umbraco))) return [...steps];
	const differing = differingServerSettings(plan).get(server.id) ?? [];
	return steps.map((step) => {
		const key = keys[step.key];
		const item = key === undefined ? undefined : differing.find((d) => d.setting.includes(key));
		if (!item) return step;
		return { ...step, text: `Not in the shared files: ${code(item.setting)} is for this server only, and every server reads the one ${code(item.file)} on the share. Give every server the same value, or do without it.`, rule: 'R82', sources: ['V7-SHARED', 'V8-FSR'] };
	});
}

const tempRule = (plan: Plan): string =>
	plan.hosting === 'azure-web-apps' ? 'R29' : plan.files.strategy === 'replication' ? 'R42' : 'R45';

function placementSteps(plan: Plan, version: VersionTuple, server: Server): Draft[] {
	const settings = generatorSettings(plan, server);
	const steps: Draft[] = [];
	if (settings.localTemp === 'environment-temp') {
		const temp = localTempSetting(version);
		steps.push({ key: 'temp', text: `Keep temporary files on the machine: ${code(`${temp.key} = ${temp.value}`)} in ${settingsFile(plan, temp.file)}.`, why: 'TEMP holds per-server state (cache files, the last-synced marker); shared or replicated it causes locks and wrong catch-up.', sources: ['V8-FSR', 'D13-FSR', 'D13-AZ'], rule: tempRule(plan) });
	}
	const examine = examineFactorySetting(version, settings.examineFactory);
	if (examine && settings.examineFactory !== 'default') {
		steps.push({ key: 'examine', text: `Set the Examine directory factory: ${code(`${examine.key} = ${examine.value}`)} in ${settingsFile(plan, examine.file)}.`, why: 'Lucene indexes cannot be shared between servers; each keeps its own copy in local temp.', sources: version[0] === 7 ? ['V7-FLEX', 'V7-REPL', 'V7-SHARED'] : ['V8-AZ', 'D13-AZ', 'D13-FSR'], rule: plan.hosting === 'azure-web-apps' ? (settings.examineFactory === 'temp' ? 'R30' : 'R31') : tempRule(plan) });
	}
	if (settings.mainDomLock !== 'default' && version[0] >= 8) {
		steps.push({ key: 'maindom', text: `Use ${code(mainDomLockValues[settings.mainDomLock])} as the MainDom lock.`, why: 'On hosts that overlap restarts or move apps between workers, the default lock cannot keep two processes from owning the same files.', sources: ['V8-AZ', 'D10-AZ', 'D13-AZ'], rule: version[0] === 8 ? 'R32' : 'R35' });
	}
	if (server.settings.disableKeepAlive === true && keepAliveKey(version) !== undefined) {
		steps.push({ key: 'keep-alive', text: `Switch the keep-alive task off: ${code(keepAliveKey(version)!)}.`, why: 'The keep-alive ping only serves the local server; where the host keeps the site alive it can be switched off.', sources: version[0] === 8 ? ['V8-KEEPALIVE'] : ['V9-KEEPALIVE'], rule: 'R52' });
	}
	const overlap = overlapStep(plan, settings.disableOverlappedRecycling);
	if (overlap) steps.push(overlap);
	const keys = { temp: localTempSetting(version).key, examine: examine?.key, maindom: getBand(plan.umbraco).mainDomLockSetting ?? undefined, 'keep-alive': 'keepAlive' };
	return leftOutOfShare(plan, server, steps, keys);
}

/**
 * Overlapped recycling off, where the host has it: Azure's app setting [V8-AZ] or the IIS pool's
 * recycling (`applicationHost.config.fragment.xml`) [MS-IIS-RECYCLING]; containers start a new
 * machine instead. Why depends on the version: v8 on Azure locks the content cache (R33), before
 * 17.7 / 18.2 a publisher loses its cache instructions (R72) [ISSUE-23219].
 */
function overlapStep(plan: Plan, off: boolean): Draft | undefined {
	if (!off || plan.hosting === 'containers') return undefined;
	const band = getBand(plan.umbraco);
	const v8Azure = band.family === 'v8' && plan.hosting === 'azure-web-apps';
	const reason: Pick<Draft, 'why' | 'sources' | 'rule'> = v8Azure
		? { why: 'Two overlapping processes lock the published-content cache on this version.', sources: ['V8-AZ', 'V8-AZ-860'], rule: 'R33' }
		: band.instructionsWithoutMainDom === 'lost'
			? { why: 'A new process that starts while the old one still holds MainDom writes no cache instructions on this version until it restarts.', sources: ['ISSUE-23219', 'PR-23421'], rule: 'R72' }
			: { why: 'The old process ends before the new one starts, so the new one always takes MainDom.', sources: [] };
	const host =
		plan.hosting === 'azure-web-apps'
			? { text: 'In the Azure portal (not `web.config`), add the app setting `WEBSITE_DISABLE_OVERLAPPED_RECYCLING = 1`.', source: 'MS-APPSETTINGS' }
			: { text: 'Turn overlapped recycling off for the site’s IIS application pool: Advanced Settings > Recycling > Disable Overlapped Recycle = True (the `recycling` element of `applicationHost.config.fragment.xml`).', source: 'MS-IIS-RECYCLING' };
	return { key: 'overlap', text: host.text, ...reason, sources: [...reason.sources, host.source] };
}

/** Where keep-alive is switched off: 8.6+ umbracoSettings.config, 9–13 appsettings; nothing before 8.6 or from 14 [V8-KEEPALIVE] [V9-KEEPALIVE] [PR-15891]. */
function keepAliveKey(version: VersionTuple): string | undefined {
	if (version[0] === 8 && atLeast(version, 8, 6)) return '<keepAlive disableKeepAliveTask="true" /> in umbracoSettings.config';
	if (version[0] >= 9 && version[0] <= 13) return 'Umbraco:CMS:KeepAlive:DisableKeepAliveTask = true';
	return undefined;
}

/** The server's own files, by their bundle paths; on a central share only what the machine itself sets differs [V7-SHARED] [D13-FSR]. */
function filesStep(plan: Plan, server: Server, paths: readonly string[]): Draft {
	const own = paths.filter((p) => p.startsWith(`servers/${server.id}/`));
	const oneCopy = isSharedSite(plan);
	const why = oneCopy ? 'The servers run one shared copy of the site; only what a machine sets for itself, or code it pins with a run-time check, differs per server.' : 'Each server gets only the settings its role and hosting need.';
	const sources = oneCopy ? ['V7-SHARED', 'D13-FSR'] : [];
	// Name `shared/` only when the bundle has shared files.
	const shared = paths.some((p) => p.startsWith('shared/'));
	if (own.length === 0) {
		const rest = oneCopy ? `it runs the shared copy of the site${shared ? ', configured by the `shared/` files' : ''}.` : shared ? 'apply the `shared/` files to its copy of the site.' : 'it needs no generated file.';
		return { key: 'files', text: `Nothing in this bundle is for this server alone: ${rest}`, why, sources };
	}
	const where = oneCopy ? ' (on this machine, or in the one shared build, never as a copy of the site files)' : shared ? ' (and the `shared/` files they name)' : '';
	return { key: 'files', text: `Apply ${codeList(own)} as each file’s instructions in \`README.md\` say${where}.`, why, sources };
}

/** v7/v8 on a central share: one Web.config for every server, so no per-server appSettings [V7-SHARED]. */
export function oneSharedWebConfig(plan: Plan, band: VersionBand): boolean {
	return isSharedSite(plan) && band.config === 'web-config';
}

/** A flagged server's part in an unattended upgrade: the only one to migrate, or (17.4.2+, with others flagged) a candidate for leader. */
function upgradeStep(plan: Plan, band: VersionBand, server: Server): Draft {
	if (upgradeCoordinated(plan, band)) {
		return { key: 'upgrade', text: 'Keep the unattended-upgrade switch on: this server takes part in the leader election of an upgrade, and migrates or waits for the leader.', why: 'From 17.4.2 flagged servers coordinate, so exactly one of them migrates.', sources: ['PR-22815', 'SRC-MIGRATIONCOORD'], rule: 'R83' };
	}
	const rule = band.family === 'v8' ? 'R54' : 'R53';
	const main = mainServer(plan);
	// Not the main server: the switch here is what R53 / R54 report, so the step says to turn it off.
	if (server.id !== main.id && !oneSharedWebConfig(plan, band)) {
		return { key: 'upgrade', text: `Turn the unattended-upgrade switch off on this server: only ${code(main.name)}, the main server, may run the migration.`, why: 'Before 17.4.2 every server with the switch runs the migration.', sources: ['D13-UPG', 'D16-UPG8'], rule };
	}
	const text = oneSharedWebConfig(plan, band)
		? 'The one shared Web.config cannot hold the unattended-upgrade switch for this server alone: for an upgrade, set it there, start only this server until the migration is done, then start the others.'
		: 'Keep the unattended-upgrade switch on here only, and start this server first after an upgrade.';
	return { key: 'upgrade', text, why: 'Only the main server may run the database migration; the others wait for it.', sources: ['D13-UPG', 'D16-UPG8'], rule };
}

/** Steps for one server, in the order to do them. */
export function serverSteps(plan: Plan, band: VersionBand, version: VersionTuple, server: Server, paths: readonly string[]): ChecklistItem[] {
	const settings = generatorSettings(plan, server);
	const drafts: (Draft | undefined)[] = [
		filesStep(plan, server, paths),
		roleStep(plan, band, version, server),
		...placementSteps(plan, version, server),
		settings.upgradeUnattended ? upgradeStep(plan, band, server) : undefined,
		runsEngage(plan) ? { key: 'engage', text: `Set ${code(`Engage:Analytics:DataProcessing:IsProcessingServer = ${settings.engageProcessing ? 'true' : 'false'}`)}.`, why: 'Exactly the CM server processes raw analytics data.', sources: ['E13-LB', 'E17-LB'], rule: 'R56' } : undefined,
		server.kind !== 'backoffice' || isBehindLoadBalancer(server) ? undefined : { key: 'direct', text: `Make this server reachable for editors on its own host (${code(server.host)}), outside the load balancer.`, why: 'Only one server may serve the backoffice in the classic topology.', sources: ['V7-IDX', 'D13-README'], rule: 'R01' },
	];
	return drafts
		.filter((d): d is Draft => d !== undefined)
		.map(({ key, ...rest }) => ({ ...rest, id: `servers.${server.id}.${key}`, group: 'servers', server: server.id }));
}
