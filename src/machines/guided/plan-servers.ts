/**
 * Plan servers → scenario servers: one per instance, with ids that are unique and safe
 * anywhere an id ends up (log lines, URL fragments), and a cap on how many the simulator runs.
 */
import type { Plan, Server } from '../../domain/plan/schema';

/** The most scenario servers a plan becomes; more instances are cut, at least one per plan server. */
export const maxSimulatedServers = 60;

/** One instance of a plan server, as a scenario server id. */
export interface PlannedInstance {
	readonly id: string;
	readonly server: Server;
	/** 1-based instance number. */
	readonly instance: number;
}

/** Lower-case letters, digits and single inner dashes, at most 40 characters; `server` if nothing is left. */
export function toScenarioId(text: string): string {
	const id = text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return id === '' ? 'server' : id;
}

function claim(taken: Set<string>, wanted: string): string {
	let id = wanted;
	for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
	taken.add(id);
	return id;
}

/** How many instances each plan server keeps under the cap, in plan order. */
function instanceCounts(servers: readonly Server[]): number[] {
	let spare = Math.max(0, maxSimulatedServers - servers.length);
	return servers.map((server) => {
		const extra = Math.min(server.instances - 1, spare);
		spare -= extra;
		return 1 + extra;
	});
}

function describeIds(ids: readonly string[]): string {
	return ids.length <= 3 ? ids.join(', ') : `${ids[0]} … ${ids.at(-1)}`;
}

/**
 * Expands every plan server into its instances: `web` × 3 → `web-1`, `web-2`, `web-3`; a
 * single instance keeps the plan id. Ids are claimed single instances first, so a scaled
 * server never takes the id of another plan server.
 */
export function expandInstances(plan: Plan): { readonly instances: PlannedInstance[]; readonly notes: string[] } {
	const counts = instanceCounts(plan.servers);
	const taken = new Set<string>();
	const singles = new Map<Server, string>();
	plan.servers.forEach((server, index) => {
		if (counts[index] === 1) singles.set(server, claim(taken, toScenarioId(server.id)));
	});
	const notes: string[] = [];
	const instances = plan.servers.flatMap((server, index) => {
		const single = singles.get(server);
		if (single !== undefined) {
			if (single !== server.id) notes.push(`Server "${server.id}" is "${single}" in the simulation.`);
			return [{ id: single, server, instance: 1 }];
		}
		const base = toScenarioId(server.id).slice(0, 36);
		const ids = Array.from({ length: counts[index]! }, (_, i) => claim(taken, `${base}-${i + 1}`));
		notes.push(`${server.name} (${server.id}) × ${counts[index]} became ${describeIds(ids)}.`);
		return ids.map((id, i) => ({ id, server, instance: i + 1 }));
	});
	plan.servers.forEach((server, index) => {
		if (counts[index]! < server.instances) {
			notes.push(`${server.name} runs ${counts[index]} of its ${server.instances} instances: the simulation takes at most ${maxSimulatedServers} servers.`);
		}
	});
	return { instances, notes };
}
