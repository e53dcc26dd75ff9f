/**
 * Sources first cited by the lessons of this unit, beyond the fact sheet and the 2026 updates.
 * Same shape as the catalogue; docs pages pinned to the revision that was read.
 */
import type { Source } from '../source-catalogue';
import { cmsRepo as cms, docsRepo as docs, learnPage as learn, pinned } from '../source-builders';

const aspnet = 'dotnet/AspNetCore.Docs';

export const sources: readonly Source[] = [
	// Microsoft: ASP.NET (.NET Framework), the world of Umbraco 7 and 8.
	learn('MS-MACHINEKEY', 'Microsoft Learn (.NET Framework 4): the machineKey element', 'previous-versions/dotnet/netframework-4.0/w8h3skw9(v=vs.100)'),
	learn('MS-SESSIONMODES', 'Microsoft Learn (ASP.NET 4): session-state modes', 'previous-versions/aspnet/ms178586(v=vs.100)'),
	learn('MS-REGSQL', 'Microsoft Learn: ASP.NET SQL Server Registration Tool (Aspnet_regsql.exe)', 'previous-versions/ms229862(v=vs.85)'),

	// Microsoft: ASP.NET Core, the world of Umbraco 9 and later.
	pinned('MS-DP-CONFIG', 'ASP.NET Core docs: configure Data Protection (SetApplicationName, PersistKeysToDbContext)', aspnet, 'aspnetcore/security/data-protection/configuration/overview.md', '20eea6fb7874ed080a7db2a34017b0352ee3c6c4'),
	pinned('MS-DP-KEYSTORAGE', 'ASP.NET Core docs: Data Protection key storage providers', aspnet, 'aspnetcore/security/data-protection/implementation/key-storage-providers.md', 'c545a7f3b0293beba4806580062b5f2530536cc5'),
	pinned('MS-DP-DEFAULTS', 'ASP.NET Core docs: Data Protection key management defaults', aspnet, 'aspnetcore/security/data-protection/configuration/default-settings.md', '17a4abe6a56951ce8c38349dad5488bd88b0ce16'),
	pinned('MS-WEBFARM', 'ASP.NET Core docs: host ASP.NET Core in a web farm', aspnet, 'aspnetcore/host-and-deploy/web-farm.md', '09a8106c59c6020be754c53d8fb062c6a0dabd4b'),
	pinned('MS-APPSTATE', 'ASP.NET Core docs: session and state management (session, TempData providers)', aspnet, 'aspnetcore/fundamentals/app-state.md', 'cf2af379e30d8e1ed45cd4d442b63aba7a64a589'),
	pinned('MS-DISTCACHE', 'ASP.NET Core docs: distributed caching (SQL Server, Redis)', aspnet, 'aspnetcore/performance/caching/distributed.md', '546a06a2d5272c3cd9d55d4e39abfd58bf6f1ebc'),
	pinned('MS-DISTCACHE-SAMPLE', 'ASP.NET Core docs sample: registering the SQL Server and Redis distributed caches', aspnet, 'aspnetcore/performance/caching/distributed/samples/6.x/DistCacheSample/Program.cs', '03c62614295870e07ae6d14066cc56aa44a5a40c'),
	pinned('MS-HYBRIDCACHE', 'ASP.NET Core docs: the HybridCache library (in-process primary, optional secondary cache)', aspnet, 'aspnetcore/performance/caching/hybrid.md', '44e89a5b3fd50039eb46f16db3036fc7db0d97a5'),

	// Umbraco docs: caching and cache refreshers, per version.
	pinned('V7-CACHE', 'Umbraco 7 docs: cache and distributed cache (ICacheRefresher, DistributedCache.Instance)', docs, 'Reference/Cache/index-v7.md', '2c34962139066c23f9cad13bc1bd1ad8a649113b'),
	pinned('V8-CACHE', 'Umbraco 8 docs: cache and distributed cache (ICacheRefresher)', docs, 'Reference/Cache/index-v8.md', '92b5dbabf2d608803ba185869bec114af8908a57'),
	pinned('V8-CACHE-UPDATE', 'Umbraco 8 docs: getting and adding items in the runtime cache (AppCaches)', docs, 'Reference/Cache/updating-cache-v8.md', 'a49927916ea0b9d1250fd4c23e1669215c4e0ca8'),
	pinned('V8-CACHE-TAGS', 'Umbraco 8 docs: caching example (tags cleared on ContentService.Published)', docs, 'Reference/Cache/Examples/tags-v8.md', '92c37053a7b113c5b097616399b40fc707709a88'),
	pinned('V8-CACHE-EVENTS', 'Umbraco 8 docs: CacheRefresher events (fire on every server)', docs, 'Reference/Events/CacheRefresher-Events.md', '02227362f6e9b26137d1e5f159dc473d02fee5ab'),
	pinned('D13-CACHE', 'Umbraco 13 docs: cache and distributed cache (CacheRefresherBase example)', docs, '13/umbraco-cms/reference/cache/README.md', '13b8c25e0b392909897d11db39e93a03c3406d04'),
	pinned('D17-CACHE', 'Umbraco 17 docs: cache and distributed cache (ICacheRefresher, DistributedCache)', docs, '17/umbraco-cms/extend-your-project/server-side-extensions/cache/README.md', 'e8ff70c04cadfa6298f423b70e1f6f10bb113d46'),
	pinned('D17-CACHE-UPDATE', 'Umbraco 17 docs: getting and adding items in the runtime cache (AppCaches)', docs, '17/umbraco-cms/extend-your-project/server-side-extensions/cache/updating-cache.md', '2a924ef6d2be8ffe138730b1dfbddd4b615f8ce8'),
	pinned('D17-CACHEREFRESHER-NOTIF', 'Umbraco 17 docs: cache refresher notifications', docs, '17/umbraco-cms/reference/notifications/cacherefresher-notifications.md', 'd600b32b36e78b7ea7cae1d2ded5eac6652a7f5f'),

	// Umbraco source: cache refreshers and the messenger.
	pinned('SRC-ICACHEREFRESHER', 'Umbraco source: ICacheRefresher and ICacheRefresher<T>', cms, 'src/Umbraco.Core/Cache/Refreshers/ICacheRefresher.cs', '2d05f06d88eed185b41669c9167569762ed135ea'),
	pinned('SRC-CACHEREFRESHERBASE', 'Umbraco source: CacheRefresherBase<TNotification>', cms, 'src/Umbraco.Core/Cache/Refreshers/CacheRefresherBase.cs', 'aba0319a5517eb7b582431efe2b623c622198bf1'),
	pinned('SRC-JSONCACHEREFRESHERBASE', 'Umbraco source: JsonCacheRefresherBase<TNotification, TJsonPayload>', cms, 'src/Umbraco.Core/Cache/Refreshers/JsonCacheRefresherBase.cs', '6720228ece6ff33184b050ce8c619f0bff86fbe9'),
	pinned('SRC-PAYLOADCACHEREFRESHERBASE', 'Umbraco source: PayloadCacheRefresherBase<TNotification, TPayload>', cms, 'src/Umbraco.Core/Cache/Refreshers/PayloadCacheRefresherBase.cs', '9487499f46c6309be713317d22adeca2252b4d0e'),
	pinned('SRC-DISTCACHE', 'Umbraco source: DistributedCache (v9+, Umbraco.Cms.Core.Cache)', cms, 'src/Umbraco.Core/Cache/DistributedCache.cs', '2056e5d487300c26ce53b59605f9d41c0f9ebfe3'),
	pinned('SRC-DISTCACHE7', 'Umbraco 7 source: DistributedCache.Instance (RefreshByJson, RefreshByPayload)', cms, 'src/Umbraco.Web/Cache/DistributedCache.cs', '051b3209049d736b3f8e6128200d5d4c05f81ee8'),
	// Read in the index as a v8 revision (namespace Umbraco.Core.Cache, AppCaches constructor,
	// static CacheUpdated event); the index did not give its commit, so this links the v8 branch.
	{
		id: 'SRC-CACHEREFRESHERBASE8',
		title: 'Umbraco 8 source: CacheRefresherBase<TInstanceType> (v8 branch; revision not pinned)',
		repo: cms,
		path: 'src/Umbraco.Core/Cache/CacheRefresherBase.cs',
		url: `https://github.com/${cms}/blob/v8/contrib/src/Umbraco.Core/Cache/CacheRefresherBase.cs`,
	},
	// Also read in the index as a v8 revision without its commit: `Current.DistributedCache`
	// resolves DistributedCache from the container.
	{
		id: 'SRC-CURRENT8',
		title: 'Umbraco 8 source: Current.DistributedCache (v8 branch; revision not pinned)',
		repo: cms,
		path: 'src/Umbraco.Web/Composing/Current.cs',
		url: `https://github.com/${cms}/blob/v8/contrib/src/Umbraco.Web/Composing/Current.cs`,
	},
	pinned('SRC-MESSENGERBASE', 'Umbraco source: ServerMessengerBase (local first, then remote; instances become ids)', cms, 'src/Umbraco.Infrastructure/Sync/ServerMessengerBase.cs', '011634e9ba8ce85b00ba24ee67fadd4508277bb6'),
	pinned('SRC-CACHEINSTRUCTIONSVC', 'Umbraco source: CacheInstructionService (a failing refresher is logged and its instruction skipped)', cms, 'src/Umbraco.Infrastructure/Services/CacheInstructionService.cs', '0288e3d6a9f45065dbfac9c42e4f2c32b98657f8'),
	{
		id: 'SRC-IAPPCACHE',
		title: 'Umbraco source: IAppCache (Clear, ClearByKey)',
		repo: cms,
		path: 'src/Umbraco.Core/Cache/IAppCache.cs',
		url: `https://github.com/${cms}/blob/main/src/Umbraco.Core/Cache/IAppCache.cs`,
	},
	pinned('SRC-OPENIDDICT', 'Umbraco source: OpenIddict setup (Data Protection tokens, per-instance signing key)', cms, 'src/Umbraco.Cms.Api.Common/DependencyInjection/UmbracoBuilderAuthExtensions.cs', '08b3ed15f7f58a3c0249e067d146704fc00f29ad'),
];
