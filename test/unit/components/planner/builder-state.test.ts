import { describe, expect, test } from 'vitest';
import { BuilderState } from '../../../../src/components/planner/builder.svelte';
import { newDraft } from '../../../../src/domain/plan/draft';
import { addLoadBalancer, addServer, setFileStrategy } from '../../../../src/domain/plan/edit';

/** A builder holding a complete v13 design: admin + two front-ends, load balancer, central share. */
function farm(): BuilderState {
	const b = new BuilderState();
	b.restore(newDraft('13.5.2'), []);
	let draft = addServer(b.draft, 'backoffice').draft;
	draft = addServer(draft, 'frontend').draft;
	draft = addServer(draft, 'frontend').draft;
	b.edit('Added three servers', draft);
	b.edit('Added the load balancer', addLoadBalancer(b.draft));
	b.edit('Chose a central share', setFileStrategy(b.draft, 'central-share'));
	return b;
}

describe('BuilderState', () => {
	test('a new design is not a plan until servers, load balancer and files exist', () => {
		const b = new BuilderState();
		b.restore(newDraft('13.5.2'), []);
		expect(b.result.ok).toBe(false);
		expect(b.result.ok ? [] : b.result.missing).toEqual(['servers', 'loadBalancer', 'files']);
		expect(b.findings).toEqual([]);
		expect(farm().result.ok).toBe(true);
	});

	test('findings and checklist follow the draft, and the band follows the version', async () => {
		const b = farm();
		expect(b.findings.map((f) => f.ruleId)).toContain('R15');
		expect(b.checklist).toBeUndefined();
		await b.loadChecklist();
		expect(b.checklist?.groups.length).toBeGreaterThan(0);
		expect(b.band).toBe('v10-13');
		b.edit('Set version', { ...b.draft, umbraco: '8.18.8' });
		expect(b.band).toBe('v8.12+');
	});

	test('undo and redo walk the steps back and forth with a sentence each', () => {
		const b = farm();
		const done = b.draft;
		b.undo();
		expect(b.draft.files).toBeUndefined();
		expect(b.announcement).toBe('Undone: chose a central share.');
		b.undo();
		b.undo();
		expect(b.draft.servers).toEqual([]);
		expect(b.canUndo).toBe(false);
		b.undo();
		expect(b.announcement).toBe('Nothing to undo.');
		b.redo();
		b.redo();
		b.redo();
		expect(b.draft).toBe(done);
		expect(b.canRedo).toBe(false);
		expect(b.announcement).toBe('Redone: chose a central share.');
	});

	test('a new edit after undo drops the redo steps; a no-op edit is not a step', () => {
		const b = farm();
		b.undo();
		b.edit('Chose replication', setFileStrategy(b.draft, 'replication'));
		expect(b.canRedo).toBe(false);
		const steps = b.undoLabel;
		b.edit('Nothing', b.draft);
		expect(b.undoLabel).toBe(steps);
	});

	test('the selection drops servers that no longer exist and comes back with undo', () => {
		const b = farm();
		b.select(['server:web-1', 'load-balancer']);
		b.edit('Removed web-1', { ...b.draft, servers: b.draft.servers.filter((s) => s.id !== 'web-1') });
		expect(b.selection).toEqual(['load-balancer']);
		b.undo();
		expect(b.selection).toEqual(['server:web-1', 'load-balancer']);
		b.select(['server:nope']);
		expect(b.selection).toEqual([]);
	});

	test('history keeps at most 200 steps', () => {
		const b = farm();
		for (let i = 0; i < 250; i++) b.edit(`Rename ${i}`, { ...b.draft, name: `Design ${i}` });
		let undone = 0;
		while (b.canUndo) {
			b.undo();
			undone += 1;
		}
		expect(undone).toBe(200);
		expect(b.draft.name).toBe('Design 49');
	});

	test('ticks toggle', () => {
		const b = farm();
		b.toggleTick('servers.admin.role');
		b.toggleTick('files.share');
		b.toggleTick('servers.admin.role');
		expect(b.ticks).toEqual(['files.share']);
	});
});
