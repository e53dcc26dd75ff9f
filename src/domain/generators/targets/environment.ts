/**
 * A v9+ server's settings as environment variables: exactly the appsettings entries (one
 * source of truth), names with `__` for `:` [D17-AZ-LB], values as strings, plus
 * `ASPNETCORE_ENVIRONMENT`, which picks `appsettings.<Environment>.json` [D17-AZGEN]. .NET
 * reads environment variables after the JSON files, so they win where both exist
 * (umbraco/UmbracoDocs 17/umbraco-cms/develop-with-umbraco/configuration/README.md).
 * The `.env`, Compose, Kubernetes and App Service targets all read this.
 */
import type { ServerContext } from '../context';
import { splitPerInstance } from '../instances';
import { appSettingsEntries, asVariable } from './appsettings';

export interface EnvironmentVariable {
	readonly name: string;
	/** The value; a per-instance one still holds `{instance}`. */
	readonly value: string;
}

export interface ServerEnvironment {
	/** Variables every instance gets, `ASPNETCORE_ENVIRONMENT` first, then in appsettings order. */
	readonly shared: readonly EnvironmentVariable[];
	/** Variables whose value differs per instance (only when the server has more than one). */
	readonly perInstance: readonly EnvironmentVariable[];
}

/** The server's environment; empty for v7/v8, whose settings live in Web.config. */
export function serverEnvironment(ctx: ServerContext): ServerEnvironment {
	if (ctx.band.config !== 'appsettings') return { shared: [], perInstance: [] };
	const { shared, perInstance } = splitPerInstance(appSettingsEntries(ctx), ctx.server.instances);
	return {
		shared: [{ name: 'ASPNETCORE_ENVIRONMENT', value: ctx.plan.environment }, ...shared.map(asVariable)],
		perInstance: perInstance.map(asVariable),
	};
}

/** Whether the plan runs in containers on a v9+ version: the `.env`, Compose and Kubernetes forms apply. */
export function hasContainerForms(ctx: ServerContext): boolean {
	return ctx.plan.hosting === 'containers' && ctx.band.config === 'appsettings';
}
