/**
 * Sources first cited by the lessons of this unit, beyond the fact sheet and the 2026 updates.
 * Same shape as the catalogue; docs pages pinned to the revision that was read.
 */
import type { Source } from '../source-catalogue';
import { cmsRepo as cms, cmsThread as thread, docsRepo as docs, learnPage as learn, pinned } from '../source-builders';

const azureDocs = 'MicrosoftDocs/azure-docs';
const aspnet = 'dotnet/AspNetCore.Docs';

export const sources: readonly Source[] = [
	// MainDom: how the lock works and how it changed.
	pinned('SRC-MAINDOM', 'Umbraco source: MainDom (acquire with a 40-second timeout, release callbacks, "Cannot acquire MainDom")', cms, 'src/Umbraco.Core/Runtime/MainDom.cs', '02828db8fd3c6f6fec2fe703d1b921b9a96ac7cb'),
	pinned('SRC-MAINDOMKEY', 'Umbraco source: DefaultMainDomKeyGenerator (machine name + MainDom id + MainDomKeyDiscriminator)', cms, 'src/Umbraco.Infrastructure/Runtime/DefaultMainDomKeyGenerator.cs', '0cf4a0d6c21b365c1bf303fdd0f539ef7517aafa'),
	pinned('SRC-SQLMAINDOM', 'Umbraco source: SqlMainDomLock (row Umbraco.Core.Runtime.SqlMainDom-<key> in umbracoKeyValue, polling, takeover after the timeout)', cms, 'src/Umbraco.Infrastructure/Runtime/SqlMainDomLock.cs', '59d9c929a4e532549878f212bc55279e0239afdf'),
	thread('PR-7306', 'pull', 7306, 'Umbraco-CMS PR #7306: IMainDomLock with a semaphore default and a SQL implementation (8.6.0)'),
	thread('ISSUE-8038', 'issues', 8038, 'Umbraco-CMS issue #8038: SqlMainDomLock does not work with several load-balanced servers'),
	thread('PR-8058', 'pull', 8058, 'Umbraco-CMS PR #8058: SqlMainDomLock key per machine and application'),
	thread('ISSUE-7967', 'issues', 7967, 'Umbraco-CMS issue #7967: SqlMainDomLock breaks start-up before Umbraco is installed (cherry-picked for 8.6.4)'),
	thread('PR-11075', 'pull', 11075, 'Umbraco-CMS PR #11075: replaceable MainDom and a SqlMainDomLock on a separate read-write database (v8)'),
	thread('ISSUE-11935', 'issues', 11935, 'Umbraco-CMS issue #11935: MainDom re-acquired by the deployment slot after an Azure slot swap (9.4.0)'),
	thread('PR-12037', 'pull', 12037, 'Umbraco-CMS PR #12037: FileSystemMainDomLock and MainDomKeyDiscriminator (9.4.0)'),
	thread('PR-22013', 'pull', 22013, 'Umbraco-CMS PR #22013: MainDomAcquisitionTimeout setting, default 40 seconds (17.3)'),

	// Azure App Service: restarts, slots, app settings.
	pinned('MS-APPSETTINGS', 'Azure App Service docs: environment variables and app settings reference (WEBSITE_DISABLE_OVERLAPPED_RECYCLING, WEBSITE_INSTANCE_ID)', azureDocs, 'articles/app-service/reference-app-settings.md', '03e5750af10b23b5ba437d5b333ec5e9437844f9'),
	pinned('MS-APPCONFIG', 'Azure App Service docs: configure an app (app settings are environment variables, override web.config, restart the app)', azureDocs, 'articles/app-service/configure-common.md', 'e659e3a2cde9f50c4ae7284f9be9ddb9054db5e2'),
	pinned('MS-SLOTSWAP', 'Azure App Service docs: deployment slots (what happens during a swap, slot settings)', azureDocs, 'articles/app-service/deploy-staging-slots.md', '002da8fffa8eb445f559748e3a87580090b1d7a4'),
	pinned('MS-ENVCOLON', 'ASP.NET Core docs: "__" instead of ":" in environment variable names', aspnet, 'aspnetcore/includes/environmentVarableColon.md', 'b30625bd9f22d9b1390d42a95fac73277d78d8eb'),
	learn('MS-IIS-RECYCLING', 'Microsoft Learn (IIS settings schema): application pool recycling, disallowOverlappingRotation', 'previous-versions/iis/settings-schema/bb386464(v=vs.90)'),

	// Umbraco docs revisions read for these lessons.
	pinned('V8-AZ-864PIN', 'Umbraco 8 docs: load balancing on Azure Web Apps (revision with the 8.6.4+, 8.6.0–8.6.3 and 8.0–8.5 bands)', docs, 'Getting-Started/Setup/Server-Setup/Load-Balancing/azure-web-apps.md', 'b7cd490097fb41dc249d5eb5628ac83903f6c5bc'),
	pinned('D10-AZ-PIN', 'Umbraco 10 docs: load balancing Azure Web Apps (tabs "Latest version" and "9.0.0 - 9.4.0")', docs, '10/umbraco-cms/fundamentals/setup/server-setup/load-balancing/azure-web-apps.md', 'bfbbf23020a4a2191583df852a70a0f51f426205'),
	pinned('D17-AZ-LB-2026', 'Umbraco 17 docs: load balancing Azure Web Apps (dedicated backoffice is one of two options)', docs, '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/load-balancing/azure-web-apps.md', '6c7b752f8ab3f570cc2fb90707a26ef86f496975'),
	pinned('D17-AZGEN-2026', 'Umbraco 17 docs: running Umbraco on Azure Web Apps (read-only file systems, worker moves, WEBSITE_INSTANCE_ID from 17.6)', docs, '17/umbraco-cms/run-in-production/infrastructure-and-ops/server-setup/azure-web-apps.md', '30853c15e0b6e98875151dd09d5e354a72b782df'),
	pinned('CLOUD-LB-DRAFT', 'Umbraco Cloud docs: load balancing (another revision: Standard Dedicated plans, no portal prerequisite table)', docs, 'umbraco-cloud/optimize-and-maintain-your-site/optimize-performance/load-balancing.md', '688ca88b64020e2f053c8f9e184bb54d5ee08d41'),
];
