/**
 * R19, R32–R38: the MainDom lock. Which lock each version and host needs (Azure changes it
 * band by band), and what the SQL lock asks of the database. Rules read effective settings:
 * the plan's explicit value, or the recommended one.
 */
import { effectiveSettings } from '../../plan/recommend';
import { mainServer, operatingSystem } from '../../plan/queries';
import type { Plan, Server } from '../../plan/schema';
import type { VersionBand } from '../../versions/bands';
import { bandsBetween } from '../band-sets';
import { isAzure, lockLabel, mainDomLockText, publisherName, serverPath, subscriberName } from '../helpers';
import type { Rule, RuleHit } from '../types';

/** The lock a server ends up with: SQL when asked, or on 9.0–9.3 off Windows where the default is SQL [SRC-MAINDOM9]. */
function usesSqlLock(plan: Plan, band: VersionBand, server: Server): boolean {
	// A custom IMainDomLock replaces the setting altogether ("replace the MainDomLock with a custom provider") [D13-ADV].
	if (server.settings.customMainDomLock) return false;
	// `MainDomLock == "SqlMainDomLock" || isWindows == false` in the 9.0 builder: off Windows every setting means
	// the SQL lock, while Windows (containers included) keeps the semaphore unless SQL is asked for.
	if (band.id === 'v9.0-9.3' && operatingSystem(plan) === 'linux') return true;
	return effectiveSettings(plan, server).mainDomLock === 'sql';
}

/** One hit per Azure server whose effective lock is not one of `wanted`. */
function azureLockHits(plan: Plan, band: VersionBand, wanted: readonly ('sql' | 'file-system')[]): RuleHit[] {
	if (!isAzure(plan)) return [];
	const want = wanted.map((kind) => mainDomLockText(band, kind)).join(' or ');
	return plan.servers.flatMap((s) => {
		const lock = effectiveSettings(plan, s).mainDomLock;
		if ((wanted as readonly string[]).includes(lock) || s.settings.customMainDomLock) return [];
		return [{ servers: [s.id], path: `${serverPath(plan, s)}.settings.mainDomLock`, message: `${s.name} uses ${lockLabel(lock)}; on Azure Web Apps with ${plan.umbraco} set ${want}.` }];
	});
}

// [V8-ADV] [D10-ADV] [D13-ADV]: SqlMainDomLock writes umbracoLock and umbracoKeyValue on every role.
const r19: Rule = {
	id: 'R19',
	severity: 'error',
	bands: bandsBetween('v8.6.0-8.6.3'),
	summary: 'SqlMainDomLock needs write access to umbracoLock and umbracoKeyValue, so it cannot run on a read-only database.',
	why: 'The SQL MainDom lock keeps its state in umbracoKeyValue under a umbracoLock lock, on every server including subscribers. A read-only login needs write permission on those two tables; a SQL Server read-only replica cannot be used without replacing the MainDom lock with a custom provider.',
	fix: 'Grant the read-only login write access to umbracoLock and umbracoKeyValue, or use a lock that does not write to the database (FileSystemMainDomLock from v9.4, the default from v10). A read-only replica database needs a non-SQL MainDom lock.',
	sources: ['V8-ADV', 'D10-ADV', 'D13-ADV'],
	certainty: 'documented',
	lesson: 'maindom-locks',
	check({ plan, band }) {
		return plan.servers.flatMap((s) => {
			if (s.database === 'read-write' || !usesSqlLock(plan, band, s)) return [];
			if (s.database === 'read-only-login' && s.settings.lockTablesWritable === true) return [];
			const path = `${serverPath(plan, s)}.settings.mainDomLock`;
			return s.database === 'read-only-login'
				? [{ servers: [s.id], path, message: `${s.name} uses SqlMainDomLock with a read-only login that cannot write umbracoLock and umbracoKeyValue.` }]
				: [{ servers: [s.id], path, message: `${s.name} reads a read-only replica database, where SqlMainDomLock cannot work.` }];
		});
	},
};

// [V8-AZ]: 8.6.4+ — SqlMainDomLock on master and replicas alike.
const r32: Rule = {
	id: 'R32',
	severity: 'error',
	bands: bandsBetween('v8.6.4-8.9', 'v8.12+'),
	summary: 'On Azure Web Apps from 8.6.4 every server needs Umbraco.Core.MainDom.Lock=SqlMainDomLock.',
	why: 'Azure moves and overlaps app instances; the default system-wide semaphore cannot see across them, so two instances can own the same MainDom and lock the published cache and indexes.',
	fix: 'Add <add key="Umbraco.Core.MainDom.Lock" value="SqlMainDomLock" /> to web.config (or as a portal app setting) on the admin and the public app.',
	sources: ['V8-AZ'],
	certainty: 'documented',
	lesson: 'maindom-locks',
	check({ plan, band }) {
		return azureLockHits(plan, band, ['sql']);
	},
};

// [V8-AZ] [V8-AZ-864]; DOCS DISAGREE on the band's end (8.6.1 vs 8.6.3).
const r33: Rule = {
	id: 'R33',
	severity: 'error',
	bands: ['v8.6.0-8.6.3'],
	summary: 'On Azure Web Apps with 8.6.0–8.6.3 the Master needs SqlMainDomLock and the replicas WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1.',
	why: 'In these minors the docs split the advice: SqlMainDomLock on the Master only; replicas disable overlapped recycling so two instances never hold the published cache at once. DOCS DISAGREE on the range: one paragraph points to a "v8.6.0 - v8.6.1" section whose heading says "v8.6.0 - v8.6.3".',
	fix: 'On the admin app add Umbraco.Core.MainDom.Lock=SqlMainDomLock; on the public app add the app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1 in the Azure portal (web.config has no effect). If locks persist, replicas may set PublishedSnapshotServiceOptions { IgnoreLocalDb = true }.',
	sources: ['V8-AZ', 'V8-AZ-864'],
	certainty: 'docs-disagree',
	lesson: 'maindom-locks',
	check({ plan, band }) {
		if (!isAzure(plan)) return [];
		const main = mainServer(plan);
		return plan.servers.flatMap((s) => {
			const eff = effectiveSettings(plan, s);
			const at = serverPath(plan, s);
			if (s.id === main.id) {
				return eff.mainDomLock === 'sql' ? [] : [{ servers: [s.id], path: `${at}.settings.mainDomLock`, message: `${s.name} (${publisherName(band)}) needs ${mainDomLockText(band, 'sql')}.` }];
			}
			return eff.disableOverlappedRecycling ? [] : [{ servers: [s.id], path: `${at}.settings.disableOverlappedRecycling`, message: `${s.name} (${subscriberName(band)}) needs the portal app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1.` }];
		});
	},
};

// [V8-AZ] [V8-AZ-860]: 8.0–8.5 — no SQL lock yet; every app disables overlapped recycling.
const r34: Rule = {
	id: 'R34',
	severity: 'error',
	bands: ['v8.0-8.5'],
	summary: 'On Azure Web Apps with 8.0–8.5 every server, admin included, needs WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1.',
	why: 'When Azure moves, scales or swaps an app, an overlapping instance can lock the published cache. SqlMainDomLock only arrived in 8.6, so on 8.0–8.5 the only guard is to switch overlapped recycling off on every app.',
	fix: 'Add the app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1 in the Azure portal (not web.config) on the admin and the public app.',
	sources: ['V8-AZ', 'V8-AZ-860'],
	certainty: 'documented',
	lesson: 'maindom-locks',
	check({ plan }) {
		if (!isAzure(plan)) return [];
		return plan.servers.flatMap((s) => {
			if (effectiveSettings(plan, s).disableOverlappedRecycling) return [];
			const note = s.settings.mainDomLock === 'sql' ? ' (its SqlMainDomLock setting has no effect before 8.6)' : '';
			return [{ servers: [s.id], path: `${serverPath(plan, s)}.settings.disableOverlappedRecycling`, message: `${s.name} needs the portal app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1${note}.` }];
		});
	},
};

// [D10-AZ]: the "9.0.0 - 9.4.0" tab.
const r35: Rule = {
	id: 'R35',
	severity: 'error',
	bands: ['v9.0-9.3'],
	summary: 'On Azure Web Apps with 9.0–9.3 every server needs Umbraco:CMS:Global:MainDomLock=SqlMainDomLock.',
	why: 'The default semaphore lock is Windows-only and per machine; Azure instances overlap across workers, so the lock must live in the database.',
	fix: 'Set Umbraco:CMS:Global:MainDomLock to SqlMainDomLock (app setting UMBRACO__CMS__Global__MainDomLock) on every app.',
	sources: ['D10-AZ'],
	certainty: 'documented',
	lesson: 'maindom-locks',
	check({ plan, band }) {
		return azureLockHits(plan, band, ['sql']);
	},
};

// [D10-AZ] [D13-AZ]; DOCS DISAGREE: 9.4 is in both tabs, so 9.4 accepts either lock.
const r36: Rule = {
	id: 'R36',
	severity: 'error',
	bands: ['v9.4-9.5'],
	summary: 'On Azure Web Apps with 9.4–9.5 every server needs Umbraco:CMS:Global:MainDomLock=FileSystemMainDomLock.',
	why: 'The default in 9.4 and 9.5 is still the Windows-only semaphore, which fails with several instances. DOCS DISAGREE: 9.4 appears both in the "9.0.0 - 9.4.0" tab (SqlMainDomLock) and in the 9.4/9.5 advice (FileSystemMainDomLock), so on 9.4 either is accepted.',
	fix: 'Set Umbraco:CMS:Global:MainDomLock to FileSystemMainDomLock (app setting UMBRACO__CMS__Global__MainDomLock) on every app.',
	sources: ['D10-AZ', 'D13-AZ'],
	certainty: 'docs-disagree',
	lesson: 'maindom-locks',
	check({ plan, band, version }) {
		return azureLockHits(plan, band, version[1] === 4 ? ['file-system', 'sql'] : ['file-system']);
	},
};

// [D13-GLOBAL] [D17-GLOBAL]
const r37: Rule = {
	id: 'R37',
	severity: 'info',
	bands: bandsBetween('v10-13'),
	summary: 'From v10 FileSystemMainDomLock is the default MainDom lock; no setting is needed.',
	why: 'v10 made the cross-platform file-system lock the default, which also suits Azure Web Apps; setting it explicitly is harmless.',
	fix: 'Nothing to do; the Umbraco:CMS:Global:MainDomLock line may be left out.',
	sources: ['D13-GLOBAL', 'D17-GLOBAL'],
	certainty: 'documented',
	lesson: 'maindom-locks',
	check({ plan }) {
		const explicit = plan.servers.filter((s) => s.settings.mainDomLock === 'file-system');
		if (explicit.length > 0) {
			return explicit.map((s) => ({ servers: [s.id], path: `${serverPath(plan, s)}.settings.mainDomLock`, message: `${s.name} sets FileSystemMainDomLock, which is already the default.` }));
		}
		// A plan that pins another lock (SqlMainDomLock for slots, a custom lock) chose it on purpose.
		const chosen = plan.servers.some((s) => (s.settings.mainDomLock ?? 'default') !== 'default' || s.settings.customMainDomLock);
		return isAzure(plan) && !chosen ? [{ path: 'hosting', message: 'On Azure Web Apps from v10 the default FileSystemMainDomLock is the right lock; no MainDomLock setting is needed (the bundle writes it anyway, as Umbraco’s Azure page does, which is harmless).' }] : [];
	},
};

// [D13-GLOBAL]: slots share the machine name, so the SQL lock key needs a slot-specific discriminator.
const r38: Rule = {
	id: 'R38',
	severity: 'warning',
	// The discriminator arrived in 9.4 (Umbraco-CMS PR #12037; UmbracoDocs issue #3894): before it there is nothing to set.
	bands: bandsBetween('v9.4-9.5'),
	summary: 'Azure deployment slots with SqlMainDomLock need a slot-specific Umbraco:CMS:Global:MainDomKeyDiscriminator.',
	why: 'Slots of one app run on the same machine name, so with the SQL lock they compute the same MainDom key and fight over it.',
	fix: 'Set Umbraco:CMS:Global:MainDomKeyDiscriminator to a different value per slot (as a slot setting).',
	sources: ['D13-GLOBAL'],
	certainty: 'documented',
	lesson: 'maindom-locks',
	check({ plan, band }) {
		if (!isAzure(plan) || !plan.azure.deploymentSlots) return [];
		return plan.servers.flatMap((s) => {
			if (!usesSqlLock(plan, band, s)) return [];
			const value = s.settings.mainDomKeyDiscriminator;
			const path = `${serverPath(plan, s)}.settings.mainDomKeyDiscriminator`;
			if (value === undefined) return [{ servers: [s.id], path, message: `${s.name} uses SqlMainDomLock in deployment slots without a slot-specific MainDomKeyDiscriminator.` }];
			// App Service gives every instance of a slot the same settings, so `{instance}` cannot tell slots apart (instances.ts).
			if (value.includes('{instance}')) return [{ servers: [s.id], path, message: `${s.name}'s MainDomKeyDiscriminator "${value}" numbers instances, but it must differ per slot: App Service gives every instance of a slot the same value, and each slot would count from 1 alike. Set one value per slot as a slot setting.` }];
			return [];
		});
	},
};

// [D13-GLOBAL] lists MainDomSemaphoreLock as Windows only; its constructor throws PlatformNotSupportedException
// off Windows ("MainDomSemaphoreLock is only supported on Windows.", Umbraco-CMS
// src/Umbraco.Core/Runtime/MainDomSemaphoreLock.cs), and from v10 the builder constructs the lock the setting
// names (`switch (globalSettings.Value.MainDomLock)`, UmbracoBuilder.CoreServices.cs), so the site does not start.
// 9.0–9.3 use the SQL lock off Windows whatever the setting [SRC-MAINDOM9]; 9.4–9.5's builder is unverified,
// so the rule starts at 10. v7/v8 run on Windows only.
const r85: Rule = {
	id: 'R85',
	severity: 'error',
	bands: bandsBetween('v10-13'),
	summary: 'MainDomSemaphoreLock only runs on Windows: on Linux containers or Linux App Service the site does not start.',
	why: 'The semaphore lock is a named system semaphore, which .NET only provides on Windows; off Windows its constructor throws a PlatformNotSupportedException while Umbraco boots.',
	fix: 'Leave the MainDom lock to the default (FileSystemMainDomLock), or use SqlMainDomLock; or run the servers on Windows.',
	sources: ['D13-GLOBAL'],
	certainty: 'documented',
	lesson: 'maindom-locks',
	check({ plan }) {
		if (operatingSystem(plan) !== 'linux') return [];
		return plan.servers
			.filter((s) => !s.settings.customMainDomLock && effectiveSettings(plan, s).mainDomLock === 'semaphore')
			.map((s) => ({ servers: [s.id], path: `${serverPath(plan, s)}.settings.mainDomLock`, message: `${s.name} uses MainDomSemaphoreLock on Linux, where it throws at start: Umbraco ${plan.umbraco} would not boot.` }));
	},
};

/** R19, R32–R38 and R85. */
export const mainDomRules: readonly Rule[] = [r19, r32, r33, r34, r35, r36, r37, r38, r85];
