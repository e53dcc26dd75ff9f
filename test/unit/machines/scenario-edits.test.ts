import { describe, expect, it } from 'vitest';
import { addServer, freeServerId, injectAction, injectionRunway, removeServer, type ScenarioDocument } from '../../../src/machines/playback/scenario-edits';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';

const farm: ScenarioDocument = {
	umbraco: '13.5.2',
	servers: [
		{ id: 'admin', start: 0 },
		{ id: 'web1', start: 5 },
		{ id: 'late', start: 500 },
	],
	events: [
		{ at: 100, server: 'admin', do: 'publish', instructions: 2 },
		{ at: 300, server: 'web1', do: 'crash' },
		{ at: 600, server: 'late', do: 'request' },
	],
	until: 3600,
};

describe('scenario edits', () => {
	it('an injected action keeps the past, drops the future and lands at the second on screen', () => {
		const forked = injectAction(farm, 200, 'admin', { do: 'crash' });
		expect(forked.events).toEqual([farm.events![0], { at: 200, server: 'admin', do: 'crash' }]);
		expect(forked.servers).toBe(farm.servers);
		expect(validateScenario(forked).ok).toBe(true);
		expect(farm.events).toHaveLength(3);
	});

	it('keeps an event at the very second of the fork', () => {
		expect(injectAction(farm, 300, 'admin', { do: 'request' }).events!.map((event) => event['at'])).toEqual([100, 300, 300]);
	});

	it('writes publish counts and database failure windows as scenario events', () => {
		expect(injectAction(farm, 50, 'web1', { do: 'publish', instructions: 7 }).events!.at(-1)).toEqual({ at: 50, server: 'web1', do: 'publish', instructions: 7 });
		expect(injectAction(farm, 50, 'web1', { do: 'dbFailure', seconds: 90 }).events!.at(-1)).toEqual({ at: 50, server: 'web1', do: 'dbFailure', until: 140 });
	});

	it('writes hung database calls and recycles that lose MainDom as scenario events', () => {
		const hung = injectAction(farm, 50, 'web1', { do: 'dbHang', seconds: 120 });
		expect(hung.events!.at(-1)).toEqual({ at: 50, server: 'web1', do: 'dbHang', until: 170 });
		expect(validateScenario(hung).ok).toBe(true);
		expect(injectAction(farm, 3500, 'web1', { do: 'dbHang', seconds: 600 }).until).toBe(4100 + injectionRunway);
		expect(injectAction(farm, 50, 'admin', { do: 'recycle', mainDom: 'lost' }).events!.at(-1)).toEqual({ at: 50, server: 'admin', do: 'recycle', mainDom: 'lost' });
		expect(injectAction(farm, 50, 'admin', { do: 'recycle' }).events!.at(-1)).toEqual({ at: 50, server: 'admin', do: 'recycle' });
	});

	it('extends the end so what an action causes near it can still be watched', () => {
		expect(injectAction(farm, 3500, 'admin', { do: 'crash' }).until).toBe(3500 + injectionRunway);
		expect(injectAction(farm, 3500, 'admin', { do: 'dbFailure', seconds: 600 }).until).toBe(4100 + injectionRunway);
		expect(injectAction(farm, 100, 'admin', { do: 'crash' }).until).toBe(3600);
	});

	it('adds a server with a free id that starts at the fork', () => {
		expect(freeServerId(farm)).toBe('web4');
		const added = addServer(farm, 250);
		expect(added.servers.at(-1)).toEqual({ id: 'web4', start: 250 });
		expect(added.events).toHaveLength(1);
		expect(validateScenario(added).ok).toBe(true);
	});

	it('removing a running server stops it; one not started yet leaves with its events', () => {
		expect(removeServer(farm, 200, 'web1').events!.at(-1)).toEqual({ at: 200, server: 'web1', do: 'stop' });
		const gone = removeServer({ ...farm, events: [...farm.events!, { at: 400, server: 'late', do: 'request' }] }, 450, 'late');
		expect(gone.servers.map((server) => server['id'])).toEqual(['admin', 'web1']);
		expect(gone.events!.some((event) => event['server'] === 'late')).toBe(false);
		expect(removeServer(farm, 10, 'nobody')).toBe(farm);
	});
});
