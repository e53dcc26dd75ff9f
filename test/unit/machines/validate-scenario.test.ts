import { describe, expect, test } from 'vitest';
import { parseScenarioJson } from '../../../src/machines/scenario/parse-scenario-json';
import { formatIssue } from '../../../src/machines/scenario/scenario-issues';
import { validateScenario } from '../../../src/machines/scenario/validate-scenario';
import { defaultSettings } from '../../../src/machines/settings';
import { simulate } from '../../../src/machines/simulate';

const minimal = { umbraco: '13.5.2', servers: [{ id: 'A', start: 0 }], until: 60 };

function problems(value: unknown): string[] {
	const result = validateScenario(value);
	return result.ok ? [] : result.issues.map(formatIssue);
}

describe('validateScenario', () => {
	test('fills in the defaults', () => {
		const result = validateScenario(minimal);
		expect(result).toEqual({
			ok: true,
			scenario: { umbraco: '13.5.2', settings: defaultSettings, servers: [{ id: 'A', start: 0, role: 'elected', appUrl: true }], events: [], until: 60 },
			warnings: [],
		});
	});

	test('keeps the file order of events (the clock sorts them)', () => {
		const events = [
			{ at: 201, server: 'A', do: 'publish', instructions: 3 },
			{ at: 40, server: 'A', do: 'request' },
			{ at: 100, server: 'A', do: 'dbFailure', until: 400 },
		];
		const result = validateScenario({ ...minimal, events });
		expect(result.ok && result.scenario.events).toEqual(events);
	});

	test('collects every problem with its JSON path and what was expected', () => {
		const bad = {
			umbraco: '7.15.10',
			settings: { touchPeriod: 0, rowsPerPoll: 2.5, staleTimeout: '120' },
			servers: [{ id: 'A', start: 0 }, { id: 'A', start: -5, role: 'master', appUrl: 'yes' }],
			events: [
				{ at: 10, server: 'Z', do: 'request' },
				{ at: 20, server: 'A', do: 'publish' },
				{ at: 30, server: 'A', do: 'dbFailure', until: 30 },
				{ at: 40, server: 'A', do: 'reboot' },
				'stop',
			],
			until: -1,
		};
		expect(problems(bad)).toEqual([
			'umbraco: expected Umbraco 8 or newer (the simulation follows the v8, v13 and v17 code); got "7.15.10"',
			'settings.touchPeriod: expected a number of seconds ≥ 1; got 0',
			'settings.staleTimeout: expected a number of seconds ≥ 1; got "120"',
			'settings.rowsPerPoll: expected a whole number ≥ 1; got 2.5',
			'servers[1].id: duplicate server id "A"',
			'servers[1].start: expected a number of seconds ≥ 0; got -5',
			'servers[1].role: expected one of "elected", "publisher", "subscriber", "single"; got "master"',
			'servers[1].appUrl: expected true or false; got "yes"',
			'events[0].server: expected the id of a server in "servers" ("A"); got "Z"',
			'events[1].instructions: expected a whole number ≥ 1; got nothing',
			'events[2].until: expected a number of seconds > 30; got 30',
			'events[3].do: expected one of "start", "recycle", "dbFailure", "dbHang", "request", "publish", "edit", "stop", "crash"; got "reboot"',
			'events[4]: expected an object; got "stop"',
			'until: expected a number of seconds ≥ 0; got -1',
		]);
	});

	test.each([
		[null, '(root): expected an object; got null'],
		[[], '(root): expected an object; got an array'],
		[{ ...minimal, umbraco: 13 }, 'umbraco: expected a version string such as "13.5.2"; got 13'],
		[{ ...minimal, umbraco: 'latest' }, 'umbraco: expected a version such as "8.18.8", "13.5.2" or "17.4.0"; got "latest"'],
		[{ ...minimal, servers: [] }, 'servers: expected at least one server'],
		[{ ...minimal, servers: {} }, 'servers: expected an array; got an object'],
		[{ ...minimal, until: undefined }, 'until: expected a number of seconds ≥ 0; got nothing'],
		[{ ...minimal, servers: [{ start: 0 }] }, 'servers[0].id: expected a non-empty string; got nothing'],
		[{ ...minimal, events: [{ server: 'A', do: 'stop' }] }, 'events[0].at: expected a number of seconds ≥ 0; got nothing'],
	])('rejects %j', (value, message) => {
		expect(problems(value)).toEqual([message]);
	});

	test('reads the 2026 fields: hangs, recycles that lose MainDom, machine identity, timeouts and scheduled publishing', () => {
		const input = {
			...minimal,
			settings: { syncTimeout: 30, touchTimeout: 90, scheduledPublishingPeriod: 20, scheduledPublishingAlignToClock: true },
			servers: [{ id: 'A', start: 0, machineName: 'changes', machineIdentifier: true }],
			events: [
				{ at: 10, server: 'A', do: 'dbHang', until: 40 },
				{ at: 20, server: 'A', do: 'recycle', mainDom: 'lost' },
				{ at: 30, server: 'A', do: 'recycle', mainDom: 'handover' },
			],
		};
		const result = validateScenario(input);
		expect(result.ok && result.warnings).toEqual([]);
		expect(result.ok && result.scenario).toMatchObject({ settings: input.settings, servers: [{ id: 'A', machineName: 'changes', machineIdentifier: true }], events: input.events });
	});

	test('names the path of every wrong 2026 field', () => {
		expect(
			problems({
				...minimal,
				settings: { syncTimeout: 0, scheduledPublishingAlignToClock: 'yes' },
				servers: [{ id: 'A', start: 0, machineName: 'random', machineIdentifier: 'web-1' }],
				events: [
					{ at: 10, server: 'A', do: 'dbHang' },
					{ at: 20, server: 'A', do: 'dbHang', until: 20 },
					{ at: 30, server: 'A', do: 'recycle', mainDom: 'kept' },
				],
			})
		).toEqual([
			'settings.syncTimeout: expected a number of seconds ≥ 1; got 0',
			'settings.scheduledPublishingAlignToClock: expected true or false; got "yes"',
			'servers[0].machineName: expected one of "stable", "changes"; got "random"',
			'servers[0].machineIdentifier: expected true or false; got "web-1"',
			'events[0].until: expected a number of seconds > 10; got nothing',
			'events[1].until: expected a number of seconds > 20; got 20',
			'events[2].mainDom: expected one of "handover", "lost"; got "kept"',
		]);
	});

	test.each([7, 11, 7.5])('refuses an aligned scheduled publishing period of %s s that does not divide an hour, from 17.6 and 18.1', (period) => {
		for (const umbraco of ['17.6.0', '18.1.0', '19.0.0']) {
			expect(problems({ ...minimal, umbraco, settings: { scheduledPublishingPeriod: period, scheduledPublishingAlignToClock: true } }), umbraco).toEqual([
				`settings.scheduledPublishingPeriod: expected a whole number of seconds that divides 3600 when scheduledPublishingAlignToClock is true; got ${period}`,
			]);
			expect(problems({ ...minimal, umbraco, settings: { scheduledPublishingPeriod: period } })).toEqual([]);
		}
		// Earlier versions have neither the settings nor their validator: they keep the fixed minute.
		for (const umbraco of ['13.5.2', '17.5.9', '18.0.2']) expect(problems({ ...minimal, umbraco, settings: { scheduledPublishingPeriod: period, scheduledPublishingAlignToClock: true } }), umbraco).toEqual([]);
	});

	test('19 runs as a preview with a warning; 20 and later do not exist yet', () => {
		const preview = validateScenario({ ...minimal, umbraco: '19.0.0' });
		expect(preview.ok).toBe(true);
		expect(preview.warnings.map(formatIssue)).toEqual(['umbraco: a preview with no release yet: simulated as 18.3+, with the 18.x defaults (19 may change them, e.g. AlignToClock)']);
		expect(validateScenario({ ...minimal, umbraco: '18.3.1' }).warnings).toEqual([]);
		expect(problems({ ...minimal, umbraco: '20.0.0' })).toEqual(['umbraco: expected Umbraco 19 or older (19 is a preview; nothing later exists yet); got "20.0.0"']);
	});

	test('warns, by path, about servers and events after the run ends', () => {
		const result = validateScenario({ ...minimal, servers: [{ id: 'A', start: 0 }, { id: 'B', start: 61 }], events: [{ at: 60, server: 'A', do: 'request' }, { at: 500, server: 'A', do: 'stop' }] });
		expect(result.ok).toBe(true);
		expect(result.warnings.map(formatIssue)).toEqual([
			'servers[1].start: starts at 61 s, after the run ends at 60 s: it never takes part',
			'events[1].at: happens at 500 s, after the run ends at 60 s: it never takes part',
		]);
	});

	test('warns about unknown properties and ignores them', () => {
		const result = validateScenario({ ...minimal, name: 'x', settings: { touchPeriods: 30 }, servers: [{ id: 'A', start: 0, colour: 'red' }] });
		expect(result.ok).toBe(true);
		expect(result.warnings.map(formatIssue)).toEqual(['name: unknown property, ignored', 'settings.touchPeriods: unknown property, ignored', 'servers[0].colour: unknown property, ignored']);
	});

	test('does not report an event twice for a server whose other fields are wrong', () => {
		expect(problems({ ...minimal, servers: [{ id: 'A', start: 'soon' }], events: [{ at: 1, server: 'A', do: 'stop' }] })).toEqual([
			'servers[0].start: expected a number of seconds ≥ 0; got "soon"',
		]);
	});
});

describe('simulate', () => {
	test('throws a ScenarioError listing every problem', () => {
		expect(() => simulate({ ...minimal, until: 'never', servers: [{ id: '', start: 0 }] })).toThrow(
			'Invalid scenario (2 problems):\nservers[0].id: expected a non-empty string; got ""\nuntil: expected a number of seconds ≥ 0; got "never"'
		);
	});
});

describe('parseScenarioJson', () => {
	test('parses JSON', () => {
		expect(parseScenarioJson('{"until": 1}')).toEqual({ ok: true, value: { until: 1 } });
	});

	test.each([
		['{\n  "until": 1,,\n}', 'not valid JSON at line 2, column 14: unexpected ","'],
		['{\n  "umbraco": "13.5.2",\n  "until": ,\n}', 'not valid JSON at line 3, column 12: unexpected ","'],
		['{"until": ', 'not valid JSON at line 1, column 11: the text ends too early'],
		['{"until": 1} x', 'not valid JSON at line 1, column 14: unexpected "x"'],
		["{'until': 1}", 'not valid JSON at line 1, column 2: unexpected "\'"'],
		['[1, 2', 'not valid JSON at line 1, column 6: the text ends too early'],
		['{"a": "b\nc"}', 'not valid JSON at line 1, column 9: unexpected "\\n"'],
		['nope', 'not valid JSON at line 1, column 1: unexpected "n"'],
	])('reports where %j breaks', (text, message) => {
		expect(parseScenarioJson(text)).toEqual({ ok: false, issue: { path: '', message } });
	});

	test.each(['{"a": [1, -2.5e3, true, false, null, {"b": "c\\"d"}]}', ' [ ] ', '"x"', '0'])('finds nothing wrong in %j', (text) => {
		expect(parseScenarioJson(text).ok).toBe(true);
	});
});
