import { describe } from 'vitest';
import { mainDomRules } from '../../../../src/domain/rules/groups/main-dom';
import { makePlan, patchServer } from '../../../helpers/plans';
import { cleanPlans, expectIds, expectNoProblems, presetPlans, ruleTable } from '../../../helpers/rule-cases-a';

type Patch = NonNullable<Parameters<typeof makePlan>[0]>;

/** The base design as two Azure web apps' worth of servers on `version`. */
const azure = (version: string, patch: Patch = {}) =>
	makePlan({ umbraco: version, hosting: 'azure-web-apps', files: { strategy: 'azure-web-apps', media: 'blob' }, ...patch });

describe('MainDom rules: clean plans (effective settings never trigger)', () => {
	expectIds(mainDomRules, ['R19', 'R32', 'R33', 'R34', 'R35', 'R36', 'R37', 'R38', 'R85']);
	expectNoProblems(mainDomRules, [
		...cleanPlans,
		...['8.5.0', '8.6.2', '8.6.4', '8.18.8', '9.2.0', '9.4.1', '9.5.0', '13.5.2', '17.6.0'].map((v) => ({ name: `Azure ${v}`, plan: azure(v) })),
		{ name: 'containers 9.5.0', plan: makePlan({ umbraco: '9.5.0', hosting: 'containers' }) },
		{ name: 'Azure 13.5.2 with deployment slots', plan: azure('13.5.2', { azure: { deploymentSlots: true } }) },
		...presetPlans,
	]);
});

ruleTable(mainDomRules, 'R19', {
	fires: [
		{
			name: 'a semaphore setting on Linux App Service 9.2.0 still runs the SQL lock, on a read-only login',
			plan: azure('9.2.0', { platform: { os: 'linux' }, servers: patchServer('web-1', { database: 'read-only-login', settings: { mainDomLock: 'semaphore' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock' }],
		},
		{
			name: 'SqlMainDomLock with a read-only login, 13.5.2',
			plan: makePlan({ servers: patchServer('web-1', { database: 'read-only-login', settings: { mainDomLock: 'sql' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock', contains: ['Web 1', 'read-only login', 'umbracoLock', 'umbracoKeyValue'] }],
		},
		{
			name: 'read-only login on Azure 8.18.8, where SqlMainDomLock is recommended',
			plan: azure('8.18.8', { servers: patchServer('web-1', { database: 'read-only-login' }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock', contains: ['SqlMainDomLock'] }],
		},
		{
			name: 'read-only login on the Master of Azure 8.6.2 (it gets SqlMainDomLock)',
			plan: azure('8.6.2', { servers: patchServer('admin', { database: 'read-only-login' }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.mainDomLock' }],
		},
		{
			name: 'SqlMainDomLock on a read-only replica, 13.5.2',
			plan: makePlan({ servers: patchServer('web-2', { database: 'read-only-replica', settings: { mainDomLock: 'sql' } }) }),
			hits: [{ servers: ['web-2'], path: 'servers[2].settings.mainDomLock', contains: ['Web 2', 'read-only replica'] }],
		},
		{
			name: 'read-only replica in containers on 9.2.0 (default lock is SQL off Windows)',
			plan: makePlan({ umbraco: '9.2.0', hosting: 'containers', servers: patchServer('web-1', { database: 'read-only-replica' }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock' }],
		},
		{
			name: 'read-only login, SqlMainDomLock, lock tables not writable, 17.6.0',
			plan: makePlan({ umbraco: '17.6.0', servers: patchServer('web-1', { database: 'read-only-login', settings: { mainDomLock: 'sql', lockTablesWritable: false } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock' }],
		},
	],
	quiet: [
		{ name: 'read-only login with writable lock tables', plan: makePlan({ servers: patchServer('web-1', { database: 'read-only-login', settings: { mainDomLock: 'sql', lockTablesWritable: true } }) }) },
		{ name: 'read-only replica with the default lock, 13.5.2', plan: makePlan({ servers: patchServer('web-1', { database: 'read-only-replica' }) }) },
		{ name: 'read-only replica with the default lock on IIS, 9.2.0', plan: makePlan({ umbraco: '9.2.0', servers: patchServer('web-1', { database: 'read-only-replica' }) }) },
		{ name: 'read-only login in Windows containers, 9.3.0 (the semaphore stays the default on Windows)', plan: makePlan({ umbraco: '9.3.0', hosting: 'containers', platform: { os: 'windows' }, servers: patchServer('web-1', { database: 'read-only-login' }) }) },
		{ name: 'read-only replica with the default lock, 17.6.0', plan: makePlan({ umbraco: '17.6.0', servers: patchServer('web-1', { database: 'read-only-replica' }) }) },
		{ name: 'read-only login on a 8.6.2 Azure replica (no SQL lock there)', plan: azure('8.6.2', { servers: patchServer('web-1', { database: 'read-only-login' }) }) },
		{ name: 'SqlMainDomLock on 8.5.0 (no SQL lock before 8.6)', plan: makePlan({ umbraco: '8.5.0', servers: patchServer('web-1', { database: 'read-only-login', settings: { mainDomLock: 'sql' } }) }) },
		{ name: 'SqlMainDomLock with read-write access', plan: makePlan({ servers: patchServer('web-1', { settings: { mainDomLock: 'sql' } }) }) },
		{ name: 'a custom MainDom lock on a read-only replica, 13.5.2', plan: makePlan({ servers: patchServer('web-1', { database: 'read-only-replica', settings: { customMainDomLock: true } }) }) },
		{ name: 'a custom lock on the read-only replica of 9.2.0 containers', plan: makePlan({ umbraco: '9.2.0', hosting: 'containers', servers: patchServer('web-1', { database: 'read-only-replica', settings: { customMainDomLock: true } }) }) },
	],
});

ruleTable(mainDomRules, 'R32', {
	fires: [
		{
			name: 'Azure 8.18.8, a front-end back on the default lock',
			plan: azure('8.18.8', { servers: patchServer('web-1', { settings: { mainDomLock: 'default' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock', contains: ['Web 1', 'the default MainDom lock', 'Umbraco.Core.MainDom.Lock=SqlMainDomLock'] }],
		},
		{
			name: 'Azure 8.6.4, semaphore on the admin',
			plan: azure('8.6.4', { servers: patchServer('admin', { settings: { mainDomLock: 'semaphore' } }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.mainDomLock', contains: ['MainDomSemaphoreLock'] }],
		},
	],
	quiet: [
		{ name: 'Azure 8.18.8 with recommended settings', plan: azure('8.18.8') },
		{ name: 'IIS 8.18.8 with the default lock', plan: makePlan({ umbraco: '8.18.8', servers: patchServer('web-1', { settings: { mainDomLock: 'default' } }) }) },
		{ name: 'Azure 8.6.2 (R33 decides)', plan: azure('8.6.2', { servers: patchServer('web-1', { settings: { mainDomLock: 'default' } }) }) },
	],
});

ruleTable(mainDomRules, 'R33', {
	fires: [
		{
			name: 'Azure 8.6.2, Master without SqlMainDomLock',
			plan: azure('8.6.2', { servers: patchServer('admin', { settings: { mainDomLock: 'default' } }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.mainDomLock', contains: ['Admin (Master)', 'Umbraco.Core.MainDom.Lock=SqlMainDomLock'] }],
		},
		{
			name: 'Azure 8.6.3, a replica with overlapped recycling on',
			plan: azure('8.6.3', { servers: patchServer('web-1', { settings: { disableOverlappedRecycling: false } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.disableOverlappedRecycling', contains: ['Web 1 (Replica)', 'WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1'] }],
		},
	],
	quiet: [
		{ name: 'Azure 8.6.0 with recommended settings', plan: azure('8.6.0') },
		{ name: 'IIS 8.6.2, overlapped recycling on', plan: makePlan({ umbraco: '8.6.2', servers: patchServer('web-1', { settings: { disableOverlappedRecycling: false } }) }) },
	],
});

ruleTable(mainDomRules, 'R34', {
	fires: [
		{
			name: 'Azure 8.5.0, admin with overlapped recycling on',
			plan: azure('8.5.0', { servers: patchServer('admin', { settings: { disableOverlappedRecycling: false } }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.disableOverlappedRecycling', contains: ['Admin', 'WEBSITE_DISABLE_OVERLAPPED_RECYCLING=1'], excludes: ['no effect'] }],
		},
		{
			name: 'Azure 8.1.0, a front-end relying on SqlMainDomLock instead',
			plan: azure('8.1.0', { servers: patchServer('web-2', { settings: { mainDomLock: 'sql', disableOverlappedRecycling: false } }) }),
			hits: [{ servers: ['web-2'], path: 'servers[2].settings.disableOverlappedRecycling', contains: ['no effect before 8.6'] }],
		},
	],
	quiet: [
		{ name: 'Azure 8.5.0 with recommended settings', plan: azure('8.5.0') },
		{ name: 'Azure 8.5.0, harmless SqlMainDomLock with overlap off', plan: azure('8.5.0', { servers: patchServer('web-1', { settings: { mainDomLock: 'sql' } }) }) },
		{ name: 'IIS 8.5.0, overlapped recycling on', plan: makePlan({ umbraco: '8.5.0', servers: patchServer('web-1', { settings: { disableOverlappedRecycling: false } }) }) },
	],
});

ruleTable(mainDomRules, 'R35', {
	fires: [
		{
			name: 'Azure 9.2.0, FileSystemMainDomLock on a front-end',
			plan: azure('9.2.0', { servers: patchServer('web-1', { settings: { mainDomLock: 'file-system' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock', contains: ['FileSystemMainDomLock', 'Umbraco:CMS:Global:MainDomLock=SqlMainDomLock'] }],
		},
	],
	quiet: [
		{ name: 'Azure 9.0.0 with recommended settings', plan: azure('9.0.0') },
		{ name: 'IIS 9.2.0 with FileSystemMainDomLock', plan: makePlan({ umbraco: '9.2.0', servers: patchServer('web-1', { settings: { mainDomLock: 'file-system' } }) }) },
	],
});

ruleTable(mainDomRules, 'R36', {
	fires: [
		{
			name: 'Azure 9.5.0, SqlMainDomLock',
			plan: azure('9.5.0', { servers: patchServer('web-1', { settings: { mainDomLock: 'sql' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock', contains: ['set Umbraco:CMS:Global:MainDomLock=FileSystemMainDomLock.'], excludes: [' or '] }],
		},
		{
			name: 'Azure 9.4.1, semaphore (either documented lock would do)',
			plan: azure('9.4.1', { servers: patchServer('admin', { settings: { mainDomLock: 'semaphore' } }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.mainDomLock', contains: ['FileSystemMainDomLock or Umbraco:CMS:Global:MainDomLock=SqlMainDomLock'] }],
		},
	],
	quiet: [
		{ name: 'Azure 9.4.1, SqlMainDomLock (docs disagree on 9.4)', plan: azure('9.4.1', { servers: patchServer('web-1', { settings: { mainDomLock: 'sql' } }) }) },
		{ name: 'Azure 9.5.0 with recommended settings', plan: azure('9.5.0') },
		{ name: 'containers 9.5.0, SqlMainDomLock', plan: makePlan({ umbraco: '9.5.0', hosting: 'containers', servers: patchServer('web-1', { settings: { mainDomLock: 'sql' } }) }) },
	],
});

ruleTable(mainDomRules, 'R37', {
	fires: [
		{
			name: 'FileSystemMainDomLock set explicitly, 13.5.2',
			plan: makePlan({ servers: patchServer('web-1', { settings: { mainDomLock: 'file-system' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock', contains: ['Web 1', 'already the default'] }],
		},
		{ name: 'Azure 13.5.2', plan: azure('13.5.2'), hits: [{ path: 'hosting', contains: ['Azure'] }] },
		{
			name: 'Azure 17.6.0 with an explicit FileSystemMainDomLock: one hit, on the server',
			plan: azure('17.6.0', { servers: patchServer('admin', { settings: { mainDomLock: 'file-system' } }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.mainDomLock' }],
		},
	],
	quiet: [
		{ name: 'base 13.5.2', plan: makePlan() },
		{ name: 'FileSystemMainDomLock on 9.5.0 (not the default there)', plan: makePlan({ umbraco: '9.5.0', servers: patchServer('web-1', { settings: { mainDomLock: 'file-system' } }) }) },
		{ name: 'Azure 8.18.8', plan: azure('8.18.8') },
		{ name: 'Azure 17.8.1 that pins SqlMainDomLock on purpose (deployment slots)', plan: azure('17.8.1', { azure: { deploymentSlots: true }, servers: patchServer('admin', { settings: { mainDomLock: 'sql', mainDomKeyDiscriminator: 'admin-{instance}' } }) }) },
		{ name: 'Azure 13.5.2 with a custom MainDom lock', plan: azure('13.5.2', { servers: patchServer('web-1', { settings: { customMainDomLock: true } }) }) },
	],
});

ruleTable(mainDomRules, 'R38', {
	fires: [
		{
			name: 'a discriminator that numbers instances instead of slots, 14.2.0',
			plan: azure('14.2.0', { azure: { deploymentSlots: true }, servers: patchServer('web-1', { instances: 3, settings: { mainDomLock: 'sql', mainDomKeyDiscriminator: 'blue-{instance}' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomKeyDiscriminator', contains: ['blue-{instance}', 'per slot'] }],
		},
		{
			name: 'Azure 13.5.2 slots, SqlMainDomLock on one app',
			plan: azure('13.5.2', { azure: { deploymentSlots: true }, servers: patchServer('web-1', { settings: { mainDomLock: 'sql' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomKeyDiscriminator', contains: ['Web 1', 'MainDomKeyDiscriminator'] }],
		},
	],
	quiet: [
		{ name: 'Azure 13.5.2 slots with the default lock', plan: azure('13.5.2', { azure: { deploymentSlots: true } }) },
		{
			name: 'Azure 13.5.2 slots, SqlMainDomLock with a discriminator',
			plan: azure('13.5.2', { azure: { deploymentSlots: true }, servers: patchServer('web-1', { settings: { mainDomLock: 'sql', mainDomKeyDiscriminator: 'staging' } }) }),
		},
		{ name: 'Azure 13.5.2, SqlMainDomLock without slots', plan: azure('13.5.2', { servers: patchServer('web-1', { settings: { mainDomLock: 'sql' } }) }) },
		{ name: 'Azure 8.18.8 slots (no documented v8 key)', plan: azure('8.18.8', { azure: { deploymentSlots: true } }) },
		{ name: 'Azure 9.2.0 slots with SqlMainDomLock: the discriminator arrived in 9.4, nothing to set', plan: azure('9.2.0', { azure: { deploymentSlots: true } }) },
	],
});

ruleTable(mainDomRules, 'R85', {
	fires: [
		{
			name: 'the semaphore in Linux containers, 13.5.2',
			plan: makePlan({ umbraco: '13.5.2', hosting: 'containers', platform: { os: 'linux' }, servers: patchServer('web-1', { settings: { mainDomLock: 'semaphore' } }) }),
			hits: [{ servers: ['web-1'], path: 'servers[1].settings.mainDomLock', contains: ['Web 1', 'MainDomSemaphoreLock', 'Linux'] }],
		},
		{
			name: 'the semaphore on Linux App Service, 15.0.0',
			plan: azure('15.0.0', { platform: { os: 'linux' }, servers: patchServer('admin', { settings: { mainDomLock: 'semaphore' } }) }),
			hits: [{ servers: ['admin'], path: 'servers[0].settings.mainDomLock' }],
		},
		{
			name: 'containers with no operating system stated run Linux, 17.6.0',
			plan: makePlan({ umbraco: '17.6.0', hosting: 'containers', servers: patchServer('web-2', { settings: { mainDomLock: 'semaphore' } }) }),
			hits: [{ servers: ['web-2'], path: 'servers[2].settings.mainDomLock' }],
		},
	],
	quiet: [
		{ name: 'the semaphore on IIS, 13.5.2', plan: makePlan({ umbraco: '13.5.2', servers: patchServer('web-1', { settings: { mainDomLock: 'semaphore' } }) }) },
		{ name: 'the semaphore in Windows containers, 13.5.2', plan: makePlan({ umbraco: '13.5.2', hosting: 'containers', platform: { os: 'windows' }, servers: patchServer('web-1', { settings: { mainDomLock: 'semaphore' } }) }) },
		{ name: 'the default lock in Linux containers, 9.5.0', plan: makePlan({ umbraco: '9.5.0', hosting: 'containers', platform: { os: 'linux' } }) },
		{ name: '9.3.1 takes the SQL lock off Windows whatever the setting', plan: makePlan({ umbraco: '9.3.1', hosting: 'containers', platform: { os: 'linux' }, servers: patchServer('web-1', { settings: { mainDomLock: 'semaphore' } }) }) },
		{ name: 'a custom lock replaces the setting', plan: makePlan({ umbraco: '13.5.2', hosting: 'containers', servers: patchServer('web-1', { settings: { mainDomLock: 'semaphore', customMainDomLock: true } }) }) },
		{ name: 'v8 is Windows only (outside the bands)', plan: makePlan({ umbraco: '8.18.8', servers: patchServer('web-1', { settings: { mainDomLock: 'semaphore' } }) }) },
	],
});
