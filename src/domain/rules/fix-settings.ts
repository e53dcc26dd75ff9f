/**
 * Fixes for findings about one server's settings: temp folders, Examine factories, MainDom
 * locks, overlapped recycling, keep-alive, unattended upgrades, Engage processing and the
 * messenger. Each changes the one setting the finding's path names.
 */
import { mainServer } from '../plan/queries';
import type { Server } from '../plan/schema';
import { fieldFix, lastKey, serverFix, settingFix, type FixContext, type Fixer } from './fix-context';

type ServerFixer = (context: FixContext, server: Server) => ReturnType<Fixer>;

/** A fixer for hits on one server's setting; plan-wide hits of the same rule get no fix. */
const onServer = (fixer: ServerFixer): Fixer => (context) => (context.server && context.path.startsWith('servers[') ? fixer(context, context.server) : undefined);

const localTemp: ServerFixer = (c, s) => settingFix(c, s, 'localTemp', 'environment-temp', `Move ${s.name}'s temp files to local environment temp`);
const tempOnlyExamine: ServerFixer = (c, s) => settingFix(c, s, 'examineFactory', 'temp', `Keep ${s.name}'s Examine indexes in local temp only`);
const sqlLock: ServerFixer = (c, s) => settingFix(c, s, 'mainDomLock', 'sql', `Use SqlMainDomLock on ${s.name}`);
const overlapOff: ServerFixer = (c, s) => settingFix(c, s, 'disableOverlappedRecycling', true, `Turn overlapped recycling off on ${s.name}`);
const unattendedOff: ServerFixer = (c, s) => settingFix(c, s, 'upgradeUnattended', false, `Turn unattended upgrades off on ${s.name}`);

/** Fixers keyed by the last key of the finding's path. */
const byKey =
	(fixers: Readonly<Record<string, ServerFixer>>): ServerFixer =>
	(c, s) =>
		fixers[lastKey(c.path)]?.(c, s);

const r54: ServerFixer = byKey({
	configurationStatus: (c, s) => settingFix(c, s, 'configurationStatus', c.version.join('.'), `Set ${s.name}'s ConfigurationStatus to ${c.version.join('.')}`),
	upgradeUnattended: unattendedOff,
});

const r55: Fixer = (c) => {
	if (c.path === 'upgrades.unattended') return fieldFix('Turn unattended upgrades off', ['upgrades', 'unattended'], undefined);
	return onServer((_, s) => serverFix(`Remove ${s.name}'s unattended upgrade switch`, s.id, ['settings', 'upgradeUnattended'], undefined))(c);
};

const r56: ServerFixer = (c, s) => {
	const isCm = s.id === c.plan.engage?.cmServer;
	return settingFix(c, s, 'engageProcessing', isCm, isCm ? `Process Engage analytics on ${s.name}` : `Stop processing Engage analytics on ${s.name}`);
};

const r65: ServerFixer = ({ plan }, s) => {
	const main = mainServer(plan);
	return serverFix(`Use ${main.name}'s messenger settings on ${s.name}`, s.id, ['settings', 'messenger'], main.settings.messenger);
};

/** Fixers of the rules about one server's settings, by rule id. */
export const settingFixers: Readonly<Record<string, Fixer>> = {
	R11: onServer((c, s) => settingFix(c, s, 'umbracoUseSsl', true, `Set umbracoUseSSL to true on ${s.name}`)),
	R19: onServer((_, s) =>
		s.database === 'read-only-login' ? serverFix(`Let ${s.name}'s login write umbracoLock and umbracoKeyValue`, s.id, ['settings', 'lockTablesWritable'], true) : undefined
	),
	R29: onServer(localTemp),
	R30: onServer(tempOnlyExamine),
	R31: onServer((c, s) => settingFix(c, s, 'examineFactory', 'synced-temp', `Use the synced temp Examine factory on ${s.name}`)),
	R32: onServer(sqlLock),
	R33: onServer(byKey({ mainDomLock: sqlLock, disableOverlappedRecycling: overlapOff })),
	R34: onServer(overlapOff),
	R35: onServer(sqlLock),
	R36: onServer((c, s) => settingFix(c, s, 'mainDomLock', 'file-system', `Use FileSystemMainDomLock on ${s.name}`)),
	R37: onServer((_, s) => serverFix(`Drop ${s.name}'s redundant MainDomLock setting`, s.id, ['settings', 'mainDomLock'], undefined)),
	R41: onServer((_, s) => serverFix(`Remove WEBSITE_RUN_FROM_PACKAGE from ${s.name}`, s.id, ['settings', 'runFromPackage'], undefined)),
	R45: onServer(byKey({ localTemp, examineFactory: tempOnlyExamine })),
	R51: onServer((c, s) => serverFix(`Remove ${s.name}'s KeepAlive settings`, s.id, ['settings', lastKey(c.path)], undefined)),
	// Not for the hit on a scaled-out main server (path …instances): scaling in is the person's call.
	R53: onServer(byKey({ upgradeUnattended: unattendedOff })),
	R54: onServer(r54),
	R55: r55,
	R56: onServer(r56),
	R65: onServer(r65),
	// R81's hit on a server is AspNetTemp on v9+; its plan-wide hits (settings a version lacks) are the person's call.
	R81: onServer(byKey({ localTemp })),
	R85: onServer((_, s) => serverFix(`Leave ${s.name}'s MainDom lock to the default`, s.id, ['settings', 'mainDomLock'], undefined)),
};
