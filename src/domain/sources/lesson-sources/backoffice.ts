/**
 * Sources first cited by the lessons of this unit, beyond the fact sheet and the 2026 updates.
 * Same shape as the catalogue; docs pages pinned to the revision that was read.
 */
import type { Source } from '../source-catalogue';
import { cmsRepo as cms, docsRepo as docs, pinned, repoThread as thread } from '../source-builders';

const aspnet = 'dotnet/AspNetCore.Docs';

export const sources: readonly Source[] = [
	// Umbraco docs: scheduling and distributed jobs, newer revisions than the fact sheet read.
	pinned('D17-SCHED-2026', 'Umbraco 17 docs: scheduling (recurring jobs, background jobs when load balancing the backoffice)', docs, '17/umbraco-cms/extend-your-project/server-side-extensions/scheduling.md', '2268a55a105a651405c15f7c1482651d4493cd62'),
	pinned('D18-SCHED', 'Umbraco 18 docs: scheduling (distributed jobs: first run, ExecuteAsync(CancellationToken) from 17.5, LastRun/LastAttemptedRun)', docs, '18/umbraco-cms/extend-your-project/server-side-extensions/scheduling.md', '960b323910d117e3f40a4830e3314b1f73bcb43c'),
	pinned('D18-DISTJOBS', 'Umbraco 18 docs: distributed jobs settings (Period, Delay, MaximumExecutionTime)', docs, '18/umbraco-cms/develop-with-umbraco/configuration/distributedjobssettings.md', '960b323910d117e3f40a4830e3314b1f73bcb43c'),

	// Packages that meet a load-balanced backoffice.
	pinned('DEPLOY-17-RN', 'Umbraco Deploy 17 release notes (ARRAffinity, cluster-wide worker lock, skip negotiation)', docs, '17/umbraco-deploy/release-notes.md', 'd3608bc505d3ffa4cabb3dd325e765687105863b'),
	pinned('AUTOMATE-LB', 'Umbraco Automate 17 docs: load balancing (execution modes, scheduled triggers, Unknown role)', docs, '17/umbraco-automate/run-in-production/load-balancing.md', '022fe42a39091c8858a4e401f0f20db125432c6a'),
	thread('PR-DOCS-8468', docs, 'pull', 8468, 'UmbracoDocs PR #8468: load balancing guidance for Umbraco Automate (Sept 2026)'),
	thread('USYNC-PR-1055', 'KevinJump/uSync', 'pull', 1055, 'uSync PR #1055: support a load-balanced backoffice in Background processing mode'),

	// Microsoft: SignalR on a server farm.
	pinned('MS-SIGNALR-SCALE', 'ASP.NET Core docs: SignalR hosting and scaling (sticky sessions, backplanes, SkipNegotiation)', aspnet, 'aspnetcore/signalr/scale.md', 'c545a7f3b0293beba4806580062b5f2530536cc5'),
	pinned('MS-SIGNALR-REDIS', 'ASP.NET Core docs: Redis backplane for SignalR (AddStackExchangeRedis, channel prefix)', aspnet, 'aspnetcore/signalr/redis-backplane.md', '17a4abe6a56951ce8c38349dad5488bd88b0ce16'),
	thread('ASPNETCORE-ISSUE-23002', 'dotnet/aspnetcore', 'issues', 23002, 'ASP.NET Core issue #23002: skipNegotiation cannot be used with Azure SignalR Service (maintainer answer)'),

	// Umbraco-CMS threads behind the v17 backoffice mode.
	thread('ISSUE-9443', cms, 'issues', 9443, 'Umbraco-CMS issue #9443: backoffice load balancing in v8, supported? (distributed locks, untested)'),
	thread('PR-20397', cms, 'pull', 20397, 'Umbraco-CMS PR #20397: distributed background jobs (17.0)'),
	thread('PR-20417', cms, 'pull', 20417, 'Umbraco-CMS PR #20417: load balance isolated caches so the backoffice can be load balanced (17.0)'),
	thread('PR-23127', cms, 'pull', 23127, 'Umbraco-CMS PR #23127: scheduled publishing Period and AlignToClock (17.6, 18.1)'),
	thread('ISSUE-23569', cms, 'issues', 23569, 'Umbraco-CMS issue #23569: publishing on a Subscriber never persists URL segments (18.0.1)'),
	thread('PR-23943', cms, 'pull', 23943, 'Umbraco-CMS PR #23943: persist URL segments and aliases regardless of elected server role'),
];
