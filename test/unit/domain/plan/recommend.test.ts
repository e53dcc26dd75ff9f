import { describe, expect, test } from 'vitest';
import { effectiveSettings } from '../../../../src/domain/plan/recommend';
import type { Plan } from '../../../../src/domain/plan/schema';
import { makePlan, patchServer } from '../../../helpers/plans';

const azure = { hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' } } as const;
const of = (plan: Plan, id: string) => effectiveSettings(plan, plan.servers.find((s) => s.id === id)!);

describe('effectiveSettings on Azure Web Apps', () => {
	test.each([
		['8.5.5', 'default', 'default', true, true],
		['8.6.2', 'sql', 'default', false, true],
		['8.6.4', 'sql', 'sql', false, false],
		['8.18.8', 'sql', 'sql', false, false],
		['9.3.0', 'sql', 'sql', false, false],
		['9.5.1', 'file-system', 'file-system', false, false],
		['13.5.2', 'file-system', 'file-system', false, false],
		['17.6.0', 'file-system', 'file-system', false, false],
	] as const)('%s: MainDom %s on the admin app and %s on the public app; overlap off %s / %s', (umbraco, adminLock, webLock, adminOverlap, webOverlap) => {
		const plan = makePlan({ ...azure, umbraco });
		expect([of(plan, 'admin').mainDomLock, of(plan, 'web-1').mainDomLock]).toEqual([adminLock, webLock]);
		expect([of(plan, 'admin').disableOverlappedRecycling, of(plan, 'web-1').disableOverlappedRecycling]).toEqual([adminOverlap, webOverlap]);
	});

	test('keeps temp local everywhere and syncs the index only on the single-instance admin app', () => {
		const plan = makePlan(azure);
		expect(of(plan, 'admin')).toMatchObject({ localTemp: 'environment-temp', examineFactory: 'synced-temp' });
		expect(of(plan, 'web-1')).toMatchObject({ localTemp: 'environment-temp', examineFactory: 'temp' });
	});
});

describe('effectiveSettings on premises', () => {
	test.each([
		['replication, TEMP excluded', { strategy: 'replication' }, 'default', 'default'],
		['replication, TEMP replicated', { strategy: 'replication', replication: { excludesTemp: false } }, 'environment-temp', 'temp'],
		['central share', { strategy: 'central-share' }, 'environment-temp', 'temp'],
		['standalone', { strategy: 'standalone', media: 'blob' }, 'default', 'default'],
	] as const)('%s: temp %s, index %s', (_, files, localTemp, examineFactory) => {
		expect(of(makePlan({ files }), 'web-1')).toMatchObject({ localTemp, examineFactory, mainDomLock: 'default' });
	});

	test('v7 with replicated TEMP keeps the default index (the temp-only factory is advice for v8+)', () => {
		const plan = makePlan({ umbraco: '7.15.10', files: { strategy: 'replication', replication: { excludesTemp: false } } });
		expect(of(plan, 'web-1').examineFactory).toBe('default');
	});

	test('uses the file-system lock in 9.4–9.5 containers (the semaphore is Windows-only)', () => {
		expect(of(makePlan({ umbraco: '9.4.3', hosting: 'containers' }), 'web-1').mainDomLock).toBe('file-system');
		expect(of(makePlan({ umbraco: '13.5.2', hosting: 'containers' }), 'web-1').mainDomLock).toBe('default');
	});
});

describe('effectiveSettings for duties of one server', () => {
	test('turns unattended upgrades on for the main server only, where the version has them', () => {
		const plan = makePlan({ upgrades: { unattended: true } });
		expect(plan.servers.map((s) => effectiveSettings(plan, s).upgradeUnattended)).toEqual([true, false, false]);
		const v7 = makePlan({ umbraco: '7.15.10', upgrades: { unattended: true } });
		expect(effectiveSettings(v7, v7.servers[0]!).upgradeUnattended).toBe(false);
	});

	test('sets ConfigurationStatus to the target version on every v8.12+ server', () => {
		const plan = makePlan({ umbraco: '8.18.8', upgrades: { unattended: true } });
		expect(plan.servers.map((s) => effectiveSettings(plan, s).configurationStatus)).toEqual(['8.18.8', '8.18.8', '8.18.8']);
		expect(of(makePlan({ umbraco: '13.5.2', upgrades: { unattended: true } }), 'admin').configurationStatus).toBeUndefined();
	});

	test('makes the Engage CM server the only processing server', () => {
		const plan = makePlan({ engage: { cmServer: 'admin' } });
		expect(plan.servers.map((s) => effectiveSettings(plan, s).engageProcessing)).toEqual([true, false, false]);
		expect(of(makePlan(), 'admin').engageProcessing).toBeUndefined();
	});

	test('prefers explicit values and says which ones they were', () => {
		const plan = makePlan({ ...azure, servers: patchServer('web-1', { settings: { mainDomLock: 'semaphore', examineFactory: 'default' } }) });
		const settings = of(plan, 'web-1');
		expect(settings).toMatchObject({ mainDomLock: 'semaphore', examineFactory: 'default', localTemp: 'environment-temp' });
		expect([...settings.explicit].sort()).toEqual(['examineFactory', 'mainDomLock']);
	});
});
