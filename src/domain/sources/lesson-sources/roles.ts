/**
 * Sources first cited by the lessons of this unit, beyond the fact sheet and the 2026 updates.
 * Same shape as the catalogue; docs pages pinned to the revision that was read.
 */
import type { Source } from '../source-catalogue';
import { cmsFile as file, cmsRepo as cms, docsRepo as docs, repoThread as thread } from '../source-builders';

/** Upstream commits the runtime notes were read at (`shared/reference/umbraco-runtime-semantics.md` §0). */
const v8 = 'd81fac9753591415fd8418fdcdb89d5445957888'; // tag release-8.14.0
const v13 = 'b237285703a35e624eb510a1f3ea53fd365398aa'; // v13/dev after 13.5
const v16 = '6e6f822761fea8424c1794efc4fd23919059a873'; // 16.4.0-rc3
const v17 = 'b87d519bf28e7062bb3c4780e744e2e91e6747c4'; // release/17.4.2

export const sources: readonly Source[] = [
	// The election: one heartbeat row per server in umbracoServer.
	file('SRC-SERVERREGSVC17', 'Umbraco 17 source: ServerRegistrationService (the same election, timestamps in UTC)', 'src/Umbraco.Core/Services/ServerRegistrationService.cs', v17),
	file('SRC-SERVERREGSVC8', 'Umbraco 8 source: ServerRegistrationService (the same election with IsMaster)', 'src/Umbraco.Core/Services/Implement/ServerRegistrationService.cs', v8),
	file('SRC-SERVERREGREPO', 'Umbraco 13 source: ServerRegistrationRepository (DeactiveStaleServers)', 'src/Umbraco.Infrastructure/Persistence/Repositories/Implement/ServerRegistrationRepository.cs', v13),
	file('SRC-TOUCHSERVERJOB', 'Umbraco 13 source: TouchServerJob (first touch after 15 s, skipped without a URL or with a pinned role)', 'src/Umbraco.Infrastructure/BackgroundJobs/Jobs/ServerRegistration/TouchServerJob.cs', v13),
	file('SRC-DBREGCOMPONENT8', 'Umbraco 8 source: DatabaseServerRegistrarAndMessengerComponent (touch task starts after the first request, stops on error)', 'src/Umbraco.Web/Compose/DatabaseServerRegistrarAndMessengerComponent.cs', v8),
	file('SRC-UMBRACOBUILDER13', 'Umbraco 13 source: UmbracoBuilder (DisableElectionForSingleServer picks SingleServerRoleAccessor)', 'src/Umbraco.Core/DependencyInjection/UmbracoBuilder.cs', v13),
	file('SRC-SERVERROLEELECTOR', 'Umbraco source: ServerRoleElector (one bounded election at boot, PR #23801)', 'src/Umbraco.Infrastructure/BackgroundJobs/Jobs/ServerRegistration/ServerRoleElector.cs', '55d02f510ff88ec8e5f31d3a177a4c711fab6f00'),
	thread('ISSUE-23598', cms, 'issues', 23598, 'Umbraco-CMS issue #23598: server role is still Unknown at UmbracoApplicationStartingNotification (fixed 17.8, 18.3)'),
	thread('ISSUE-12086', cms, 'issues', 12086, 'Umbraco-CMS issue #12086: ServerRegistrationService reports Unknown when the registrar is set explicitly'),
	thread('ISSUE-DOCS-639', docs, 'issues', 639, 'UmbracoDocs issue #639: how v7 picks its server registrar (umbracoDisableElectionForSingleServer)'),

	// What the scheduling server runs, and the requests it makes to itself.
	file('SRC-JOBS13', 'Umbraco 13 source: the recurring background jobs (scheduled publishing, keep-alive, log scrubber, cleanup)', 'src/Umbraco.Infrastructure/BackgroundJobs/Jobs', v13),
	file('SRC-SCHEDPUB13', 'Umbraco 13 source: ScheduledPublishingJob (recurring job with a ScheduledPublishing lock)', 'src/Umbraco.Infrastructure/BackgroundJobs/Jobs/ScheduledPublishingJob.cs', v13),
	file('SRC-PRUNINGJOB16', 'Umbraco 16 source: CacheInstructionsPruningJob (recurring job with the default roles, from 16.1)', 'src/Umbraco.Infrastructure/BackgroundJobs/Jobs/CacheInstructionsPruningJob.cs', v16),
	file('SRC-SCHEDPUB7', 'Umbraco 7 source: ScheduledPublishing task (an HTTP POST to the site itself)', 'src/Umbraco.Web/Scheduling/ScheduledPublishing.cs', 'v7/dev'),
	file('SRC-KEEPALIVE8', 'Umbraco 8 source: KeepAlive task (pings keepAlivePingUrl; skips Replica and Unknown)', 'src/Umbraco.Web/Scheduling/KeepAlive.cs', '051c763a8ff2f8387dc84a52f90eca01d2f59409'),
	thread('PR-22272', cms, 'pull', 22272, 'Umbraco-CMS PR #22272: leftover KeepAlive settings are silently ignored since v14'),

	// Pinned roles and the application URL.
	file('SRC-CONFIGREGISTRAR7', 'Umbraco 7 source: ConfigServerRegistrar (roles from distributedCall: first server is Master)', 'src/Umbraco.Core/Sync/ConfigServerRegistrar.cs', 'v7/dev'),
	file('SRC-APPURLHELPER7', 'Umbraco 7 source: ApplicationUrlHelper (settings, baseUrl, registrar, provider, then the request)', 'src/Umbraco.Core/Sync/ApplicationUrlHelper.cs', 'v7/dev'),
	file('SRC-HOSTENV13', 'Umbraco 13 source: AspNetCoreHostingEnvironment (application URL from settings or requests)', 'src/Umbraco.Web.Common/AspNetCore/AspNetCoreHostingEnvironment.cs', v13),
	{
		id: 'V7-UMBSET',
		title: 'Umbraco 7 docs: umbracoSettings.config (scheduledTasks baseUrl obsolete from 7.2.7)',
		repo: docs,
		path: 'Reference/Config/umbracoSettings/index-vpre8.md',
		url: `https://github.com/${docs}/blob/8fdd6721a8394d444cf903466d679bdc69495013/Reference/Config/umbracoSettings/index-vpre8.md`,
	},
];
