/**
 * Sources first cited by the lessons of this unit, beyond the fact sheet and the 2026 updates.
 * Same shape as the catalogue; docs pages pinned to the revision that was read.
 */
import type { Source } from '../source-catalogue';
import { cmsFile as code, cmsThread as thread, docsRepo as docs } from '../source-builders';

export const sources: readonly Source[] = [
	code(
		'SRC-CACHEINSTRDTO',
		'Umbraco source: CacheInstructionDto (columns of umbracoCacheInstruction)',
		'src/Umbraco.Infrastructure/Persistence/Dtos/CacheInstructionDto.cs',
		'0cf4a0d6c21b365c1bf303fdd0f539ef7517aafa',
	),
	code(
		'SRC-CACHEINSTRSVC',
		'Umbraco source: CacheInstructionService (batched writes, 100 rows per poll, cold-boot checks, pruning before 16.1)',
		'src/Umbraco.Infrastructure/Services/CacheInstructionService.cs',
		'4d585eedb1e4c9b10871c288953e204beeba82af',
	),
	code(
		'SRC-BATCHEDMSG',
		'Umbraco source: BatchedDatabaseServerMessenger (per-request batch, written at request end)',
		'src/Umbraco.Infrastructure/Sync/BatchedDatabaseServerMessenger.cs',
		'532cbfb9ab6bc32d03127f16fcb7b06c5694ed6e',
	),
	code(
		'SRC-DBMESSENGER',
		'Umbraco source: DatabaseServerMessenger (local identity, sync throttle, cold-boot start position, MainDom gate)',
		'src/Umbraco.Infrastructure/Sync/DatabaseServerMessenger.cs',
		'c79869fca07e0bca65d7499519062c81459d9cc1',
	),
	code(
		'SRC-SYNCBOOT',
		'Umbraco source (v10): SyncBootStateAccessor (cold or warm boot, with its log messages)',
		'src/Umbraco.Infrastructure/Sync/SyncBootStateAccessor.cs',
		'f4e333c1782bcb7b614315db42a79702f67d328c',
	),
	code(
		'SRC-LASTSYNCFILE',
		'Umbraco source: LastSyncedFileManager (v9 to v16 last-synced file in DistCache)',
		'src/Umbraco.Infrastructure/Sync/LastSyncedFileManager.cs',
		'ef88683af8e163f92e07dc2a32d72ac0ca69f9e0',
	),
	code(
		'SRC-INSTRJOB',
		'Umbraco source: InstructionProcessJob (sync loop: 1 minute delay, period TimeBetweenSyncOperations, all roles)',
		'src/Umbraco.Infrastructure/BackgroundJobs/Jobs/ServerRegistration/InstructionProcessJob.cs',
		'5c669c5fe2a13610bf1c6ce3f1ab3d05efc8ff7e',
	),
	code(
		'SRC-PRUNEJOB17',
		'Umbraco 17 source: CacheInstructionsPruningJob as a distributed job (also prunes umbracoLastSynced)',
		'src/Umbraco.Infrastructure/BackgroundJobs/Jobs/DistributedJobs/CacheInstructionsPruningJob.cs',
		'140ff72910c47426dae106090a94d6b9f9313434',
	),
	code(
		'SRC-V7-MESSENGER',
		'Umbraco 7 source: DatabaseServerMessenger (a 7.5-era revision: counts rows at boot, prunes on Master or Single)',
		'src/Umbraco.Core/Sync/DatabaseServerMessenger.cs',
		'2b5b99b3ba71883c156ba72f5ff304b76bea3bb2',
	),
	code(
		'SRC-V8-MSGCOMPONENT',
		'Umbraco 8 source: DatabaseServerRegistrarAndMessengerComponent (loops start after the first request, batch flushed at request end)',
		'src/Umbraco.Web/Compose/DatabaseServerRegistrarAndMessengerComponent.cs',
		'eba3c82a86ceea384a4a063d7b5bb50edf5ad6ed',
	),
	code(
		'SRC-SERVERREGSVC',
		'Umbraco source: ServerRegistrationService (a pre-17 revision: touches stamped with local time)',
		'src/Umbraco.Core/Services/ServerRegistrationService.cs',
		'0cf4a0d6c21b365c1bf303fdd0f539ef7517aafa',
	),
	code(
		'SRC-SERVERREGDTO',
		'Umbraco source: ServerRegistrationDto (columns of umbracoServer)',
		'src/Umbraco.Infrastructure/Persistence/Dtos/ServerRegistrationDto.cs',
		'2a625389fa23b1e983b0bd08f5ed009def84ff4e',
	),
	code(
		'SRC-MIG-SERVERCOLUMN',
		'Umbraco source: 9.0 migration renaming umbracoServer.isMaster to isSchedulingPublisher',
		'src/Umbraco.Infrastructure/Migrations/Upgrade/V_9_0_0/UmbracoServerColumn.cs',
		'1979e6d81350d6cf84058dfc1af0f4b08034702e',
	),
	{
		// The 8.0/8.1 revision of the legacy overview (knowledge list with .NET Framework 4.7.2+).
		// The stored copy did not show its commit, so the link points at the file, not a revision.
		id: 'V8-IDX-81',
		title: 'Umbraco 8 docs: load balancing overview (8.0 and 8.1 revision)',
		repo: docs,
		path: 'Getting-Started/Setup/Server-Setup/Load-Balancing/index.md',
		url: `https://github.com/${docs}/blob/main/Getting-Started/Setup/Server-Setup/Load-Balancing/index.md`,
	},
	thread('PR-19598', 'pull', 19598, 'Umbraco-CMS PR #19598: cache-instruction pruning moved to a background job (16.1)'),
	thread('PR-21109', 'pull', 21109, 'Umbraco-CMS PR #21109: boot state reads the database last-synced id, no more needless cold boots (17.1)'),
	thread('PR-22145', 'pull', 22145, 'Umbraco-CMS PR #22145: last-synced ids in local files on read-only Subscribers'),
	thread('ISSUE-23106', 'issues', 23106, 'Umbraco-CMS issue #23106: the sync loop stops for good when a database call hangs'),
	thread('ISSUE-13909', 'issues', 13909, 'Umbraco-CMS issue #13909: content always loaded from the database on Azure Linux, because the machine name changes (9.5 to 11.2)'),
	thread('ISSUE-10624', 'issues', 10624, 'Umbraco-CMS issue #10624: "No last synced Id found" after restarting an Azure web app (8.14)'),
];
