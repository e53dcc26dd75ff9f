/** Checklist steps for each server: files to apply, role, MainDom, temp and index placement. */
import { effectiveSettings } from '../plan/recommend';
import { isBehindLoadBalancer } from '../plan/queries';
import type { Plan, Server } from '../plan/schema';
import { examineFactorySetting, localTempSetting, mainDomLockValues, officialRoleName } from '../versions/catalogue';
import type { VersionBand } from '../versions/bands';
import type { VersionTuple } from '../versions/version';
import { code } from './code-span';
import type { ChecklistItem } from './types';

type Draft = Omit<ChecklistItem, 'id' | 'group' | 'server'> & { key: string };

function roleStep(band: VersionBand, server: Server): Draft | undefined {
	if (server.role === 'elected') return undefined;
	const role = server.role === 'single' ? 'Single' : officialRoleName(band, server.role);
	return {
		key: 'role',
		text: `Register the role code so this server always runs as ${code(role)}.`,
		why: 'A pinned role keeps the scheduling duties on the server you chose and lets front-ends skip the election.',
		sources: band.family === 'v7' ? ['V7-ADV'] : band.family === 'v8' ? ['V8-ADV'] : ['D13-ADV'],
		rule: 'R15',
	};
}

const tempRule = (plan: Plan): string =>
	plan.hosting === 'azure-web-apps' ? 'R29' : plan.files.strategy === 'replication' ? 'R42' : 'R45';

function placementSteps(plan: Plan, version: VersionTuple, server: Server): Draft[] {
	const settings = effectiveSettings(plan, server);
	const steps: Draft[] = [];
	if (settings.localTemp === 'environment-temp') {
		const temp = localTempSetting(version);
		steps.push({ key: 'temp', text: `Keep temporary files on the machine: ${code(`${temp.key} = ${temp.value}`)} in ${code(temp.file)}.`, why: 'TEMP holds per-server state (cache files, the last-synced marker); shared or replicated it causes locks and wrong catch-up.', sources: ['V8-FSR', 'D13-FSR', 'D13-AZ'], rule: tempRule(plan) });
	}
	const examine = examineFactorySetting(version, settings.examineFactory);
	if (examine && settings.examineFactory !== 'default') {
		steps.push({ key: 'examine', text: `Set the Examine directory factory: ${code(`${examine.key} = ${examine.value}`)} in ${code(examine.file)}.`, why: 'Lucene indexes cannot be shared between servers; each keeps its own copy in local temp.', sources: ['V8-AZ', 'D13-AZ', 'D13-FSR'], rule: settings.examineFactory === 'temp' ? 'R30' : 'R31' });
	}
	if (settings.mainDomLock !== 'default' && version[0] >= 8) {
		steps.push({ key: 'maindom', text: `Use ${code(mainDomLockValues[settings.mainDomLock])} as the MainDom lock.`, why: 'On hosts that overlap restarts or move apps between workers, the default lock cannot keep two processes from owning the same files.', sources: ['V8-AZ', 'D10-AZ', 'D13-AZ'], rule: version[0] === 8 ? 'R32' : 'R35' });
	}
	if (settings.disableOverlappedRecycling) {
		steps.push({ key: 'overlap', text: 'In the Azure portal (not `web.config`), add the app setting `WEBSITE_DISABLE_OVERLAPPED_RECYCLING = 1`.', why: 'Two overlapping processes lock the published-content cache on this version.', sources: ['V8-AZ', 'V8-AZ-860'], rule: 'R33' });
	}
	return steps;
}

/** Steps for one server, in the order to do them. */
export function serverSteps(plan: Plan, band: VersionBand, version: VersionTuple, server: Server): ChecklistItem[] {
	const settings = effectiveSettings(plan, server);
	const drafts: (Draft | undefined)[] = [
		{ key: 'files', text: `Apply the files in ${code(`servers/${server.id}/`)} of this bundle (and the \`shared/\` files they name).`, why: 'Each server gets only the settings its role and hosting need.', sources: [] },
		roleStep(band, server),
		...placementSteps(plan, version, server),
		settings.upgradeUnattended ? { key: 'upgrade', text: 'Keep the unattended-upgrade switch on here only, and start this server first after an upgrade.', why: 'Only the main server may run the database migration; the others wait for it.', sources: ['D13-UPG', 'D16-UPG8'], rule: band.family === 'v8' ? 'R54' : 'R53' } : undefined,
		plan.engage ? { key: 'engage', text: `Set ${code(`Engage:Analytics:DataProcessing:IsProcessingServer = ${settings.engageProcessing ? 'true' : 'false'}`)}.`, why: 'Exactly the CM server processes raw analytics data.', sources: ['E13-LB', 'E17-LB'], rule: 'R56' } : undefined,
		server.kind !== 'backoffice' || isBehindLoadBalancer(server) ? undefined : { key: 'direct', text: `Make this server reachable for editors on its own host (${code(server.host)}), outside the load balancer.`, why: 'Only one server may serve the backoffice in the classic topology.', sources: ['V7-IDX', 'D13-README'], rule: 'R01' },
	];
	return drafts
		.filter((d): d is Draft => d !== undefined)
		.map(({ key, ...rest }) => ({ ...rest, id: `servers.${server.id}.${key}`, group: 'servers', server: server.id }));
}
