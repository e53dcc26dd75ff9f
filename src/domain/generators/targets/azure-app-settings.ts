/**
 * Azure App Service app settings (portal: Configuration > Advanced edit), as the
 * `name` / `value` / `slotSetting` entries the portal shows. v9+ servers get their
 * appsettings entries as environment variables; every version gets the App Service-only
 * switches (overlapped recycling).
 */
import type { ServerContext } from '../context';
import { serializeJson } from '../formats/json';
import { environmentVariableName, placeholders } from '../options';
import type { GeneratedFile } from '../types';
import { appSettingsEntries, needsSlotDiscriminator } from './appsettings';
import { markdownCode } from '../formats/markdown';

interface AppSetting {
	readonly name: string;
	readonly value: string;
	readonly slotSetting: boolean;
}

/** The Azure app settings of one server. */
export function azureAppSettings(ctx: ServerContext): AppSetting[] {
	if (!ctx.onAzure) return [];
	const out: AppSetting[] = [];
	if (ctx.band.config === 'appsettings') {
		out.push({ name: 'ASPNETCORE_ENVIRONMENT', value: ctx.plan.environment, slotSetting: false }); // [D17-AZGEN]
		// Same values as the appsettings fragment, `:` → `__` [D17-AZ-LB].
		for (const { key, value } of appSettingsEntries(ctx)) out.push({ name: environmentVariableName(key), value: String(value), slotSetting: false });
		// Slots share the machine name: each slot needs its own discriminator, so it sticks to the slot [D13-GLOBAL].
		if (needsSlotDiscriminator(ctx)) {
			const value = ctx.server.settings.mainDomKeyDiscriminator ?? placeholders.slotDiscriminator;
			out.push({ name: environmentVariableName('Umbraco:CMS:Global:MainDomKeyDiscriminator'), value, slotSetting: true });
		}
	}
	// Portal only: web.config has no effect on it [V8-AZ] [V8-AZ-860].
	if (ctx.settings.disableOverlappedRecycling) out.push({ name: 'WEBSITE_DISABLE_OVERLAPPED_RECYCLING', value: '1', slotSetting: false });
	// Sorted like the portal lists them; names are unique by construction.
	return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `servers/<id>/azure-app-settings.json`, when the server is an Azure web app with settings to set. */
export function azureAppSettingsFile(ctx: ServerContext): GeneratedFile | undefined {
	const settings = azureAppSettings(ctx);
	if (settings.length === 0) return undefined;
	const envNote = ctx.band.config === 'appsettings' ? ' They mirror the appsettings fragment, so use one or the other.' : '';
	return {
		path: `servers/${ctx.server.id}/azure-app-settings.json`,
		language: 'json',
		contents: serializeJson(settings.map((s) => ({ ...s }))),
		serverIds: [ctx.server.id],
		title: `Azure app settings for ${ctx.label}`,
		apply: `In the Azure portal open the web app for ${markdownCode(ctx.label)}, Configuration > Advanced edit, and merge these entries.${envNote}`,
	};
}
