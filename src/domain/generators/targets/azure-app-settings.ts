/**
 * Azure App Service app settings (portal: Configuration > Advanced edit), as the
 * `name` / `value` / `slotSetting` entries the portal shows. v9+ servers get their
 * appsettings entries as environment variables; every version gets the App Service-only
 * switches (overlapped recycling).
 */
import { compareCodeUnits } from '../../code-unit-order';
import type { ServerContext } from '../context';
import { serializeJson, type ConfigEntry } from '../formats/json';
import { perInstanceNote, splitPerInstance } from '../instances';
import { placeholders } from '../options';
import type { GeneratedFile } from '../types';
import { asVariable, needsSlotDiscriminator } from './appsettings';
import { serverEnvironment, type EnvironmentVariable } from './environment';
import { markdownCode } from '../formats/markdown';

interface AppSetting {
	readonly name: string;
	readonly value: string;
	readonly slotSetting: boolean;
}

/**
 * The slot-specific discriminator: slots of one app share the machine name, so with
 * SqlMainDomLock each slot needs its own value [D13-GLOBAL].
 */
function slotEntries(ctx: ServerContext): ConfigEntry[] {
	if (!needsSlotDiscriminator(ctx)) return [];
	return [{ key: 'Umbraco:CMS:Global:MainDomKeyDiscriminator', value: ctx.server.settings.mainDomKeyDiscriminator ?? placeholders.slotDiscriminator }];
}

/** The Azure app settings of one server, and the per-instance ones App Service cannot set (one value for every instance). */
export function azureAppSettingsSplit(ctx: ServerContext): { settings: AppSetting[]; perInstance: EnvironmentVariable[] } {
	// Umbraco Cloud runs on Azure, but its projects have no App Service portal of their own to paste into.
	if (!ctx.onAzure || ctx.plan.umbracoCloud) return { settings: [], perInstance: [] };
	const out: AppSetting[] = [];
	const { shared, perInstance } = serverEnvironment(ctx);
	// ASPNETCORE_ENVIRONMENT [D17-AZGEN] and the appsettings entries, `:` → `__` [D17-AZ-LB]. slotSetting false, as in
	// the docs' Advanced edit example [D17-AZ-LB]: they describe the build, so they travel with it in a swap.
	for (const v of shared) out.push({ name: v.name, value: v.value, slotSetting: false });
	// slotSetting true: a swap must not carry one slot's MainDom discriminator into the other [D13-GLOBAL].
	const slot = splitPerInstance(slotEntries(ctx), ctx.server.instances);
	for (const v of slot.shared.map(asVariable)) out.push({ ...v, slotSetting: true });
	// Portal only: web.config has no effect on it [V8-AZ] [V8-AZ-860]. slotSetting false like the docs' other
	// entries: no source asks for it to stick, and every slot that runs Umbraco needs it anyway.
	if (ctx.settings.disableOverlappedRecycling) out.push({ name: 'WEBSITE_DISABLE_OVERLAPPED_RECYCLING', value: '1', slotSetting: false });
	// Sorted like the portal lists them; names are unique by construction.
	out.sort((a, b) => compareCodeUnits(a.name, b.name));
	return { settings: out, perInstance: [...perInstance, ...slot.perInstance.map(asVariable)] };
}

/** The Azure app settings of one server. */
export function azureAppSettings(ctx: ServerContext): AppSetting[] {
	return azureAppSettingsSplit(ctx).settings;
}

/** `servers/<id>/azure-app-settings.json`, when the server is an Azure web app with settings to set. */
export function azureAppSettingsFile(ctx: ServerContext): GeneratedFile | undefined {
	const { settings, perInstance } = azureAppSettingsSplit(ctx);
	if (settings.length === 0) return undefined;
	// Slot settings and the portal-only switch exist only here, whichever form carries the rest.
	const appServiceOnly = settings.some((s) => s.slotSetting || s.name === 'WEBSITE_DISABLE_OVERLAPPED_RECYCLING');
	const envNote = ctx.band.config === 'appsettings' ? ` They mirror the appsettings fragment, so use one or the other${appServiceOnly ? ', except the entries only App Service can hold (slot settings, `WEBSITE_DISABLE_OVERLAPPED_RECYCLING`): set those here either way' : ''}.` : '';
	const instanceNote = perInstanceNote(perInstance, ctx.server.instances, 'App Service');
	// Settings that are not slot settings move with the build in a swap, so every slot needs them.
	const slotNote = ctx.plan.azure.deploymentSlots ? ' Set the entries with `"slotSetting": false` on every deployment slot; a swap moves them with the build, while slot settings stay with their slot.' : '';
	return {
		path: `servers/${ctx.server.id}/azure-app-settings.json`,
		language: 'json',
		contents: serializeJson(settings.map((s) => ({ ...s }))),
		serverIds: [ctx.server.id],
		title: `Azure app settings for ${ctx.label}`,
		apply: `In the Azure portal open the web app for ${markdownCode(ctx.label)}, Configuration > Advanced edit, and merge these entries.${envNote}${slotNote}${instanceNote}`,
	};
}
