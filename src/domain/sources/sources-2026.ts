/**
 * Sources of the facts added after the fact sheet: Umbraco 17.3–17.8, 18.0–18.3 and the
 * preview of 19 (`shared/reference/umbraco-updates-2026.md`). Same shape as the fact-sheet
 * catalogue, which lists these after its own. Docs pages are pinned to the revision read.
 */
import type { Source } from './source-catalogue';
import { cmsRepo as cms, cmsThread as thread, docsPage as page } from './source-builders';

export const sources2026: readonly Source[] = [
	page('D17-WEBROUTING', 'Umbraco 17 docs: web routing settings (ApplicationUrlDetection)', '17/umbraco-cms/develop-with-umbraco/configuration/webroutingsettings.md', '48dee870712b1aa9ea46974496aa5bacf200411e'),
	page('D17-HOSTING-2026', 'Umbraco 17 docs: hosting settings (Debug, MachineIdentifier from 17.6)', '17/umbraco-cms/develop-with-umbraco/configuration/hostingsettings.md', '30853c15e0b6e98875151dd09d5e354a72b782df'),
	page('D17-PROBES', 'Umbraco 17 docs: health probes (17.3+)', '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/health-probes.md', '30853c15e0b6e98875151dd09d5e354a72b782df'),
	page('D17-SCHEDPUB', 'Umbraco 17 docs: scheduled publishing settings (Period, AlignToClock)', '17/umbraco-cms/develop-with-umbraco/configuration/scheduledpublishingsettings.md', '436de7fff869fbd9aafb3c8fd2358b30fd92cdeb'),
	page('D17-LB-2026', 'Umbraco 17 docs: load balancing overview (two backoffice options)', '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/README.md', '2a924ef6d2be8ffe138730b1dfbddd4b615f8ce8'),
	page('D18-GLOBAL', 'Umbraco 18 docs: global settings (SyncTimeout, TouchTimeout)', '18/umbraco-cms/develop-with-umbraco/configuration/globalsettings.md', '022feccfc0fe05e6de2b757ed04b832b05529f2a'),
	page('D18-UPG', 'Umbraco 18 docs: unattended upgrades (after start from 17.3)', '18/umbraco-cms/get-started/upgrading-and-migrating/upgrade-unattended.md', 'a5b5f50fc58e8b288b501bbc12a5ff78da27f0af'),
	page('D18-VERSION-SPECIFIC', 'Umbraco 18 docs: version-specific upgrade notes', '18/umbraco-cms/get-started/upgrading-and-migrating/version-specific/README.md', '0b6d96b3895c996db54594b5727d0f304e1a7351'),
	page('D10-UPG-SQLCE', 'Umbraco docs: 9 to 10 upgrade, SQL CE no longer supported', 'Fundamentals/Setup/Upgrading/version-specific.md', 'main'),
	page('CLOUD-LB', 'Umbraco Cloud docs: load balancing (prerequisites, sticky sessions, Redis)', 'umbraco-cloud/optimize-and-maintain-your-site/optimize-performance/load-balancing.md', '1d24c6d029d9b05ff0f596c6f7ca768ac07c5dca'),
	page('E13-README', 'Umbraco Engage 13 docs: overview ("only available for Umbraco 13")', '13/umbraco-engage/README.md', 'main'),
	page('E16-UPG', 'Umbraco Engage 16 docs: version-specific notes (13.0.0 replaces uMarketingSuite)', '16/umbraco-engage/upgrading/version-specific-upgrade-notes.md', '0413d98333de73def34af82371a8c6601bbff0ce'),
	page('E16-MIGRATE', 'Umbraco Engage docs: migrate from uMarketingSuite (its last version runs on 13)', '16/umbraco-engage/upgrading/migrate-from-umarketingsuite.md', 'c8e41bcc66573ca7e95cc13499d3750acca19651'),
	{
		id: 'SRC-SIGNALRSET',
		title: 'Umbraco source: SignalRSettings (ClientShouldSkipNegotiation)',
		repo: cms,
		path: 'src/Umbraco.Core/Configuration/Models/SignalRSettings.cs',
		url: `https://github.com/${cms}/blob/f384f359c8a4ee752083a137c1fab735819bd920/src/Umbraco.Core/Configuration/Models/SignalRSettings.cs`,
	},
	{
		id: 'SRC-MIGRATIONCOORD',
		title: 'Umbraco source: MigrationCoordinator (leader claim, MigrationClaimTimeout)',
		repo: cms,
		path: 'src/Umbraco.Infrastructure/Install/MigrationCoordinator.cs',
		url: `https://github.com/${cms}/blob/main/src/Umbraco.Infrastructure/Install/MigrationCoordinator.cs`,
	},
	thread('PR-22307', 'pull', 22307, 'Umbraco-CMS PR #22307: ApplicationUrlDetection, default None (17.4)'),
	thread('PR-22572', 'pull', 22572, 'Umbraco-CMS PR #22572: read-only database skips jobs and URL writes (17.4)'),
	thread('PR-22700', 'pull', 22700, 'Umbraco-CMS PR #22700: SignalR ClientShouldSkipNegotiation (17.5)'),
	thread('PR-22815', 'pull', 22815, 'Umbraco-CMS PR #22815: unattended upgrades coordinate a leader (17.4.2)'),
	thread('PR-22890', 'pull', 22890, 'Umbraco-CMS PR #22890: URL tables written on the originating server only (17.4.2)'),
	thread('PR-22951', 'pull', 22951, 'Umbraco-CMS PR #22951: cache-busted backoffice assets (hash per request in debug)'),
	thread('PR-23033', 'pull', 23033, 'Umbraco-CMS PR #23033: touch without an application URL (17.6, 18.1)'),
	thread('PR-23119', 'pull', 23119, 'Umbraco-CMS PR #23119: SyncTimeout and TouchTimeout (17.6, 18.1)'),
	thread('PR-23233', 'pull', 23233, 'Umbraco-CMS PR #23233: machine identity and Hosting:MachineIdentifier (17.6, 18.1)'),
	thread('PR-23236', 'pull', 23236, 'Umbraco-CMS PR #23236: readiness probe answers 503 while not ready'),
	thread('PR-23421', 'pull', 23421, 'Umbraco-CMS PR #23421: cache instructions written without MainDom (17.7, 18.2)'),
	thread('PR-23801', 'pull', 23801, 'Umbraco-CMS PR #23801: one election at boot (17.8, 18.3)'),
	thread('ISSUE-21568', 'issues', 21568, 'Umbraco-CMS issue #21568: backoffice asset URLs per instance break load balancing'),
	thread('ISSUE-21783', 'issues', 21783, 'Umbraco-CMS issue #21783: a read-only Subscriber stops working on 17.1/17.2 (last-synced writes)'),
	thread('ISSUE-22191', 'issues', 22191, 'Umbraco-CMS issue #22191: distributed jobs write to a read-only database (17.3)'),
	thread('ISSUE-22570', 'issues', 22570, 'Umbraco-CMS issue #22570: ContentCacheRefresher writes to a read-only database (17.3)'),
	thread('ISSUE-22947', 'issues', 22947, 'Umbraco-CMS issue #22947: cold boot on every restart where the machine name changes'),
	thread('ISSUE-23219', 'issues', 23219, 'Umbraco-CMS issue #23219: publisher without MainDom never writes cache instructions'),
	thread('ISSUE-23896', 'issues', 23896, 'Umbraco-CMS issue #23896: OpenID Connect signing keys differ per node'),
];
