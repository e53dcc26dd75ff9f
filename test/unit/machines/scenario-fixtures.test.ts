/**
 * The scenario fixtures (including the README's two worked examples): their key facts are
 * asserted here, and their whole results are kept as reviewable golden files next to them
 * (`vitest -u` rewrites the golden files after an intended change).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simulate, type SimulationResult } from '../../../src/machines/simulate';
import { applied, entries, jobTimes, roles, times } from './scenario-helpers';

const directory = join(import.meta.dirname, '../../fixtures/scenarios');
const names = readdirSync(directory).filter((name) => name.endsWith('.json') && !name.endsWith('.golden.json'));
const runFixture = (name: string) => simulate(JSON.parse(readFileSync(join(directory, name), 'utf8')));

/** One log entry per line, so a diff shows exactly which entries moved. */
function golden({ log, final }: SimulationResult): string {
	return `{\n"log": [\n${log.map((entry) => JSON.stringify(entry)).join(',\n')}\n],\n"final": ${JSON.stringify(final, null, '\t')}\n}\n`;
}

describe('scenario fixtures', () => {
	test.each(names)('%s matches its golden file', async (name) => {
		await expect(golden(runFixture(name))).toMatchFileSnapshot(join(directory, name.replace(/\.json$/, '.golden.json')));
	});

	test('publisher-failover: web1 deactivates the crashed admin at 320, web2 takes over at 325', () => {
		const { log, final } = runFixture('publisher-failover.json');
		expect(Math.max(...times(log, 'admin', 'touch'))).toBe(195);
		expect(entries(log, 'web1', 'deactivate')).toEqual([{ t: 320, server: 'web1', type: 'deactivate', target: 'admin' }]);
		expect(roles(log, 'web2')).toEqual(['10:Unknown', '25:Subscriber', '325:SchedulingPublisher']);
		expect(jobTimes(log, 'admin', 'scheduledPublishing')).toEqual([180, 240]);
		expect(jobTimes(log, 'web2', 'scheduledPublishing')).toEqual([370, 430]);
		expect(applied(log, 'web1')).toEqual([1, 2]);
		expect(final.database.servers.map((row) => [row.computerName, row.isActive, row.isSchedulingPublisher])).toEqual([
			['admin', false, false],
			['web1', true, false],
			['web2', true, true],
		]);
	});

	test('subscriber-cold-boot: 1100 instructions missed is more than 1000, so web1 boots cold and skips them', () => {
		const { log, final } = runFixture('subscriber-cold-boot.json');
		expect(entries(log, 'web1', 'boot').map((e) => 'mode' in e && `${e.t}:${e.mode}`)).toEqual(['0:cold', '200:cold']);
		expect(applied(log, 'web1')).toEqual([1, 4]);
		expect(times(log, 'web1', 'apply')).toEqual([60, 260]);
		expect(final.servers['web1']).toEqual({ role: 'Subscriber', running: true, lastSynced: 4 });
	});
});
