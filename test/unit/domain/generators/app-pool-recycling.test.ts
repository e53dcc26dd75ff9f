/**
 * Overlapped recycling off (R33, R72) where the host has it: on IIS the pool's
 * `<recycling disallowOverlappingRotation="true" />` in `applicationHost.config.fragment.xml`
 * [MS-IIS-RECYCLING], on Azure the app setting WEBSITE_DISABLE_OVERLAPPED_RECYCLING [MS-APPSETTINGS],
 * in containers nothing; and a checklist step that says the same for the host. Parsed, not grepped.
 */
import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../../../src/domain/checklist/build-checklist';
import type { Plan } from '../../../../src/domain/plan/schema';
import { makePlan, patchServer } from '../../../helpers/plans';
import { azureSettings, filesByPath, poolVariables } from './helpers';
import { xmlElements } from './xml-elements';

const pool = (plan: Plan, id: string) => filesByPath(plan).get(`servers/${id}/applicationHost.config.fragment.xml`);
const overlapSteps = (plan: Plan) =>
	buildChecklist(plan)
		.groups.flatMap((g) => g.items)
		.filter((item) => item.id.endsWith('overlap'));
const adminOff = { settings: { disableOverlappedRecycling: true } } as const;

describe('overlapped recycling off on IIS', () => {
	const plan = makePlan({ servers: patchServer('admin', adminOff) });

	test('only that server gets a pool fragment, with the recycling element where applicationHost.config has it', () => {
		const file = pool(plan, 'admin');
		expect(file).toBeDefined();
		expect(xmlElements(file!.contents, 'recycling')).toEqual([{ path: 'configuration/system.applicationHost/applicationPools/add/recycling', attrs: { disallowOverlappingRotation: 'true' } }]);
		expect(xmlElements(file!.contents, 'environmentVariables')).toEqual([]);
		expect(file!.title).toBe('Application pool recycling for Admin');
		expect(pool(plan, 'web-1')).toBeUndefined();
		expect(pool(makePlan(), 'admin')).toBeUndefined();
	});

	test('on a v13 central share the same fragment also carries the pool’s environment variables', () => {
		const shared = makePlan({ files: { strategy: 'central-share' }, upgrades: { unattended: true }, servers: patchServer('admin', adminOff) });
		const xml = pool(shared, 'admin')!.contents;
		expect(xmlElements(xml, 'recycling')).toHaveLength(1);
		expect(poolVariables(xml)).toEqual({ UMBRACO__CMS__Unattended__UpgradeUnattended: 'true', LoadBalancing__ServerRole: 'SchedulingPublisher' });
		expect(pool(shared, 'admin')!.apply).toContain('Disable Overlapped Recycle');
	});

	test('on v7 and v8 IIS farms too (the pool is the same)', () => {
		for (const umbraco of ['7.15.10', '8.18.8']) expect(xmlElements(pool(makePlan({ umbraco, servers: patchServer('admin', adminOff) }), 'admin')!.contents, 'recycling')).toHaveLength(1);
	});

	test('the checklist asks for it on the IIS pool, for R72 before 17.7 and as plain advice after', () => {
		const [step] = overlapSteps(plan);
		expect(step).toMatchObject({ server: 'admin', rule: 'R72' });
		expect(step!.text).toContain('Disable Overlapped Recycle');
		expect(step!.sources).toEqual(['ISSUE-23219', 'PR-23421', 'MS-IIS-RECYCLING']);
		const later = overlapSteps(makePlan({ umbraco: '17.8.1', servers: patchServer('admin', adminOff) }));
		expect(later.map((s) => [s.rule, s.sources])).toEqual([[undefined, ['MS-IIS-RECYCLING']]]);
	});
});

describe('overlapped recycling elsewhere', () => {
	test('Azure: the app setting, and the portal in the checklist; no IIS fragment', () => {
		const plan = makePlan({ hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' }, servers: patchServer('admin', adminOff) });
		expect(azureSettings(plan, 'admin')['WEBSITE_DISABLE_OVERLAPPED_RECYCLING']).toBe('1');
		expect(pool(plan, 'admin')).toBeUndefined();
		expect(overlapSteps(plan).map((s) => s.text)).toEqual(['In the Azure portal (not `web.config`), add the app setting `WEBSITE_DISABLE_OVERLAPPED_RECYCLING = 1`.']);
	});

	test('v8 on Azure keeps its own reason (R33)', () => {
		const plan = makePlan({ umbraco: '8.6.2', hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps' } });
		expect(overlapSteps(plan).map((s) => s.rule)).toContain('R33');
	});

	test('containers: nothing to set, no step', () => {
		const plan = makePlan({ hosting: 'containers', files: { strategy: 'standalone' }, servers: patchServer('admin', adminOff) });
		expect(pool(plan, 'admin')).toBeUndefined();
		expect(overlapSteps(plan)).toEqual([]);
	});
});
