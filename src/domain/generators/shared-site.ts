/**
 * A central share (SAN/NAS/UNC) holds ONE copy of the site that every server runs [V7-SHARED] [D13-FSR].
 * The site-folder files (v9+ `appsettings.<Environment>.json`; v7/v8 Web.config, its transform,
 * umbracoSettings.config, ExamineSettings.config) therefore exist once: the bundle writes each once under
 * `shared/`, with what every server has in common, and never a per-server copy of them.
 *
 * A setting that differs per server cannot live in that copy:
 * - v9+ on IIS: it becomes an environment variable of the server's own IIS application pool, set in
 *   that machine's applicationHost.config (IIS 10+ [MS-IIS-APPPOOL-ENV]); .NET reads environment
 *   variables after the JSON files, so they win (umbraco/UmbracoDocs
 *   17/umbraco-cms/develop-with-umbraco/configuration/README.md). In containers and on App Service the
 *   per-server environment forms (.env, Compose, Kubernetes, App Service settings) carry every setting.
 * - v7/v8: Web.config and the files under ~/Config are read from the site folder only, so the bundle
 *   leaves such a setting out and names it (in the shared file and the checklist).
 */
import type { Plan } from '../plan/schema';
import { planContext, serverContext, type PlanContext, type ServerContext } from './context';
import type { SharedSite } from './shared-site-fold';
import { legacySharedSite } from './shared-site-legacy';
import { modernSharedSite } from './shared-site-modern';

export type { LeftOut, SharedSite } from './shared-site-fold';

/** Whether the servers run one shared copy of the site (a central share). */
export function isSharedSite(plan: Pick<Plan, 'files'>): boolean {
	return plan.files.strategy === 'central-share';
}

/** Plans are never changed once validated, so a plan's shared copy is worked out once. */
const sharedSites = new WeakMap<Plan, SharedSite>();

/**
 * The shared copy's files, and the per-machine files and left-out settings its differences
 * need; worked out once per plan object (`generateFiles` and the checklist both ask).
 */
export function sharedSiteFiles(ctx: PlanContext, servers: readonly ServerContext[]): SharedSite {
	if (!isSharedSite(ctx.plan)) return { files: [], leftOut: [] };
	let site = sharedSites.get(ctx.plan);
	if (!site) sharedSites.set(ctx.plan, (site = ctx.band.config === 'appsettings' ? modernSharedSite(ctx, servers) : legacySharedSite(ctx, servers)));
	return site;
}

/** The shared copy of a plan (empty unless it runs one from a central share), for the checklist. */
export function sharedSite(plan: Plan): SharedSite {
	const known = sharedSites.get(plan);
	if (known) return known;
	const ctx = planContext(plan);
	return sharedSiteFiles(ctx, plan.servers.map((server) => serverContext(ctx, server)));
}
