/**
 * Fixes for the hosting and instance findings of 17+ (R70, R72–R74): debug mode, overlapped
 * recycling, machine identifiers and the load balancer's health check. Upgrades, slot swaps
 * and host names need a person's decision and get no fix.
 */
import { fieldFix, lastKey, serverFix, settingFix, type Fixer } from './fix-context';

/** The placeholder numbering the instances of a scaled-out server [R73]. */
const instanceToken = '{instance}';

/** R73: an identifier per instance, an instance number added, or an ignored setting removed. */
const machineIdentifier: Fixer = ({ server, band, path }) => {
	if (!server || lastKey(path) !== 'machineIdentifier') return undefined;
	const id = server.settings.machineIdentifier;
	if (band.machineIdentifierSetting === null) {
		return id === undefined ? undefined : serverFix(`Remove ${server.name}'s machine identifier`, server.id, ['settings', 'machineIdentifier'], undefined);
	}
	const value = id === undefined ? (server.instances > 1 ? `${server.id}-${instanceToken}` : server.id) : `${id}-${instanceToken}`;
	if (value.length > 255) return undefined;
	return serverFix(`Set ${server.name}'s machine identifier to "${value}"`, server.id, ['settings', 'machineIdentifier'], value);
};

/** Fixers of the hosting and instance rules, by rule id. */
export const hostingFixers: Readonly<Record<string, Fixer>> = {
	R70: ({ server, path }) => (server && path.startsWith('servers[') ? serverFix(`Turn Hosting:Debug off on ${server.name}`, server.id, ['settings', 'hostingDebug'], undefined) : undefined),
	R72: (context) => {
		const { server, path } = context;
		if (!server || lastKey(path) !== 'disableOverlappedRecycling') return undefined;
		return settingFix(context, server, 'disableOverlappedRecycling', true, `Turn overlapped recycling off on ${server.name}`);
	},
	R73: machineIdentifier,
	// Only the operating system is mechanical; moving off Azure Web Apps storage means choosing another option.
	R86: ({ path }) => (path === 'platform.os' ? fieldFix('Say Windows, as IIS is', ['platform', 'os'], 'windows') : undefined),
	R74: ({ band }) =>
		band.healthProbes
			? fieldFix(`Probe ${band.healthProbes.ready}`, ['loadBalancer', 'healthCheckPath'], band.healthProbes.ready)
			: fieldFix('Remove the health check path', ['loadBalancer', 'healthCheckPath'], undefined),
};
