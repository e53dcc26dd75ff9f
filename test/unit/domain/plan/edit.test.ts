import { describe, expect, test } from 'vitest';
import { checkDraft, newDraft, type PlanDraft } from '../../../../src/domain/plan/draft';
import {
	addEngage,
	addLoadBalancer,
	addServer,
	duplicateServers,
	maxServers,
	moveServer,
	removeEngage,
	removeLoadBalancer,
	removeServers,
	setAt,
	setBehindLoadBalancer,
	setFileStrategy,
	setKeyStore,
	setMediaStore,
	setRoles,
	setSessionStore,
} from '../../../../src/domain/plan/edit';
import { presets } from '../../../../src/domain/presets/index';
import { fixFor } from '../../../../src/domain/rules/fixes';
import { validate } from '../../../../src/domain/rules/validate';
import { deepFreeze } from '../../../helpers/deep-freeze';
import { basePlanInput } from '../../../helpers/plans';
import { random, randomEdit } from './random-edits';

/** A frozen copy of the base test plan (v13, Admin + Web 1 + Web 2), as a draft. */
const base = (change: Partial<PlanDraft> = {}): PlanDraft => deepFreeze({ ...structuredClone(basePlanInput as unknown as PlanDraft), ...change });
const ids = (draft: PlanDraft) => draft.servers.map((s) => s.id);
const frozenEmpty = () => deepFreeze(newDraft('13.5.2'));

describe('setAt', () => {
	test('sets a nested value, creating missing parents, and leaves the input alone', () => {
		const draft = base();
		const next = setAt(draft, ['servers', 1, 'settings', 'messenger', 'syncSeconds'], 5);
		expect(next.servers[1]).toEqual({ ...draft.servers[1], settings: { messenger: { syncSeconds: 5 } } });
		expect(draft.servers[1]).not.toHaveProperty('settings');
		expect(next.servers[0]).toBe(draft.servers[0]);
	});

	test('keeps the key order of existing objects and appends new keys', () => {
		const draft = base();
		expect(Object.keys(setAt(draft, ['hosting'], 'containers'))).toEqual(Object.keys(draft));
		expect(Object.keys(setAt(draft, ['servers', 0, 'host'], 'x.internal').servers[0]!)).toEqual(Object.keys(draft.servers[0]!));
		expect(Object.keys(setAt(draft, ['engage'], { cmServer: 'admin' })).at(-1)).toBe('engage');
	});

	test('returns the same draft when nothing changes', () => {
		const draft = base();
		expect(setAt(draft, ['hosting'], 'iis')).toBe(draft);
		expect(setAt(draft, ['legacy', 'courierTarget'], undefined)).toBe(draft);
		expect(setAt(draft, ['servers', 9, 'role'], 'publisher')).toBe(draft);
		expect(setAt(draft, ['servers', -1, 'role'], 'publisher')).toBe(draft);
		expect(setAt(draft, ['name', 'inside'], 1)).toBe(draft);
		expect(setAt(draft, ['legacy', 'list', 3], 1)).toBe(draft);
		expect(setAt(draft, [], {})).toBe(draft);
	});

	test('deletes a key and removes optional objects it empties, all the way up', () => {
		const draft = setAt(base(), ['servers', 1, 'settings', 'messenger', 'syncSeconds'], 5);
		expect(setAt(draft, ['servers', 1, 'settings', 'messenger', 'syncSeconds'], undefined).servers[1]).toEqual(base().servers[1]);
		const legacy = base({ legacy: { courierTarget: 'admin' }, keys: { store: 'redis' } });
		expect(setAt(legacy, ['legacy', 'courierTarget'], undefined)).not.toHaveProperty('legacy');
		expect(setAt(legacy, ['keys', 'store'], undefined)).not.toHaveProperty('keys');
	});

	test('keeps the load balancer and files objects the schema requires, even empty', () => {
		expect(setAt(base(), ['loadBalancer', 'publicHost'], undefined).loadBalancer).toEqual({});
		expect(setAt(base(), ['files', 'strategy'], undefined).files).toEqual({ media: 'site-folder' });
		expect(setAt(base({ files: { strategy: 'standalone' } }), ['files', 'strategy'], undefined).files).toEqual({});
	});

	test('refuses to delete the keys every draft has, but may delete optional parts', () => {
		const draft = base();
		for (const key of ['servers', 'name', 'umbraco', 'hosting', 'planVersion']) expect(setAt(draft, [key], undefined)).toBe(draft);
		expect(setAt(draft, ['loadBalancer'], undefined)).not.toHaveProperty('loadBalancer');
	});

	test('edits arrays by index: replace, append at the end, delete an item', () => {
		const draft = base();
		const web3 = { id: 'web-3', name: 'Web 3', host: 'web3.internal', kind: 'frontend' } as const;
		expect(ids(setAt(draft, ['servers', 3], web3))).toEqual(['admin', 'web-1', 'web-2', 'web-3']);
		expect(ids(setAt(draft, ['servers', 1], web3))).toEqual(['admin', 'web-3', 'web-2']);
		expect(ids(setAt(draft, ['servers', 1], undefined))).toEqual(['admin', 'web-2']);
		expect(setAt(draft, ['servers', 5], web3)).toBe(draft);
	});
});

describe('addServer', () => {
	test('names backoffice servers admin, admin-2 … and front-ends web-1, web-2 …', () => {
		let draft = frozenEmpty();
		const added: string[] = [];
		for (const kind of ['backoffice', 'frontend', 'frontend', 'backoffice'] as const) {
			const result = addServer(draft, kind);
			draft = deepFreeze(result.draft);
			added.push(result.id!);
		}
		expect(added).toEqual(['admin', 'web-1', 'web-2', 'admin-2']);
		expect(draft.servers[3]).toEqual({ id: 'admin-2', name: 'Admin 2', host: 'admin2.internal', kind: 'backoffice' });
		expect(draft.servers[1]).toEqual({ id: 'web-1', name: 'Web 1', host: 'web1.internal', kind: 'frontend' });
	});

	test('takes the lowest number whose id, name and host are all free', () => {
		expect(addServer(base(), 'frontend').id).toBe('web-3');
		const gap = removeServers(base(), ['web-1']).draft;
		expect(addServer(deepFreeze(gap), 'frontend').id).toBe('web-1');
		const named = base({ servers: [{ id: 'public', name: 'web 1', host: 'public.internal', kind: 'frontend' }] });
		expect(addServer(named, 'frontend').id).toBe('web-2');
	});

	test('writes behindLoadBalancer and instances only when they differ from the defaults', () => {
		const last = (draft: PlanDraft) => draft.servers.at(-1)!;
		expect(last(addServer(base(), 'frontend', { behindLoadBalancer: true, instances: 1 }).draft)).not.toHaveProperty('behindLoadBalancer');
		expect(last(addServer(base(), 'frontend', { behindLoadBalancer: false }).draft).behindLoadBalancer).toBe(false);
		expect(last(addServer(base(), 'backoffice', { behindLoadBalancer: false }).draft)).not.toHaveProperty('behindLoadBalancer');
		expect(last(addServer(base(), 'backoffice', { behindLoadBalancer: true }).draft).behindLoadBalancer).toBe(true);
		expect(last(addServer(base(), 'frontend', { instances: 3 }).draft).instances).toBe(3);
		expect(last(addServer(base(), 'frontend', { instances: 500 }).draft).instances).toBe(100);
		expect(last(addServer(base(), 'frontend', { instances: 0 }).draft)).not.toHaveProperty('instances');
		expect(last(addServer(base(), 'frontend').draft)).not.toHaveProperty('role');
	});

	test(`stops at ${maxServers} servers`, () => {
		let draft = frozenEmpty();
		for (let i = 0; i < maxServers; i++) draft = addServer(draft, 'frontend').draft;
		deepFreeze(draft);
		expect(checkDraft({ ...draft, loadBalancer: { publicHost: 'x' }, files: { strategy: 'standalone' } }).ok).toBe(true);
		expect(addServer(draft, 'frontend')).toEqual({ draft, id: undefined });
		expect(duplicateServers(draft, ['web-1'])).toEqual({ draft, ids: [] });
	});
});

describe('removeServers', () => {
	test('removes the servers and nothing else when nothing refers to them', () => {
		expect(removeServers(base(), ['web-1', 'web-2'])).toEqual({ draft: { ...base(), servers: [base().servers[0]] }, notes: [] });
		const draft = base();
		expect(removeServers(draft, ['nope'])).toEqual({ draft, notes: [] });
		expect(removeServers(draft, ['nope']).draft).toBe(draft);
	});

	test('clears the Courier target and says so', () => {
		const { draft, notes } = removeServers(base({ legacy: { courierTarget: 'admin' } }), ['admin']);
		expect(draft).not.toHaveProperty('legacy');
		expect(notes).toEqual(['Courier no longer has a target: Admin was removed.']);
	});

	test('moves Engage to another backoffice server, or removes it with its CM server', () => {
		const servers = [...base().servers, { id: 'admin-2', name: 'Admin 2', host: 'admin2.internal', kind: 'backoffice' as const }];
		const moved = removeServers(base({ servers, engage: { cmServer: 'admin', requireHttps: true } }), ['admin']);
		expect(moved.draft.engage).toEqual({ cmServer: 'admin-2', requireHttps: true });
		expect(moved.notes).toEqual(['Umbraco Engage now uses Admin 2 as its CM server.']);
		const removed = removeServers(base({ engage: { cmServer: 'admin' } }), ['admin']);
		expect(removed.draft).not.toHaveProperty('engage');
		expect(removed.notes).toEqual(['Umbraco Engage was removed with its CM server Admin.']);
		expect(checkDraft(removed.draft).ok).toBe(true);
	});
});

describe('duplicateServers', () => {
	test('inserts each copy after its original with the next free number', () => {
		const { draft, ids: copies } = duplicateServers(base(), ['admin', 'web-1']);
		expect(copies).toEqual(['admin-2', 'web-3']);
		expect(ids(draft)).toEqual(['admin', 'admin-2', 'web-1', 'web-3', 'web-2']);
		expect(draft.servers[3]).toEqual({ ...base().servers[1], id: 'web-3', name: 'Web 3', host: 'web3.internal' });
		expect(checkDraft(draft).ok).toBe(true);
	});

	test('names other servers "<name> copy", then "copy 2", within the schema limits', () => {
		const cm = { id: 'cm', name: 'CM server', host: 'cms.example.com', kind: 'backoffice' as const };
		const once = duplicateServers(base({ servers: [cm] }), ['cm']).draft;
		expect(once.servers[1]).toMatchObject({ id: 'cm-copy', name: 'CM server copy', host: 'cms-copy.example.com' });
		expect(duplicateServers(deepFreeze(once), ['cm']).draft.servers[1]).toMatchObject({ id: 'cm-copy-2', name: 'CM server copy 2', host: 'cms-copy-2.example.com' });
		const long = { id: 'a'.repeat(40), name: 'N'.repeat(100), host: `${'h'.repeat(60)}.${'d'.repeat(192)}`, kind: 'frontend' as const };
		const copy = duplicateServers(base({ servers: [long] }), [long.id]).draft.servers[1]!;
		expect(copy.id).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
		expect([copy.name.length, copy.host.length]).toEqual([100, 253]);
		expect(new Set([long.host, copy.host]).size).toBe(2);
	});
});

describe('server placement and roles', () => {
	test('setBehindLoadBalancer writes only a value that differs from the kind default', () => {
		const out = setBehindLoadBalancer(base(), 'web-1', false);
		expect(out.servers[1]!.behindLoadBalancer).toBe(false);
		expect(setBehindLoadBalancer(deepFreeze(out), 'web-1', true).servers[1]).toEqual(base().servers[1]);
		expect(setBehindLoadBalancer(base(), 'admin', true).servers[0]!.behindLoadBalancer).toBe(true);
		expect(setBehindLoadBalancer(base(), 'admin', false)).toEqual(base());
		expect(setBehindLoadBalancer(base(), 'nope', true)).toEqual(base());
	});

	test('moveServer reorders, clamping the index', () => {
		expect(ids(moveServer(base(), 'admin', 2))).toEqual(['web-1', 'web-2', 'admin']);
		expect(ids(moveServer(base(), 'web-2', -5))).toEqual(['web-2', 'admin', 'web-1']);
		expect(ids(moveServer(base(), 'admin', 99))).toEqual(['web-1', 'web-2', 'admin']);
		const draft = base();
		expect(moveServer(draft, 'admin', 0)).toBe(draft);
		expect(moveServer(draft, 'nope', 1)).toBe(draft);
	});

	test('setRoles leaves out the default role', () => {
		const out = setRoles(base(), { admin: 'elected', 'web-1': 'single', nope: 'publisher' });
		expect(out.servers[0]).not.toHaveProperty('role');
		expect(out.servers.map((s) => s.role)).toEqual([undefined, 'single', 'subscriber']);
	});
});

describe('parts that are not servers', () => {
	test('add and remove the load balancer', () => {
		const draft = frozenEmpty();
		expect(addLoadBalancer(draft).loadBalancer).toEqual({ publicHost: 'www.example.com' });
		const complete = base();
		expect(addLoadBalancer(complete)).toBe(complete);
		expect(removeLoadBalancer(base())).not.toHaveProperty('loadBalancer');
	});

	test('file strategy and media: create files when missing, drop a media path that no longer applies', () => {
		expect(setFileStrategy(frozenEmpty(), 'replication').files).toEqual({ strategy: 'replication' });
		expect(setFileStrategy(base(), 'central-share').files).toEqual({ strategy: 'central-share', media: 'site-folder' });
		expect(setMediaStore(frozenEmpty(), 'blob').files).toEqual({ strategy: 'standalone', media: 'blob' });
		expect(setMediaStore(deepFreeze({ ...newDraft('13.5.2'), hosting: 'azure-web-apps' }), 's3').files).toEqual({ strategy: 'azure-web-apps', media: 's3' });
		const unc = base({ files: { strategy: 'standalone', media: 'unc', mediaPath: '//files/media' } });
		expect(setMediaStore(unc, 'blob').files).toEqual({ strategy: 'standalone', media: 'blob' });
		expect(setMediaStore(unc, 'unc')).toBe(unc);
	});

	test('a key store means shared keys; explicit choices are written', () => {
		expect(setKeyStore(base({ keys: { shared: false, store: 'config' } }), 'redis').keys).toEqual({ store: 'redis' });
		expect(setKeyStore(base(), 'config').keys).toEqual({ store: 'config' });
		expect(setSessionStore(base(), 'sql-server').sessions).toEqual({ store: 'sql-server' });
	});

	test('addEngage uses the first backoffice server, or adds one', () => {
		expect(addEngage(base())).toEqual({ draft: { ...base(), engage: { cmServer: 'admin' } }, id: 'admin' });
		const engaged = base({ engage: { cmServer: 'admin' } });
		expect(addEngage(engaged)).toEqual({ draft: engaged, id: 'admin' });
		const { draft, id } = addEngage(frozenEmpty());
		expect(id).toBe('admin');
		expect(draft.servers.map((s) => s.kind)).toEqual(['backoffice']);
		expect(removeEngage(deepFreeze(draft))).toEqual({ ...draft, engage: undefined, servers: draft.servers });
		expect(removeEngage(deepFreeze(draft))).not.toHaveProperty('engage');
	});
});

/** Objects that became empty (`{}`), which a minimal document never holds. */
function emptyObjects(value: unknown, path = ''): string[] {
	if (typeof value !== 'object' || value === null) return [];
	const entries = Object.entries(value);
	if (!Array.isArray(value) && entries.length === 0) return [path];
	return entries.flatMap(([key, child]) => emptyObjects(child, `${path}.${key}`));
}

/** What must hold for every draft the edits produce. */
function checkInvariants(draft: PlanDraft): string[] {
	const problems: string[] = [];
	const result = checkDraft(draft);
	if (!result.ok) {
		const stray = result.issues.filter((i) => !(result.missing as readonly string[]).includes(i.path));
		if (stray.length) problems.push(`schema issues besides missing parts: ${JSON.stringify(stray)}`);
	}
	const idList = ids(draft);
	if (new Set(idList).size !== idList.length) problems.push(`duplicate ids ${idList}`);
	for (const ref of [draft.engage?.cmServer, draft.legacy?.courierTarget]) {
		if (ref !== undefined && !idList.includes(ref)) problems.push(`dangling reference ${ref}`);
	}
	problems.push(...emptyObjects(draft).map((p) => `empty object at ${p}`));
	return problems;
}

const starts: readonly { id: string; draft: PlanDraft }[] = [
	...presets.map((p) => ({ id: p.id, draft: p.plan as PlanDraft })),
	{ id: 'newDraft(13.5.2)', draft: newDraft('13.5.2') },
];

describe('any sequence of edits (seeded, 300 sequences per start)', () => {
	test.each(starts.map((s, i) => [s.id, s.draft, i] as const))('from %s: immutable, schema-valid but for missing parts, minimal', (_, start, index) => {
		for (let sequence = 0; sequence < 300; sequence++) {
			const rng = random(index * 1000 + sequence + 1);
			let draft = deepFreeze(structuredClone(start));
			const steps: string[] = [];
			for (let step = Math.floor(rng() * 12) + 1; step > 0; step--) {
				const edit = randomEdit(rng, draft);
				steps.push(edit.name);
				draft = deepFreeze(edit.apply(draft));
				const problems = checkInvariants(draft);
				if (problems.length) throw new Error(`seed ${index * 1000 + sequence + 1} after ${steps.join(' → ')}: ${problems.join('; ')}`);
			}
		}
	});

	test.each(starts.map((s, i) => [s.id, s.draft, i] as const))('from %s: every fix removes its finding', (_, start, index) => {
		for (let sequence = 0; sequence < 60; sequence++) {
			const rng = random(77_000 + index * 1000 + sequence);
			let draft = deepFreeze(structuredClone(start));
			for (let step = Math.floor(rng() * 8); step > 0; step--) draft = deepFreeze(randomEdit(rng, draft).apply(draft));
			const result = checkDraft(draft);
			if (!result.ok) continue;
			for (const finding of validate(result.plan)) {
				const fix = fixFor(finding, result.plan, draft);
				if (!fix) continue;
				const after = checkDraft(fix.apply(draft));
				expect(after.ok, `${finding.ruleId} ${finding.path}: ${fix.label}`).toBe(true);
				const still = after.ok ? validate(after.plan).filter((f) => f.ruleId === finding.ruleId && f.path === finding.path) : [];
				expect(still, `${finding.ruleId} ${finding.path}: ${fix.label}`).toEqual([]);
			}
		}
	});
});
