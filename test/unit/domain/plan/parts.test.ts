import { describe, expect, test } from 'vitest';
import { checkDraft, newDraft, type PlanDraft } from '../../../../src/domain/plan/draft';
import { canvasPartIds, paletteParts, partIdOfPath, partOfPath, serverPartId } from '../../../../src/domain/plan/parts';
import { presets } from '../../../../src/domain/presets/index';
import { nodeIds, serverNodeId } from '../../../../src/layout/to-elk-graph';
import { deepFreeze } from '../../../helpers/deep-freeze';
import { basePlanInput } from '../../../helpers/plans';

const part = (id: string) => paletteParts.find((p) => p.id === id)!;
const fresh = (change: Partial<PlanDraft> = {}) => deepFreeze({ ...newDraft('13.5.2'), ...change });
const base = deepFreeze(structuredClone(basePlanInput) as unknown as PlanDraft);

const starts: readonly [string, PlanDraft][] = [['newDraft', newDraft('13.5.2')], ...presets.map((p) => [p.id, p.plan as PlanDraft] as [string, PlanDraft])];

describe('paletteParts', () => {
	test('has unique ids, known groups, the agreed labels and a sentence each', () => {
		expect(new Set(paletteParts.map((p) => p.id)).size).toBe(paletteParts.length);
		for (const p of paletteParts) {
			expect(['servers', 'traffic', 'data', 'files', 'services', 'engage']).toContain(p.group);
			expect(p.label).toMatch(/^(Add|Use|Keep) /);
			expect(p.description).toMatch(/^[A-Z].*\.$/);
		}
		expect(part('backoffice-server').label).toBe('Add backoffice server');
		expect(part('frontend-server').label).toBe('Add front-end server');
		expect(part('load-balancer').label).toBe('Add load balancer');
	});

	test('uses the diagram box ids for canvas parts', () => {
		const { keys, ...drawn } = canvasPartIds;
		for (const [name, id] of Object.entries(drawn)) expect(nodeIds[name as keyof typeof nodeIds]).toBe(id);
		expect(keys).toBe('keys');
		expect(serverPartId('web-1')).toBe(serverNodeId('web-1'));
	});

	test.each(starts)('every part added to %s: input unchanged, no new schema issue, a selectable part', (_, start) => {
		const draft = deepFreeze(structuredClone(start));
		for (const p of paletteParts) {
			const { draft: next, select } = p.add(draft);
			const result = checkDraft(next);
			const stray = result.ok ? [] : result.issues.filter((i) => !(result.missing as readonly string[]).includes(i.path));
			expect(stray, p.id).toEqual([]);
			if (select?.startsWith('server:')) expect(next.servers.map((s) => serverPartId(s.id)), p.id).toContain(select);
			else if (select !== undefined) expect(Object.values(canvasPartIds), p.id).toContain(select);
		}
	});

	test('servers and Engage select what they added', () => {
		expect(part('backoffice-server').add(fresh()).select).toBe('server:admin');
		expect(part('frontend-server').add(base).select).toBe('server:web-3');
		const engage = part('engage-cm').add(fresh());
		expect(engage.draft.engage).toEqual({ cmServer: 'admin' });
		expect(engage.select).toBe('server:admin');
	});

	test('a database is written explicitly, suited to the hosting, and an existing choice is kept', () => {
		expect(part('database').add(fresh()).draft.database).toEqual({ engine: 'sql-server' });
		expect(part('database').add(fresh({ hosting: 'azure-web-apps' })).draft.database).toEqual({ engine: 'azure-sql' });
		const sqlite = fresh({ database: { engine: 'sqlite' } });
		expect(part('database').add(sqlite).draft).toBe(sqlite);
	});

	test('file parts set the strategy; standalone files have no box to select', () => {
		expect(part('files-replication').add(fresh())).toEqual({ draft: { ...fresh(), files: { strategy: 'replication' } }, select: 'files' });
		expect(part('files-standalone').add(fresh())).toEqual({ draft: { ...fresh(), files: { strategy: 'standalone' } } });
		expect(part('media-unc').add(base).draft.files).toEqual({ strategy: 'replication', media: 'unc', mediaPath: '//fileserver/umbraco-media' });
	});

	test('the key store suits the version and hosting', () => {
		const store = (change: Partial<PlanDraft>) => part('key-store').add(fresh(change)).draft.keys;
		expect(store({})).toEqual({ store: 'file-share' });
		expect(store({ hosting: 'azure-web-apps' })).toEqual({ store: 'azure-blob' });
		expect(store({ hosting: 'containers' })).toEqual({ store: 'redis' });
		expect(store({ umbraco: '8.18.8', keys: { shared: false } })).toEqual({ store: 'config' });
	});
});

describe('partOfPath', () => {
	const draft = deepFreeze({ ...base, engage: { cmServer: 'admin' }, legacy: { courierTarget: 'web-2' } });
	test.each([
		['servers[2].settings.mainDomLock', 'server:web-2'],
		['servers[0]', 'server:admin'],
		['servers[7].role', undefined],
		['servers', undefined],
		['loadBalancer.stickySessions', 'load-balancer'],
		['loadBalancer', 'load-balancer'],
		['files.media', 'media'],
		['files.mediaPath', 'media'],
		['files.replication.excludesTemp', 'files'],
		['database.engine', 'database'],
		['sessions.store', 'cache'],
		['backoffice.signalR', 'signalr'],
		['backoffice.mode', undefined],
		['keys.shared', 'keys'],
		['engage.authCookieDomain', 'server:admin'],
		['legacy.courierTarget', 'server:web-2'],
		['applicationUrl', undefined],
		['', undefined],
	])('%s → %s', (path, id) => {
		expect(partOfPath(draft, path)).toBe(id);
		expect(partIdOfPath(draft, path)).toBe(id);
	});
});
