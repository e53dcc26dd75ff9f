/**
 * Catalogue of the sources behind the fact sheet
 * (`shared/reference/umbraco-load-balancing-facts.md`, §0).
 *
 * Every key of §0 is listed here, in the same order, so lessons can cite any of them with
 * `<Cite id="…" />`. Pure data: no framework or Node imports.
 */

import { sources2026 } from './sources-2026';
import { sources as azureLegacySources } from './lesson-sources/azure-legacy';
import { sources as backofficeSources } from './lesson-sources/backoffice';
import { sources as engageSources } from './lesson-sources/engage';
import { sources as filesSources } from './lesson-sources/files';
import { sources as foundationsSources } from './lesson-sources/foundations';
import { sources as keysSources } from './lesson-sources/keys';
import { sources as operationsSources } from './lesson-sources/operations';
import { sources as rolesSources } from './lesson-sources/roles';

/** One source a fact comes from: a page of Umbraco's docs, a source file, or a GitHub thread. */
export interface Source {
	/** Fact-sheet key, e.g. 'D13-README'. */
	readonly id: string;
	/** Short human title, e.g. 'Umbraco 13 docs: load balancing overview'. */
	readonly title: string;
	/** Repository the fact was read from, e.g. 'umbraco/UmbracoDocs'. */
	readonly repo: string;
	/** Path inside the repository (or 'pull/1234' / 'issues/9088' for threads). */
	readonly path: string;
	/** Link a reader can open. */
	readonly url: string;
}

/** All sources, in the order of the fact sheet's legend. */
export const sources: readonly Source[] = [
	// umbraco/UmbracoDocs: legacy (v7/v8-era) tree. This tree predates the versioned folders and
	// may be gone from main, so these links can 404; pin a commit where a link must resolve.
	{
		id: 'V7-IDX',
		title: 'Umbraco 7 docs: load balancing overview',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/index-v7.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/index-v7.md',
	},
	{
		id: 'V7-FLEX',
		title: 'Umbraco 7 docs: flexible load balancing (7.3+)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-v7.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-v7.md',
	},
	{
		id: 'V7-FLEX0',
		title: 'Umbraco 7.3 docs: flexible load balancing, earliest wording',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/flexible.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/a81e5ae393fee0e1d2c77021e9b4c61523fa258c/Getting-Started/Setup/Server-Setup/Load-Balancing/flexible.md',
	},
	{
		id: 'V7-ADV',
		title: 'Umbraco 7 docs: flexible load balancing, advanced (Master/Slave registrars)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced-v7.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced-v7.md',
	},
	{
		id: 'V7-TRAD',
		title: 'Umbraco 7 docs: traditional load balancing before 7.3 (distributedCall)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/traditional.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/37bf4c9c38d99704b55754024ff762fe396b3efb/Getting-Started/Setup/Server-Setup/Load-Balancing/traditional.md',
	},
	{
		id: 'V7-REPL',
		title: 'Umbraco 7 docs: replicated files',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/files-replicated-v7.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/files-replicated-v7.md',
	},
	{
		id: 'V7-SHARED',
		title: 'Umbraco 7 docs: files on a shared SAN/NAS/UNC location',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/files-shared-v7.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/files-shared-v7.md',
	},
	{
		id: 'V7-LOG',
		title: 'Umbraco 7 docs: logging in a load-balanced setup (log4net)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/logging-v7.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/logging-v7.md',
	},
	{
		id: 'V8-IDX',
		title: 'Umbraco 8 docs: load balancing overview (8.6.4+)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/index.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/index.md',
	},
	// The index showed this revision (versionFrom 8.6.4) but not its file name, so the link opens
	// the folder.
	{
		id: 'V8-CFG',
		title: 'Umbraco 8 docs: configuring a load balanced site (draft; links to its folder)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing',
		url: 'https://github.com/umbraco/UmbracoDocs/tree/main/Getting-Started/Setup/Server-Setup/Load-Balancing',
	},
	{
		id: 'V8-ADV',
		title: 'Umbraco 8 docs: flexible load balancing, advanced (Master/Replica registrars)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/5c36c9f6c5f8118f00c828f850776628b6a698b6/Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced.md',
	},
	{
		id: 'V8-ADV-802',
		title: 'Umbraco 8 docs: advanced options before 8.0.2',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced-vpre-8.0.2.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced-vpre-8.0.2.md',
	},
	{
		id: 'V8-ADV-864',
		title: 'Umbraco 8 docs: advanced options before 8.6.4',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced-vpre-8.6.4.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced-vpre-8.6.4.md',
	},
	{
		id: 'V8-ADV-810',
		title: 'Umbraco 8 docs: advanced options before 8.10.0 (ServerRole.Primary)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced-vpre-8.10.0.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/flexible-advanced-vpre-8.10.0.md',
	},
	{
		id: 'V8-AZ',
		title: 'Umbraco 8 docs: load balancing on Azure Web Apps (8.6+)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/azure-web-apps.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/azure-web-apps.md',
	},
	{
		id: 'V8-AZ-860',
		title: 'Umbraco 8 docs: Azure Web Apps before 8.6.0',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/azure-web-apps-vpre-8.6.0.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/azure-web-apps-vpre-8.6.0.md',
	},
	{
		id: 'V8-AZ-864',
		title: 'Umbraco 8 docs: Azure Web Apps before 8.6.4',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/azure-web-apps-vpre-8.6.4.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/azure-web-apps-vpre-8.6.4.md',
	},
	{
		id: 'V8-FSR',
		title: 'Umbraco 8 docs: file system replication',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/file-system-replication.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/file-system-replication.md',
	},
	{
		id: 'V8-LOG',
		title: 'Umbraco 8 docs: logging in a load-balanced setup (Serilog)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/logging.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/logging.md',
	},
	// umbraco/UmbracoDocs: other legacy paths.
	{
		id: 'V8-AZGEN',
		title: 'Umbraco 8 docs: running on Azure Web Apps (recommended app settings)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Setup/Server-Setup/azure-web-apps.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Setup/Server-Setup/azure-web-apps.md',
	},
	{
		id: 'V8-LOGGING',
		title: 'Umbraco 8 docs: logging (Serilog file names)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Getting-Started/Code/Debugging/Logging/index-v8.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Getting-Started/Code/Debugging/Logging/index-v8.md',
	},
	{
		id: 'V7-WEBCFG',
		title: 'Umbraco 7 docs: web.config reference (umbracoLocalTempStorage)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Reference/Config/webconfig/index-v7.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Reference/Config/webconfig/index-v7.md',
	},
	{
		id: 'V8-WEBCFG',
		title: 'Umbraco 8 docs: web.config reference (LocalTempStorage, LuceneDirectoryFactory)',
		repo: 'umbraco/UmbracoDocs',
		path: 'Reference/Config/webconfig/index.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Reference/Config/webconfig/index.md',
	},
	{
		id: 'V8-UMBSET',
		title: 'Umbraco 8 docs: umbracoSettings.config reference',
		repo: 'umbraco/UmbracoDocs',
		path: 'Reference/Config/umbracoSettings/index.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Reference/Config/umbracoSettings/index.md',
	},
	{
		id: 'V8-KEEPALIVE',
		title: 'Umbraco 8.6+ docs: umbracoSettings.config keepAlive element',
		repo: 'umbraco/UmbracoDocs',
		path: 'Reference/Config/umbracoSettings/index-vpost8.6.0.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Reference/Config/umbracoSettings/index-vpost8.6.0.md',
	},
	{
		id: 'V9-EXAMINE',
		title: 'Umbraco 9 docs: Examine settings',
		repo: 'umbraco/UmbracoDocs',
		path: 'Reference/Configuration/ExamineSettings/index.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Reference/Configuration/ExamineSettings/index.md',
	},
	{
		id: 'V9-KEEPALIVE',
		title: 'Umbraco 9 docs: keep-alive settings',
		repo: 'umbraco/UmbracoDocs',
		path: 'Reference/Configuration/KeepAliveSettings/index.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Reference/Configuration/KeepAliveSettings/index.md',
	},
	{
		id: 'V9-LOGSET',
		title: 'Umbraco 9 docs: logging settings',
		repo: 'umbraco/UmbracoDocs',
		path: 'Reference/Configuration/LoggingSettings/index.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/Reference/Configuration/LoggingSettings/index.md',
	},
	// umbraco/UmbracoDocs: versioned GitBook tree.
	{
		id: 'D10-README',
		title: 'Umbraco 10 docs: load balancing overview',
		repo: 'umbraco/UmbracoDocs',
		path: '10/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/10/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
	},
	{
		id: 'D10-AZ',
		title: 'Umbraco 10 docs: load balancing on Azure Web Apps',
		repo: 'umbraco/UmbracoDocs',
		path: '10/umbraco-cms/fundamentals/setup/server-setup/load-balancing/azure-web-apps.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/10/umbraco-cms/fundamentals/setup/server-setup/load-balancing/azure-web-apps.md',
	},
	{
		id: 'D10-ADV',
		title: 'Umbraco 10 docs: flexible load balancing, advanced',
		repo: 'umbraco/UmbracoDocs',
		path: '10/umbraco-cms/fundamentals/setup/server-setup/load-balancing/flexible-advanced.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/10/umbraco-cms/fundamentals/setup/server-setup/load-balancing/flexible-advanced.md',
	},
	{
		id: 'D12-LOG',
		title: 'Umbraco 12 docs: logging in a load-balanced setup',
		repo: 'umbraco/UmbracoDocs',
		path: '12/umbraco-cms/fundamentals/setup/server-setup/load-balancing/logging.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/12/umbraco-cms/fundamentals/setup/server-setup/load-balancing/logging.md',
	},
	{
		id: 'D13-README',
		title: 'Umbraco 13 docs: load balancing overview',
		repo: 'umbraco/UmbracoDocs',
		path: '13/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/13/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
	},
	{
		id: 'D13-ADV',
		title: 'Umbraco 13 docs: flexible load balancing, advanced',
		repo: 'umbraco/UmbracoDocs',
		path: '13/umbraco-cms/fundamentals/setup/server-setup/load-balancing/flexible-advanced.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/13/umbraco-cms/fundamentals/setup/server-setup/load-balancing/flexible-advanced.md',
	},
	{
		id: 'D13-AZ',
		title: 'Umbraco 13 docs: load balancing on Azure Web Apps',
		repo: 'umbraco/UmbracoDocs',
		path: '13/umbraco-cms/fundamentals/setup/server-setup/load-balancing/azure-web-apps.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/13/umbraco-cms/fundamentals/setup/server-setup/load-balancing/azure-web-apps.md',
	},
	{
		id: 'D13-FSR',
		title: 'Umbraco 13 docs: file system replication',
		repo: 'umbraco/UmbracoDocs',
		path: '13/umbraco-cms/fundamentals/setup/server-setup/load-balancing/file-system-replication.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/13/umbraco-cms/fundamentals/setup/server-setup/load-balancing/file-system-replication.md',
	},
	{
		id: 'D13-GLOBAL',
		title: 'Umbraco 13 docs: global settings',
		repo: 'umbraco/UmbracoDocs',
		path: '13/umbraco-cms/reference/configuration/globalsettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/13/umbraco-cms/reference/configuration/globalsettings.md',
	},
	{
		id: 'D13-UPG',
		title: 'Umbraco 13 docs: upgrading',
		repo: 'umbraco/UmbracoDocs',
		path: '13/umbraco-cms/fundamentals/setup/upgrading/README.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/13/umbraco-cms/fundamentals/setup/upgrading/README.md',
	},
	{
		id: 'D14-README',
		title: 'Umbraco 14 docs: load balancing overview',
		repo: 'umbraco/UmbracoDocs',
		path: '14/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/14/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
	},
	{
		id: 'D15-README',
		title: 'Umbraco 15 docs: load balancing overview',
		repo: 'umbraco/UmbracoDocs',
		path: '15/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/15/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
	},
	{
		id: 'D16-README',
		title: 'Umbraco 16 docs: load balancing overview',
		repo: 'umbraco/UmbracoDocs',
		path: '16/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/16/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
	},
	{
		id: 'D16-ADV',
		title: 'Umbraco 16 docs: flexible load balancing, advanced',
		repo: 'umbraco/UmbracoDocs',
		path: '16/umbraco-cms/fundamentals/setup/server-setup/load-balancing/flexible-advanced.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/16/umbraco-cms/fundamentals/setup/server-setup/load-balancing/flexible-advanced.md',
	},
	{
		id: 'D16-LOG',
		title: 'Umbraco 16 docs: logging in a load-balanced setup',
		repo: 'umbraco/UmbracoDocs',
		path: '16/umbraco-cms/fundamentals/setup/server-setup/load-balancing/logging.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/16/umbraco-cms/fundamentals/setup/server-setup/load-balancing/logging.md',
	},
	{
		id: 'D16-CACHE',
		title: 'Umbraco 16 docs: cache settings',
		repo: 'umbraco/UmbracoDocs',
		path: '16/umbraco-cms/reference/configuration/cache-settings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/16/umbraco-cms/reference/configuration/cache-settings.md',
	},
	{
		id: 'D16-WEBROUTING',
		title: 'Umbraco 16 docs: web routing settings (UmbracoApplicationUrl)',
		repo: 'umbraco/UmbracoDocs',
		path: '16/umbraco-cms/reference/configuration/webroutingsettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/16/umbraco-cms/reference/configuration/webroutingsettings.md',
	},
	{
		id: 'D16-LOGSET',
		title: 'Umbraco 16 docs: logging settings',
		repo: 'umbraco/UmbracoDocs',
		path: '16/umbraco-cms/reference/configuration/loggingsettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/16/umbraco-cms/reference/configuration/loggingsettings.md',
	},
	{
		id: 'D16-UPG',
		title: 'Umbraco 16 docs: unattended upgrades',
		repo: 'umbraco/UmbracoDocs',
		path: '16/umbraco-cms/fundamentals/setup/upgrading/upgrade-unattended.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/16/umbraco-cms/fundamentals/setup/upgrading/upgrade-unattended.md',
	},
	{
		id: 'D16-UPG8',
		title: 'Umbraco docs: minor upgrades for Umbraco 8 (unattended upgrades 8.12+)',
		repo: 'umbraco/UmbracoDocs',
		path: '16/umbraco-cms/fundamentals/setup/upgrading/version-specific/minor-upgrades-for-umbraco-8.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/16/umbraco-cms/fundamentals/setup/upgrading/version-specific/minor-upgrades-for-umbraco-8.md',
	},
	{
		id: 'D17-README-OLD',
		title: 'Umbraco 17 docs (older tree): load balancing overview',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/fundamentals/setup/server-setup/load-balancing/README.md',
	},
	{
		id: 'D17-LBBO-OLD',
		title: 'Umbraco 17 docs (older tree): load balancing the backoffice',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/fundamentals/setup/server-setup/load-balancing/load-balancing-backoffice.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/fundamentals/setup/server-setup/load-balancing/load-balancing-backoffice.md',
	},
	{
		id: 'D17-SIGNALR-OLD',
		title: 'Umbraco 17 docs (older tree): SignalR in a load-balanced backoffice',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/fundamentals/setup/server-setup/load-balancing/signalR-in-backoffice-load-balanced-environment.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/fundamentals/setup/server-setup/load-balancing/signalR-in-backoffice-load-balanced-environment.md',
	},
	{
		id: 'D17-FSR',
		title: 'Umbraco 17 docs (older tree): file system replication',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/fundamentals/setup/server-setup/load-balancing/file-system-replication.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/fundamentals/setup/server-setup/load-balancing/file-system-replication.md',
	},
	{
		id: 'D17-README',
		title: 'Umbraco 17 docs: load balancing overview',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/README.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/README.md',
	},
	{
		id: 'D17-LBBO',
		title: 'Umbraco 17 docs: load balancing the backoffice',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/load-balancing-backoffice.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/load-balancing-backoffice.md',
	},
	{
		id: 'D17-SIGNALR',
		title: 'Umbraco 17 docs: SignalR in a load-balanced backoffice',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/signalr-in-backoffice-load-balanced-environment.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/signalr-in-backoffice-load-balanced-environment.md',
	},
	{
		id: 'D17-ADV',
		title: 'Umbraco 17 docs: flexible load balancing, advanced',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/flexible-advanced.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/flexible-advanced.md',
	},
	{
		id: 'D17-AZ-LB',
		title: 'Umbraco 17 docs: load balancing on Azure Web Apps',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/azure-web-apps.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/azure-web-apps.md',
	},
	{
		id: 'D17-PITFALLS',
		title: 'Umbraco 17 docs: common load-balancing pitfalls',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/common-load-balancing-pitfalls.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/common-load-balancing-pitfalls.md',
	},
	{
		id: 'D17-AZGEN',
		title: 'Umbraco 17 docs: running on Azure Web Apps',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/azure-web-apps.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/azure-web-apps.md',
	},
	{
		id: 'D17-GLOBAL',
		title: 'Umbraco 17 docs: global settings',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/reference/configuration/globalsettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/reference/configuration/globalsettings.md',
	},
	{
		id: 'D17-HOSTING',
		title: 'Umbraco 17 docs: hosting settings',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/reference/configuration/hostingsettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/reference/configuration/hostingsettings.md',
	},
	{
		id: 'D17-DISTJOBS',
		title: 'Umbraco 17 docs: distributed jobs settings',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/reference/configuration/distributedjobssettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/reference/configuration/distributedjobssettings.md',
	},
	{
		id: 'D17-SCHED',
		title: 'Umbraco 17 docs: scheduling and background jobs',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/reference/scheduling.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/reference/scheduling.md',
	},
	{
		id: 'D17-LOGSET',
		title: 'Umbraco 17 docs: logging settings',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/reference/configuration/loggingsettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/reference/configuration/loggingsettings.md',
	},
	{
		id: 'D17-SECURITY',
		title: 'Umbraco 17 docs: security settings',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/reference/configuration/securitysettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/reference/configuration/securitysettings.md',
	},
	{
		id: 'D17-UNATTENDED',
		title: 'Umbraco 17 docs: unattended settings',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/reference/configuration/unattendedsettings.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/reference/configuration/unattendedsettings.md',
	},
	{
		id: 'D17-BLOB',
		title: 'Umbraco 17 docs: Azure Blob Storage file system provider',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-cms/extending/filesystemproviders/azure-blob-storage.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-cms/extending/filesystemproviders/azure-blob-storage.md',
	},
	{
		id: 'E13-LB',
		title: 'Umbraco Engage 13 docs: load balancing and CM/CD environments',
		repo: 'umbraco/UmbracoDocs',
		path: '13/umbraco-engage/getting-started/for-developers/loadbalancing-and-cm-cd-environments.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/13/umbraco-engage/getting-started/for-developers/loadbalancing-and-cm-cd-environments.md',
	},
	{
		id: 'E13-PARSE',
		title: 'Umbraco Engage 13 docs: data parsing',
		repo: 'umbraco/UmbracoDocs',
		path: '13/umbraco-engage/developers/introduction/dataflow-pipeline/data-parsing.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/13/umbraco-engage/developers/introduction/dataflow-pipeline/data-parsing.md',
	},
	{
		id: 'E17-LB',
		title: 'Umbraco Engage 17 docs: load balancing and CM/CD environments',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-engage/getting-started/for-developers/loadbalancing-and-cm-cd-environments.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-engage/getting-started/for-developers/loadbalancing-and-cm-cd-environments.md',
	},
	{
		id: 'E17-CFG',
		title: 'Umbraco Engage 17 docs: configuration',
		repo: 'umbraco/UmbracoDocs',
		path: '17/umbraco-engage/developers/settings/configuration.md',
		url: 'https://github.com/umbraco/UmbracoDocs/blob/main/17/umbraco-engage/developers/settings/configuration.md',
	},
	// umbraco/Umbraco-CMS source. Several revisions of the same path exist; links open the newest
	// on main, which may differ from the revision a fact was read from.
	{
		id: 'SRC-ROLE',
		title: 'Umbraco source: ServerRole enum',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Core/Sync/ServerRole.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Core/Sync/ServerRole.cs',
	},
	{
		id: 'SRC-MSGOPT',
		title: 'Umbraco source: DatabaseServerMessengerOptions (v7/v8)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Core/Sync/DatabaseServerMessengerOptions.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Core/Sync/DatabaseServerMessengerOptions.cs',
	},
	{
		id: 'SRC-REGOPT',
		title: 'Umbraco source: DatabaseServerRegistrarOptions (v7/v8)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Core/Sync/DatabaseServerRegistrarOptions.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Core/Sync/DatabaseServerRegistrarOptions.cs',
	},
	{
		id: 'SRC-LASTSYNC8',
		title: 'Umbraco 8 source: last-synced file in local temp',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Core/Sync/LocalTempFileServerMessengerSyncRepository.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Core/Sync/LocalTempFileServerMessengerSyncRepository.cs',
	},
	{
		id: 'SRC-LASTSYNC17',
		title: 'Umbraco 17 source: LastSyncedManager (database-backed)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Core/Sync/LastSyncedManager.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Core/Sync/LastSyncedManager.cs',
	},
	{
		id: 'SRC-DISTJOBSET',
		title: 'Umbraco source: DistributedJobSettings',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Core/Configuration/Models/DistributedJobSettings.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Core/Configuration/Models/DistributedJobSettings.cs',
	},
	{
		id: 'SRC-IDISTJOB',
		title: 'Umbraco source: IDistributedBackgroundJob',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Infrastructure/BackgroundJobs/IDistributedBackgroundJob.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Infrastructure/BackgroundJobs/IDistributedBackgroundJob.cs',
	},
	{
		id: 'SRC-DISTHOST',
		title: 'Umbraco source: DistributedBackgroundJobHostedService',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Infrastructure/BackgroundJobs/DistributedBackgroundJobHostedService.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Infrastructure/BackgroundJobs/DistributedBackgroundJobHostedService.cs',
	},
	{
		id: 'SRC-SCHEDPUB',
		title: 'Umbraco source: ScheduledPublishingJob (distributed job)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Infrastructure/BackgroundJobs/Jobs/DistributedJobs/ScheduledPublishingJob.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Infrastructure/BackgroundJobs/Jobs/DistributedJobs/ScheduledPublishingJob.cs',
	},
	{
		id: 'SRC-KEEPALIVE',
		title: 'Umbraco source: KeepAliveJob (removed in v14)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Infrastructure/BackgroundJobs/Jobs/KeepAliveJob.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Infrastructure/BackgroundJobs/Jobs/KeepAliveJob.cs',
	},
	{
		id: 'SRC-HOSTSET',
		title: 'Umbraco source: HostingSettings',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Core/Configuration/Models/HostingSettings.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Core/Configuration/Models/HostingSettings.cs',
	},
	// The fact sheet did not show the file; SetServerRegistrar is believed to live here
	// (UNVERIFIED). LoadBalanceIsolatedCaches may be in another file.
	{
		id: 'SRC-BUILDER',
		title: 'Umbraco source: SetServerRegistrar builder extensions (path UNVERIFIED)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Infrastructure/DependencyInjection/UmbracoBuilder.DistributedCache.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Infrastructure/DependencyInjection/UmbracoBuilder.DistributedCache.cs',
	},
	// Path seen in the index for Constants.DatabaseSchema; the newest revision with
	// LastSynced/DistributedJob is assumed to share it (UNVERIFIED).
	{
		id: 'SRC-TABLES',
		title: 'Umbraco source: database table name constants (path from an older revision)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Core/Persistence/Constants-DatabaseSchema.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Core/Persistence/Constants-DatabaseSchema.cs',
	},
	// The fact sheet gives no path; this v9+ file computes LocalTempPath (v8 did it elsewhere).
	// UNVERIFIED as the exact file read.
	{
		id: 'SRC-TEMPPATH',
		title: 'Umbraco source: LocalTempPath in the hosting environment (v9+ file; path UNVERIFIED)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Web.Common/AspNetCore/AspNetCoreHostingEnvironment.cs',
		url: 'https://github.com/umbraco/Umbraco-CMS/blob/main/src/Umbraco.Web.Common/AspNetCore/AspNetCoreHostingEnvironment.cs',
	},
	// The fact sheet gives no path; the folder holds the lock classes and the link is a repository
	// code search.
	{
		id: 'SRC-MAINDOM9',
		title: 'Umbraco 9 source: MainDom lock selection (file not known; links to a code search)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'src/Umbraco.Infrastructure/Runtime',
		url: 'https://github.com/search?q=repo%3Aumbraco%2FUmbraco-CMS%20SqlMainDomLock%20MainDomSemaphoreLock&type=code',
	},
	// GitHub threads.
	{
		id: 'PR-DOCS-2274',
		title: 'UmbracoDocs PR #2274: Slave renamed to Replica in v8 docs',
		repo: 'umbraco/UmbracoDocs',
		path: 'pull/2274',
		url: 'https://github.com/umbraco/UmbracoDocs/pull/2274',
	},
	{
		id: 'ISSUE-9088',
		title: 'Umbraco-CMS issue #9088: proposal for ServerRole.Primary in v8',
		repo: 'umbraco/Umbraco-CMS',
		path: 'issues/9088',
		url: 'https://github.com/umbraco/Umbraco-CMS/issues/9088',
	},
	{
		id: 'PR-10480',
		title: 'Umbraco-CMS PR #10480: roles renamed SchedulingPublisher and Subscriber (9.0)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'pull/10480',
		url: 'https://github.com/umbraco/Umbraco-CMS/pull/10480',
	},
	{
		id: 'PR-15891',
		title: 'Umbraco-CMS PR #15891: Keep Alive job and settings removed (v14)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'pull/15891',
		url: 'https://github.com/umbraco/Umbraco-CMS/pull/15891',
	},
	{
		id: 'PR-DOCS-6911',
		title: 'UmbracoDocs PR #6911: keep-alive removal documented for v14',
		repo: 'umbraco/UmbracoDocs',
		path: 'pull/6911',
		url: 'https://github.com/umbraco/UmbracoDocs/pull/6911',
	},
	{
		id: 'PR-19074',
		title: 'Umbraco-CMS PR #19074: Logging FileNameFormat settings (16.0)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'pull/19074',
		url: 'https://github.com/umbraco/Umbraco-CMS/pull/19074',
	},
	{
		id: 'PR-815',
		title: 'Umbraco-CMS PR #815: machine name in default log4net file name (U4-7198)',
		repo: 'umbraco/Umbraco-CMS',
		path: 'pull/815',
		url: 'https://github.com/umbraco/Umbraco-CMS/pull/815',
	},
	{
		id: 'PR-4539',
		title: 'Umbraco-CMS PR #4539: v8 default Serilog file output is JSON only',
		repo: 'umbraco/Umbraco-CMS',
		path: 'pull/4539',
		url: 'https://github.com/umbraco/Umbraco-CMS/pull/4539',
	},
	{
		id: 'PR-DOCS-7545',
		title: 'UmbracoDocs PR #7545: v17 backoffice load balancing, SignalR and distributed jobs pages',
		repo: 'umbraco/UmbracoDocs',
		path: 'pull/7545',
		url: 'https://github.com/umbraco/UmbracoDocs/pull/7545',
	},
	{
		id: 'PR-DOCS-7580',
		title: 'UmbracoDocs PR #7580: temporary file storage for a load-balanced backoffice',
		repo: 'umbraco/UmbracoDocs',
		path: 'pull/7580',
		url: 'https://github.com/umbraco/UmbracoDocs/pull/7580',
	},
	// Facts after the fact sheet (17.3–17.8, 18.0–18.3, 19 preview).
	...sources2026,
	// First cited by the lessons.
	...foundationsSources,
	...rolesSources,
	...filesSources,
	...keysSources,
	...azureLegacySources,
	...operationsSources,
	...backofficeSources,
	...engageSources,
];

/** The ids of all sources, in catalogue order. */
export const sourceIds: readonly string[] = sources.map((source) => source.id);

const sourcesById: ReadonlyMap<string, Source> = new Map(
	sources.map((source) => [source.id, source] as const)
);

/** Returns the source with that id, or undefined. */
export function findSource(id: string): Source | undefined {
	return sourcesById.get(id);
}
